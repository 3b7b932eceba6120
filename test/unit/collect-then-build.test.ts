/**
 * End to end, offline: `collect` against a fake upstream world on loopback (real git remotes made
 * in the test, real registry and SBOM bodies from ../shared/realdata), then `atlas build` on the
 * snapshot it wrote produces atlas.sqlite and a site.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect } from '../../jobs/collect/collect.ts';
import { startFakeWorld, type FakeWorld } from '../../jobs/collect/testing/fake-world.ts';
import { testContext } from '../../jobs/collect/testing/test-context.ts';
import { REPO_ROOT } from '../support/paths.ts';

let tmp: string;
let world: FakeWorld;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-atlas-e2e-collect-'));
  world = await startFakeWorld(path.join(tmp, 'remotes'));
});

afterAll(async () => {
  await world.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('collect, then build', () => {
  it('turns a collected snapshot into atlas.sqlite and a static site', async () => {
    const overridesDir = path.join(tmp, 'overrides');
    fs.mkdirSync(overridesDir);
    const result = await collect({ out: path.join(tmp, 'snapshots'), ctx: testContext({ now: '2026-08-23T05:00:00Z' }), endpoints: world.endpoints, overridesDir });
    const out = path.join(tmp, 'build');
    const run = spawnSync(process.execPath, ['jobs/cli/atlas.ts', 'build', '--snapshot', result.dir, '--out', out, '--json'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.asOf).toBe('2026-08-23');
    expect(report.counts.repos).toBeGreaterThan(0);

    const db = new DatabaseSync(path.join(out, 'atlas.sqlite'), { readOnly: true });
    try {
      const meta = db.prepare('SELECT snapshot_as_of, repo_count, contributor_count FROM meta').get() as Record<string, unknown>;
      expect(meta.snapshot_as_of).toBe('2026-08-23');
      expect(meta.repo_count as number).toBeGreaterThan(0);
      expect(meta.contributor_count as number).toBeGreaterThan(0);
      // The collector's per-source statuses reach the atlas under the reader's source names.
      const states = Object.fromEntries((db.prepare('SELECT source, state FROM source_status').all() as { source: string; state: string }[]).map((r) => [r.source, r.state]));
      expect(states.opengrants).toBe('ok');
      expect(states.ecosystem).toBe('ok');
      // An unreachable repo is recorded as such.
      const unreachable = db.prepare('SELECT COUNT(*) AS n FROM repos WHERE unreachable IS NOT NULL').get() as { n: number };
      expect(unreachable.n).toBeGreaterThan(0);
    } finally {
      db.close();
    }
    expect(fs.existsSync(path.join(out, 'dist/index.html'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'dist/data/atlas.sqlite'))).toBe(true);
  });
});
