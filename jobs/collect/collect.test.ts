import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect } from './collect.ts';
import { startFakeWorld, WORLD_PROJECTS, WORLD_REPO_LISTING } from './testing/fake-world.ts';
import { REALDATA_DIR } from '../../test/support/paths.ts';
import type { FakeWorld } from './testing/fake-world.ts';
import { testContext } from './testing/test-context.ts';
import { parseSnapshotMeta } from '../snapshot/meta/snapshot-meta.ts';
import { MAX_ATTEMPTS } from './http/constants.ts';

let tmp: string;
let world: FakeWorld;
let out: string;
let overridesDir: string;
beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-atlas-collect-'));
  world = await startFakeWorld(path.join(tmp, 'remotes'));
  out = path.join(tmp, 'snapshots');
  overridesDir = path.join(tmp, 'overrides');
  fs.mkdirSync(overridesDir);
  fs.writeFileSync(path.join(overridesDir, 'project-overrides.yml'), 'daoip-5:scf:project:extra:\n  display_name: "Extra"\n  activity_status: "live"\n  git_owner_url: "https://github.com/extra-org"\n  git_repo_urls:\n    - "https://github.com/extra-org/gone-repo"\n');
});
afterAll(async () => {
  await world.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const read = (dir: string, rel: string) => fs.readFileSync(path.join(dir, rel), 'utf8');

describe('collect() on a fake upstream world', () => {
  it('writes a complete dated snapshot, then points latest at it', async () => {
    const ctx = testContext({ now: '2026-08-23T05:00:00Z' });
    const result = await collect({ out, ctx, endpoints: world.endpoints, overridesDir });
    expect(result.dir).toBe(path.join(out, '2026-08-23'));
    expect(JSON.parse(read(out, 'latest.json'))).toEqual({ snapshot: '2026-08-23' });
    expect(fs.existsSync(path.join(out, '.tmp-2026-08-23'))).toBe(false);
    const dir = result.dir;
    for (const name of ['opengrants', 'overrides', 'github', 'git', 'registries']) expect(result.sources[name].state, name).toBe('ok');

    // The consumer's own reader accepts the snapshot.json we wrote.
    const meta = parseSnapshotMeta(read(dir, 'snapshot.json'), { warn: () => {} });
    expect(meta.asOf).toBe('2026-08-23');
    expect(meta.sources.git.state).toBe('ok');

    expect(JSON.parse(read(dir, 'opengrants/projects.json')).data).toHaveLength(2);
    expect(fs.existsSync(path.join(dir, 'opengrants/applications/scf-30.json'))).toBe(true);
    expect(read(dir, 'overrides/project-overrides.yml')).toContain('extra-org');
    // Owner expanded (fork skipped), Education & Community not crawled, explicit 404s recorded.
    expect(fs.readdirSync(path.join(dir, 'ecosystem/repos')).sort()).toEqual(['Demo-Org', 'extra-org', 'other-org']);
    expect(fs.existsSync(path.join(dir, 'ecosystem/repos/Demo-Org/forked-lib'))).toBe(false);
    expect(JSON.parse(read(dir, 'ecosystem/repos/other-org/tool/status.json')).unreachable).toBe('not found');
    expect(result.sources.github.counts.not_found).toBe(2);
    const repo = 'ecosystem/repos/Demo-Org/demo-repo';
    expect(JSON.parse(read(dir, `${repo}/github.json`)).stargazers_count).toBe(12);
    expect(JSON.parse(read(dir, `${repo}/releases.json`))[0].tag_name).toBe('v1.0.1');
    // The SBOM is stored byte-for-byte as upstream sent it.
    expect(read(dir, 'sbom/Demo-Org__demo-repo.spdx.json')).toBe(fs.readFileSync(path.join(REALDATA_DIR, 'sbom/withObsrvr__nebu.spdx.json'), 'utf8'));
    expect(read(dir, `${repo}/gitlog-full.txt`).split('\n').filter(Boolean)).toHaveLength(5);
    expect(JSON.parse(read(dir, `${repo}/repo.json`)).default_branch).toBe('main');
    // Registries for the packages the repo publishes (@demo/lib, demo-core), not the private root or the example app.
    const npmFiles = fs.readdirSync(path.join(dir, 'registry/npm')).sort();
    expect(npmFiles).toEqual(['%40demo%2Flib.downloads.json', '%40demo%2Flib.package.json']);
    expect(fs.readdirSync(path.join(dir, 'registry/crates')).sort()).toEqual(['demo-core.crate.json', 'demo-core.dependencies.json', 'demo-core.reverse_dependencies.p1.json']);
    expect(fs.readdirSync(path.join(dir, 'registry/depsdev')).sort()).toEqual(['github.com%2Fdemo-org%2Fdemo-repo.project.json', 'npm%3A%40demo%2Flib.package.json', 'npm%3A%40demo%2Flib.requirements.json']);
    expect(result.sources.registries.counts.packages).toBe(2);
  });

  it('falls back to the previous snapshot for a failing source, marked stale, and never blanks it', async () => {
    world.fake.route(world.paths.projects, { status: 500 });
    world.fake.route(world.paths.ownerRepos, [{ status: 429, headers: { 'retry-after': '2' } }, { body: WORLD_REPO_LISTING }]);
    const before = world.fake.count(world.paths.projects);
    const ctx = testContext({ now: '2026-08-24T05:00:00Z' });
    const result = await collect({ out, ctx, endpoints: world.endpoints, overridesDir });
    expect(world.fake.count(world.paths.projects) - before).toBe(MAX_ATTEMPTS);
    expect(ctx.sleeps).toContain(2000);
    const og = result.sources.opengrants;
    expect(og.state).toBe('stale');
    expect(og.retrieved_by).toBe('2026-08-23');
    expect(og.stale_reason).toMatch(/500/);
    expect(JSON.parse(read(result.dir, 'opengrants/projects.json')).data).toHaveLength(2);
    // Targets still came from the carried-over OpenGrants files, so the repo is still collected.
    expect(fs.existsSync(path.join(result.dir, 'ecosystem/repos/Demo-Org/demo-repo/gitlog-full.txt'))).toBe(true);
    expect(JSON.parse(read(out, 'latest.json'))).toEqual({ snapshot: '2026-08-24' });
    const meta = parseSnapshotMeta(read(result.dir, 'snapshot.json'), { warn: () => {} });
    expect(meta.sources.opengrants).toMatchObject({ state: 'stale', retrievedAt: '2026-08-23' });
  });

  it('carries over the sources not selected, with their previous records', async () => {
    world.fake.route(world.paths.projects, { body: {} });
    const ctx = testContext({ now: '2026-08-25T05:00:00Z' });
    const result = await collect({ out, ctx, endpoints: world.endpoints, overridesDir, sources: ['overrides'] });
    expect(result.sources.overrides).toMatchObject({ state: 'ok', retrieved_by: '2026-08-25' });
    expect(result.sources.git).toMatchObject({ carried_over: true, retrieved_by: '2026-08-24' });
    expect(result.sources.opengrants).toMatchObject({ carried_over: true, state: 'stale', retrieved_by: '2026-08-23' });
    expect(fs.existsSync(path.join(result.dir, 'registry/npm/%40demo%2Flib.package.json'))).toBe(true);
    expect(fs.existsSync(path.join(result.dir, 'ecosystem/repos/Demo-Org/demo-repo/manifests/package.json'))).toBe(true);
  });

  it('splits repos over shards and merges the shard outputs back into one snapshot', async () => {
    world.fake.route(world.paths.projects, { body: WORLD_PROJECTS });
    const { mergeShards } = await import('./snapshot-writer/merge-shards.ts');
    const shardOuts = [0, 1].map((i) => path.join(tmp, `shard-${i}`));
    const results = [];
    for (const [index, shardOut] of shardOuts.entries()) {
      const ctx = testContext({ now: '2026-08-26T05:00:00Z' });
      results.push(await collect({ out: shardOut, ctx, endpoints: world.endpoints, overridesDir, previous: null, cacheDir: path.join(tmp, 'shard-cache'), shard: { index, count: 2 } }));
    }
    const repoDirs = results.map((r) => fs.existsSync(path.join(r.dir, 'ecosystem/repos')) ? fs.readdirSync(path.join(r.dir, 'ecosystem/repos'), { recursive: true }).map(String).filter((p) => p.split(path.sep).length === 2) : []);
    // Each of the three repos lands in exactly one shard.
    expect([...repoDirs[0], ...repoDirs[1]].sort()).toEqual(['Demo-Org/demo-repo', 'extra-org/gone-repo', 'other-org/tool'].map((p) => p.split('/').join(path.sep)));
    expect(repoDirs[0].filter((d) => repoDirs[1].includes(d))).toEqual([]);
    const merged = await mergeShards(shardOuts, path.join(tmp, 'merged'));
    expect(merged.missingShards).toEqual([]);
    expect(fs.readdirSync(path.join(merged.dir, 'ecosystem/repos')).sort()).toEqual(['Demo-Org', 'extra-org', 'other-org']);
    expect(merged.sources.github.counts.not_found).toBe(2);
    expect(merged.sources.git.state).toBe('ok');
    expect(fs.existsSync(path.join(merged.dir, 'registry/npm/%40demo%2Flib.package.json'))).toBe(true);
  });
});
