import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeAtlas } from '../test-support/make-atlas.ts';
import { DEFAULT_MAX_DROP_SHARE, evaluateGate, formatGateReport } from './gate.ts';
import { readGateCounts } from './read-counts.ts';

let work: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'pg-atlas-gate-'));
});
afterEach(async () => rm(work, { recursive: true, force: true }));

async function atlas(name: string, projects: number, repos: number, edges: number): Promise<string> {
  const file = path.join(work, `${name}.sqlite`);
  makeAtlas(file, { asOf: '2026-11-30', projects, repos, edges });
  return file;
}

describe('sanity gate on constructed atlases', () => {
  it('passes growth and small drops, refuses a drop beyond the share, names the count', async () => {
    const previous = await readGateCounts(await atlas('prev', 640, 2650, 9000));
    const fine = evaluateGate(previous, await readGateCounts(await atlas('ok', 600, 2700, 7300)));
    expect(fine.allowed).toBe(true);
    const broken = evaluateGate(previous, await readGateCounts(await atlas('bad', 640, 2650, 7100)));
    expect(broken.allowed).toBe(false);
    expect(broken.checks.filter((c) => !c.passed).map((c) => c.count)).toEqual(['edges']);
    const text = formatGateReport(broken);
    expect(text).toContain('REFUSED');
    expect(text).toMatch(/\| edges \| 9000 \| 7100 \| -1900 \(-21\.1%\) \| dropped too much \|/);
    expect(text).toContain('--force');
  });

  it('treats exactly the limit as allowed and honours a custom share', () => {
    const previous = { projects: 100, repos: 100, edges: 100 };
    expect(evaluateGate(previous, { projects: 80, repos: 100, edges: 100 }).allowed).toBe(true);
    expect(DEFAULT_MAX_DROP_SHARE).toBe(0.2);
    expect(evaluateGate(previous, { projects: 94, repos: 100, edges: 100 }, { maxDropShare: 0.05 }).allowed).toBe(false);
    expect(() => evaluateGate(previous, previous, { maxDropShare: 2 })).toThrow(/between 0 and 1/);
  });

  it('lets a forced deploy through and says so', () => {
    const report = evaluateGate({ projects: 100, repos: 100, edges: 100 }, { projects: 10, repos: 100, edges: 100 }, { force: true });
    expect(report.allowed).toBe(true);
    expect(report.forced).toBe(true);
    expect(formatGateReport(report)).toContain('FORCED');
  });

  it('allows a first deploy and reads counts from a previous health.json', async () => {
    expect(evaluateGate(null, { projects: 1, repos: 1, edges: 1 }).note).toMatch(/no previous/);
    const health = path.join(work, 'health.json');
    await writeFile(health, JSON.stringify({ counts: { projects: 640, repos: 2650, edges: 9000, contributors: 4 } }));
    expect(await readGateCounts(health)).toEqual({ projects: 640, repos: 2650, edges: 9000 });
    await writeFile(health, JSON.stringify({ counts: { projects: 640 } }));
    await expect(readGateCounts(health)).rejects.toThrow(/field counts\.repos/);
  });
});
