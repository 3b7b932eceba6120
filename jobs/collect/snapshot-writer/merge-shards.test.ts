import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFiles } from '../testing/git-fixture.ts';
import { combineRecords, combineStates, mergeShards } from './merge-shards.ts';
import type { SourceStatusRecord } from './source-status.ts';
import { beginSnapshot, commitSnapshot, resolveLatest } from './staging.ts';
import { summaryTable } from '../cli/summary-table.ts';

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-atlas-merge-'));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

const rec = (state: SourceStatusRecord['state'], counts: Record<string, number>, errors: string[] = []): SourceStatusRecord => ({ state, retrieved_by: '2026-08-23', files: 'x', counts, errors, duration_ms: 100 });

function shardSnapshot(index: number, count: number, repo: string, gitState: SourceStatusRecord['state']): string {
  const dir = path.join(tmp, `shard-${index}`, '2026-08-23');
  writeFiles(dir, {
    'opengrants/projects.json': `{"data":[],"from":${index}}`,
    [`ecosystem/repos/o/${repo}/gitlog-full.txt`]: `log of ${repo}\n`,
    'snapshot.json': JSON.stringify({ as_of: '2026-08-23', collected_at: '2026-08-23T05:00:00Z', shard: { index, count }, sources: { opengrants: rec('ok', { projects: 2 }), git: rec(gitState, { repos: 1, commits: 10 * (index + 1) }, gitState === 'ok' ? [] : [`boom ${index}`]) } }),
  });
  fs.writeFileSync(path.join(tmp, `shard-${index}`, 'latest.json'), JSON.stringify({ snapshot: '2026-08-23' }));
  return path.join(tmp, `shard-${index}`);
}

describe('merge of shard snapshots', () => {
  it('unions files, sums per-repo counts, combines states and points latest at the result', async () => {
    const dirs = [shardSnapshot(0, 2, 'a', 'ok'), shardSnapshot(1, 2, 'b', 'partial')];
    const out = path.join(tmp, 'merged');
    const result = await mergeShards(dirs, out);
    expect(result.missingShards).toEqual([]);
    expect(fs.readFileSync(path.join(result.dir, 'ecosystem/repos/o/a/gitlog-full.txt'), 'utf8')).toBe('log of a\n');
    expect(fs.readFileSync(path.join(result.dir, 'ecosystem/repos/o/b/gitlog-full.txt'), 'utf8')).toBe('log of b\n');
    expect(JSON.parse(fs.readFileSync(path.join(result.dir, 'opengrants/projects.json'), 'utf8')).from).toBe(0);
    expect(result.sources.git).toMatchObject({ state: 'partial', counts: { repos: 2, commits: 30 }, errors: ['boom 1'] });
    expect(result.sources.opengrants.counts).toEqual({ projects: 2 });
    expect(await resolveLatest(out)).toBe(path.join(out, '2026-08-23'));
    expect(summaryTable(result.sources)).toMatch(/git\s+partial\s+2026-08-23\s+0\.1 s\s+repos 2, commits 30\s+boom 1/);
  });

  it('reports a missing shard', async () => {
    const result = await mergeShards([shardSnapshot(0, 3, 'a', 'ok')], path.join(tmp, 'merged'));
    expect(result.missingShards).toEqual([1, 2]);
    expect(result.sources.git.state).toBe('partial');
    expect(result.sources.git.errors[0]).toMatch(/2 shard\(s\) missing/);
  });

  it('prefers a shard’s fresh files over another shard’s fallback copies of the same path', async () => {
    // Shard 0's GitHub and OpenGrants failed: it carried the previous files of every repo (b's too).
    const stale = { ...rec('stale', {}), stale_reason: 'HTTP 500' };
    const shard = (index: number, files: Record<string, string>, sources: Record<string, SourceStatusRecord>) => {
      const dir = path.join(tmp, `fresh-${index}`, '2026-08-23');
      writeFiles(dir, { ...files, 'snapshot.json': JSON.stringify({ as_of: '2026-08-23', collected_at: '2026-08-23T05:00:00Z', shard: { index, count: 2 }, sources }) });
      return dir;
    };
    const first = shard(0, { 'ecosystem/repos/o/b/github.json': '{"stargazers_count":1}', 'opengrants/projects.json': '{"old":true}' }, { github: stale, opengrants: stale });
    const second = shard(1, { 'ecosystem/repos/o/b/github.json': '{"stargazers_count":9}', 'opengrants/projects.json': '{"old":false}' }, { github: rec('ok', { repos: 1 }), opengrants: rec('ok', { projects: 3 }) });
    const result = await mergeShards([first, second], path.join(tmp, 'merged'));
    expect(JSON.parse(fs.readFileSync(path.join(result.dir, 'ecosystem/repos/o/b/github.json'), 'utf8')).stargazers_count).toBe(9);
    expect(JSON.parse(fs.readFileSync(path.join(result.dir, 'opengrants/projects.json'), 'utf8')).old).toBe(false);
    expect(result.sources.opengrants).toMatchObject({ state: 'ok', counts: { projects: 3 } });
    expect(result.sources.github.state).toBe('partial');
    // The same inputs give the same merged files whatever the run.
    const again = await mergeShards([first, second], path.join(tmp, 'merged-again'));
    const tree = (root: string) => fs.readdirSync(root, { recursive: true }).map(String).sort().map((rel) => [rel, fs.statSync(path.join(root, rel)).isFile() ? fs.readFileSync(path.join(root, rel), 'utf8') : '']);
    expect(tree(again.dir)).toEqual(tree(result.dir));
  });

  it('combines states honestly', () => {
    expect(combineStates(['ok', 'ok'])).toBe('ok');
    expect(combineStates(['ok', 'failed'])).toBe('partial');
    expect(combineStates(['stale', 'failed'])).toBe('stale');
    expect(combineStates(['failed', 'failed'])).toBe('failed');
    expect(combineRecords('overrides', [rec('ok', { files: 2 }), rec('ok', { files: 2 })], 0).counts).toEqual({ files: 2 });
    expect(combineRecords('opengrants', [rec('stale', {}), rec('partial', { projects: 1 }), rec('ok', { projects: 2 })], 0)).toMatchObject({ state: 'ok', counts: { projects: 2 } });
    expect(combineRecords('opengrants', [{ ...rec('ok', { projects: 5 }), carried_over: true }, rec('partial', { projects: 2 })], 0).state).toBe('partial');
  });
});

describe('staging', () => {
  it('leaves the previous latest in place until a snapshot is committed, then replaces a same-day one', async () => {
    const out = path.join(tmp, 'snaps');
    const first = await beginSnapshot(out, '2026-08-23');
    writeFiles(first, { 'snapshot.json': '{"as_of":"2026-08-23"}', 'a.txt': 'one' });
    await commitSnapshot(out, '2026-08-23', first);
    const second = await beginSnapshot(out, '2026-08-24');
    writeFiles(second, { 'snapshot.json': '{"as_of":"2026-08-24"}' });
    // Not committed yet (a crash here): latest is still the first snapshot.
    expect(await resolveLatest(out)).toBe(path.join(out, '2026-08-23'));
    await commitSnapshot(out, '2026-08-24', second);
    expect(await resolveLatest(out)).toBe(path.join(out, '2026-08-24'));
    expect(fs.readlinkSync(path.join(out, 'latest'))).toBe('2026-08-24');
    const again = await beginSnapshot(out, '2026-08-24');
    writeFiles(again, { 'snapshot.json': '{"as_of":"2026-08-24"}', 'b.txt': 'two' });
    await commitSnapshot(out, '2026-08-24', again);
    expect(fs.readdirSync(path.join(out, '2026-08-24')).sort()).toEqual(['b.txt', 'snapshot.json']);
    expect(fs.readdirSync(out).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});
