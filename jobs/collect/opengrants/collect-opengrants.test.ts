import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HttpClient } from '../http/client.ts';
import { resolveEndpoints } from '../endpoints.ts';
import { SourceRecorder } from '../snapshot-writer/source-status.ts';
import type { CollectorEnv } from '../collector-env.ts';
import { startFakeUpstream } from '../testing/fake-upstream.ts';
import type { FakeUpstream } from '../testing/fake-upstream.ts';
import { testContext } from '../testing/test-context.ts';
import { REALDATA_DIR } from '../../../test/support/paths.ts';
import { collectOpenGrants } from './collect-opengrants.ts';
import { poolFileName } from './pool-file-name.ts';

const OG = path.join(REALDATA_DIR, 'opengrants');
const realJson = (rel: string) => JSON.parse((rel.endsWith('.gz') ? gunzipSync(fs.readFileSync(path.join(OG, rel))) : fs.readFileSync(path.join(OG, rel))).toString('utf8'));
const page = (p: number) => `limit=100&page=${p}`;
const appsPath = (poolId: string, p = 1) => `/grantApplications?system=scf&poolId=${encodeURIComponent(poolId)}&${page(p)}`;

let fake: FakeUpstream;
let tmp: string;
beforeEach(async () => {
  fake = await startFakeUpstream();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-atlas-og-'));
});
afterEach(async () => {
  await fake.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

function envFor(stage: string, previous: string | null = null): CollectorEnv {
  const ctx = testContext();
  return { ctx, http: new HttpClient(ctx, { cacheDir: null, timeoutMs: 200 }), stage, previous, endpoints: resolveEndpoints({ opengrants: fake.url }), recorder: new SourceRecorder(), asOf: '2026-08-23' };
}

/** Routes the real OpenGrants responses: all projects, all 48 pools, real applications for rounds 1/30/39, empty (real round 48) for the rest. */
function routeReal(): void {
  fake.route(`/projects?system=scf&${page(1)}`, { file: path.join(OG, 'projects.json.gz') });
  fake.route(`/grantPools?system=scf&${page(1)}`, { file: path.join(OG, 'grant-pools.json.gz') });
  for (const pool of realJson('grant-pools.json.gz').data as Array<{ id: string }>) {
    const slug = poolFileName(pool.id);
    const file = { 'scf-1': 'applications/scf-1.json', 'scf-30': 'applications/scf-30.json.gz', 'scf-39': 'applications/scf-39.json.gz' }[slug] ?? 'applications/scf-48.json';
    fake.route(appsPath(pool.id), { file: path.join(OG, file) });
  }
}

describe('OpenGrants collector on the real responses', () => {
  it('stores projects, pools and every pool’s applications as upstream sent them', async () => {
    routeReal();
    const stage = path.join(tmp, 'stage');
    const env = envFor(stage);
    await collectOpenGrants(env);
    expect(env.recorder.state()).toBe('ok');
    expect(env.recorder.counts).toMatchObject({ projects: 602, pools: 48 });
    expect(fs.readFileSync(path.join(stage, 'opengrants/projects.json')).equals(gunzipSync(fs.readFileSync(path.join(OG, 'projects.json.gz'))))).toBe(true);
    expect(fs.readdirSync(path.join(stage, 'opengrants/applications'))).toHaveLength(48);
    expect(JSON.parse(fs.readFileSync(path.join(stage, 'opengrants/applications/scf-30.json'), 'utf8')).data).toHaveLength(realJson('applications/scf-30.json.gz').data.length);
    expect(poolFileName('daoip-5:scf:grantPool:scf_#30')).toBe('scf-30');
  });

  it('follows pagination.hasNext and merges the pages into one envelope', async () => {
    const projects = realJson('projects.json.gz').data as unknown[];
    const envelope = (data: unknown[], p: number, hasNext: boolean) => ({ '@context': 'http://www.daostar.org/schemas', data, pagination: { totalCount: projects.length, currentPage: p, limit: 100, hasNext } });
    fake.route(`/projects?system=scf&${page(1)}`, { body: envelope(projects.slice(0, 100), 1, true) });
    fake.route(`/projects?system=scf&${page(2)}`, { body: envelope(projects.slice(100, 200), 2, true) });
    fake.route(`/projects?system=scf&${page(3)}`, { body: envelope(projects.slice(200, 250), 3, false) });
    fake.route(`/grantPools?system=scf&${page(1)}`, { body: envelope([], 1, false) });
    const stage = path.join(tmp, 'stage');
    await collectOpenGrants(envFor(stage));
    const merged = JSON.parse(fs.readFileSync(path.join(stage, 'opengrants/projects.json'), 'utf8'));
    expect(merged.data).toHaveLength(250);
    expect(merged.data[249]).toEqual(projects[249]);
    expect(merged.pagination).toMatchObject({ hasNext: false, totalCount: projects.length, pagesMerged: 3 });
  });

  it('retries a truncated and a timed-out page; a malformed pool is an error whose previous file is kept', async () => {
    routeReal();
    fake.route(`/projects?system=scf&${page(1)}`, [{ fault: 'truncate', file: path.join(OG, 'projects.json.gz') }, { fault: 'timeout' }, { file: path.join(OG, 'projects.json.gz') }]);
    fake.route(appsPath('daoip-5:scf:grantPool:scf_#39'), { fault: 'malformed' });
    const previous = path.join(tmp, 'previous');
    fs.mkdirSync(path.join(previous, 'opengrants/applications'), { recursive: true });
    fs.copyFileSync(path.join(OG, 'applications/scf-39.json.gz'), path.join(previous, 'opengrants/applications/scf-39.json.gz'));
    const stage = path.join(tmp, 'stage');
    const env = envFor(stage, previous);
    await collectOpenGrants(env);
    expect(fake.count(`/projects?system=scf&${page(1)}`)).toBe(3);
    expect(env.recorder.state()).toBe('partial');
    expect(env.recorder.errors).toHaveLength(1);
    expect(env.recorder.errors[0]).toMatch(/scf_#39.*malformed body/);
    expect(fake.count(appsPath('daoip-5:scf:grantPool:scf_#39'))).toBe(1);
    expect(fs.existsSync(path.join(stage, 'opengrants/applications/scf-39.json.gz'))).toBe(true);
    expect(env.recorder.counts.carried_over).toBe(1);
  });

  it('fails the source when projects cannot be fetched (5xx on every attempt)', async () => {
    fake.route(`/projects?system=scf&${page(1)}`, { status: 502 });
    const env = envFor(path.join(tmp, 'stage'));
    await expect(collectOpenGrants(env)).rejects.toThrow(/502 after 3 attempts/);
    expect((env.ctx as ReturnType<typeof testContext>).sleeps).toHaveLength(2);
  });
});
