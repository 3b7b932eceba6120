import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HttpClient } from '../http/client.ts';
import { resolveEndpoints } from '../endpoints.ts';
import { SourceRecorder } from '../snapshot-writer/source-status.ts';
import type { CollectorEnv } from '../collector-env.ts';
import { startFakeUpstream } from '../testing/fake-upstream.ts';
import type { FakeUpstream } from '../testing/fake-upstream.ts';
import { testContext } from '../testing/test-context.ts';
import { REALDATA_DIR } from '../../../test/support/paths.ts';
import { repoIdOf } from '../../ids/repo-id.ts';
import { collectGitHubExtras, collectGitHubRepos } from './collect-github.ts';
import { nextLink } from './link-header.ts';

let fake: FakeUpstream;
let tmp: string;
beforeEach(async () => {
  fake = await startFakeUpstream();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-atlas-gh-'));
});
afterEach(async () => {
  await fake.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

function envFor(stage: string, previous: string | null = null): CollectorEnv {
  const ctx = testContext({ env: { GITHUB_TOKEN: 'ghp_testtoken_abcdef' } });
  const host = new URL(fake.url).host;
  return {
    ctx,
    http: new HttpClient(ctx, { cacheDir: null, tokens: [{ envVar: 'GITHUB_TOKEN', hosts: [host] }] }),
    stage,
    previous,
    endpoints: resolveEndpoints({ github: fake.url }),
    recorder: new SourceRecorder(),
    asOf: '2026-08-23',
  };
}

const SBOM = path.join(REALDATA_DIR, 'sbom/StellarCN__py-stellar-base.spdx.json');
const listing = (names: string[], fork = false) => names.map((name) => ({ name, full_name: `StellarCN/${name}`, fork, pushed_at: '2026-06-28T00:00:00Z', stargazers_count: 1 }));

describe('GitHub collector', () => {
  it('pages an owner’s repos by Link header, skips forks, and writes metadata, SBOMs and releases', async () => {
    fake.route('/users/stellarcn/repos?per_page=100&type=owner&sort=full_name&page=1', { body: listing(['py-stellar-base']), headers: { link: `<${fake.url}/users/stellarcn/repos?page=2>; rel="next", <${fake.url}/users/stellarcn/repos?page=2>; rel="last"` } });
    fake.route('/users/stellarcn/repos?page=2', { body: [...listing(['stellar-fork'], true), ...listing(['docs'])] });
    fake.route('/repos/StellarCN/py-stellar-base/dependency-graph/sbom', { file: SBOM });
    fake.route('/repos/StellarCN/py-stellar-base/contents/.pg-atlas/sbom.spdx.json', { body: '{"spdxVersion":"SPDX-2.3"}' });
    fake.route('/repos/StellarCN/py-stellar-base/releases?per_page=100', { body: [{ tag_name: '13.0.0' }] });
    fake.route('/repos/StellarCN/py-stellar-base/tags?per_page=100', { body: [{ name: '13.0.0', commit: { sha: 'a'.repeat(40) } }, { name: '12.9.0', commit: { sha: 'b'.repeat(40) } }] });
    // docs: dependency graph disabled (404) and no releases — absent, not errors.
    const stage = path.join(tmp, 'stage');
    const env = envFor(stage);
    const refs = await collectGitHubRepos(env, { owners: ['stellarcn'], repos: [] }, null);
    expect(refs.map((r) => `${r.owner}/${r.repo}`)).toEqual(['StellarCN/docs', 'StellarCN/py-stellar-base']);
    await collectGitHubExtras(env, refs, () => true);
    expect(env.recorder.state()).toBe('ok');
    expect(fs.readFileSync(path.join(stage, 'sbom/StellarCN__py-stellar-base.spdx.json')).equals(fs.readFileSync(SBOM))).toBe(true);
    expect(fs.readFileSync(path.join(stage, 'ecosystem/repos/StellarCN/py-stellar-base/manifests/.pg-atlas/sbom.spdx.json'), 'utf8')).toContain('SPDX-2.3');
    expect(JSON.parse(fs.readFileSync(path.join(stage, 'ecosystem/repos/StellarCN/py-stellar-base/releases.json'), 'utf8'))[0].tag_name).toBe('13.0.0');
    expect(JSON.parse(fs.readFileSync(path.join(stage, 'ecosystem/repos/StellarCN/py-stellar-base/tags.json'), 'utf8')).map((t: { name: string }) => t.name)).toEqual(['13.0.0', '12.9.0']);
    expect(fs.existsSync(path.join(stage, 'sbom/StellarCN__docs.spdx.json'))).toBe(false);
    expect(fs.existsSync(path.join(stage, 'ecosystem/repos/StellarCN/docs/tags.json'))).toBe(false);
    expect(env.recorder.counts).toMatchObject({ repos: 2, sboms: 1, team_sboms: 1, tags_files: 1 });
    // The token went to the API host, with the raw media type for the team SBOM.
    const contents = fake.calls.find((c) => c.path.includes('/contents/'));
    expect(contents?.headers.accept).toBe('application/vnd.github.raw+json');
    expect(contents?.headers.authorization).toBe('Bearer ghp_testtoken_abcdef');
  });

  it('keeps a failing repo’s previous files and records a 404 repo as not found', async () => {
    fake.route('/repos/StellarCN/py-stellar-base', { body: { name: 'py-stellar-base', full_name: 'StellarCN/py-stellar-base', pushed_at: '2026-06-28T00:00:00Z' } });
    fake.route('/repos/StellarCN/py-stellar-base/dependency-graph/sbom', { status: 500 });
    const previous = path.join(tmp, 'previous');
    fs.mkdirSync(path.join(previous, 'sbom'), { recursive: true });
    fs.copyFileSync(SBOM, path.join(previous, 'sbom/StellarCN__py-stellar-base.spdx.json'));
    const stage = path.join(tmp, 'stage');
    const env = envFor(stage, previous);
    const targets = { owners: [], repos: [
      { owner: 'StellarCN', repo: 'py-stellar-base', id: repoIdOf('StellarCN', 'py-stellar-base') },
      { owner: 'gone', repo: 'away', id: repoIdOf('gone', 'away') },
    ] };
    const refs = await collectGitHubRepos(env, targets, null);
    expect(refs.find((r) => r.owner === 'gone')?.unreachable).toBe(true);
    await collectGitHubExtras(env, refs, () => true);
    expect(fake.count('/repos/StellarCN/py-stellar-base/dependency-graph/sbom')).toBe(3);
    expect(fake.count('/repos/gone/away')).toBe(1);
    expect(env.recorder.state()).toBe('partial');
    expect(env.recorder.counts.not_found).toBe(1);
    expect(fs.readFileSync(path.join(stage, 'sbom/StellarCN__py-stellar-base.spdx.json')).equals(fs.readFileSync(SBOM))).toBe(true);
    expect(JSON.stringify(env.recorder.errors)).not.toContain('ghp_testtoken_abcdef');
  });

  it('parses Link headers', () => {
    expect(nextLink('<https://api.github.com/x?page=3>; rel="next", <https://api.github.com/x?page=9>; rel="last"')).toBe('https://api.github.com/x?page=3');
    expect(nextLink('<https://api.github.com/x?page=1>; rel="prev"')).toBeNull();
    expect(nextLink(null)).toBeNull();
  });
});
