import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { computeAtlas } from '../compute/compute-atlas.ts';
import { writeAtlas } from '../publish/write-atlas.ts';
import { readSnapshot } from '../snapshot/read-snapshot.ts';
import { SAMPLE_SNAPSHOT_DIR } from '../../test/support/paths.ts';
import { CliError } from './cli-error.ts';
import { readPreviousBuild } from './previous-build.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'pg-atlas-previous-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('readPreviousBuild', () => {
  it('reads the counts of an atlas.sqlite, and they reach the next atlas as meta.previous_build', () => {
    const snapshot = readSnapshot(SAMPLE_SNAPSHOT_DIR);
    const first = computeAtlas(snapshot, { buildVersion: 'test' });
    const file = path.join(tmp, 'atlas.sqlite');
    writeAtlas(file, first.tables);
    const previous = readPreviousBuild(file);
    expect(previous.snapshot_as_of).toBe(snapshot.asOf);
    expect(previous.counts).toMatchObject({ projects: first.summary.counts.projects, repos: first.summary.counts.repos, edges: first.summary.counts.edges });
    const second = computeAtlas(snapshot, { buildVersion: 'test', previous });
    expect(second.tables.meta[0].previous_build).toEqual(previous);
    expect(first.tables.meta[0].previous_build).toBeNull();
  });

  it('reads a deployed health.json', () => {
    const file = path.join(tmp, 'health.json');
    writeFileSync(file, JSON.stringify({ snapshot_as_of: '2026-08-23', counts: { projects: 600, repos: 50, edges: 2300, contributors: 300 } }));
    expect(readPreviousBuild(file)).toEqual({ snapshot_as_of: '2026-08-23', counts: { projects: 600, active_projects: null, repos: 50, external_packages: null, edges: 2300, metric_edges: null, contributors: 300 } });
  });

  it('names the file and the field when it cannot use it', () => {
    const bad = path.join(tmp, 'bad.json');
    writeFileSync(bad, JSON.stringify({ counts: { projects: -1, repos: 1, edges: 1 } }));
    expect(() => readPreviousBuild(bad)).toThrow(CliError);
    expect(() => readPreviousBuild(bad)).toThrow(/bad\.json: field counts\.projects/);
    expect(() => readPreviousBuild(path.join(tmp, 'missing.json'))).toThrow(/no such file/);
  });
});
