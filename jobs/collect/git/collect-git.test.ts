import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient } from '../http/client.ts';
import { resolveEndpoints } from '../endpoints.ts';
import { SourceRecorder } from '../snapshot-writer/source-status.ts';
import type { CollectorEnv } from '../collector-env.ts';
import { testContext } from '../testing/test-context.ts';
import { BOB_NOREPLY, commit, createFixtureRepo, DEPENDABOT } from '../testing/git-fixture.ts';
import { collectGit } from './collect-git.ts';
import { classifyGitFailure } from './classify-failure.ts';
import { selectManifests } from './select-manifests.ts';
import { repoIdOf } from '../../ids/repo-id.ts';

let tmp: string;
let remotes: string;
let cacheDir: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-atlas-git-'));
  remotes = path.join(tmp, 'remotes');
  cacheDir = path.join(tmp, 'cache');
  createFixtureRepo(remotes, 'Demo-Org', 'demo-repo');
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function envFor(stage: string, previous: string | null = null): CollectorEnv {
  const ctx = testContext();
  return {
    ctx,
    http: new HttpClient(ctx, { cacheDir: null }),
    stage,
    previous,
    endpoints: resolveEndpoints({ git: `file://${remotes}/{owner}/{repo}` }),
    recorder: new SourceRecorder(),
    asOf: '2026-08-23',
  };
}

const ref = { owner: 'Demo-Org', repo: 'demo-repo', id: repoIdOf('Demo-Org', 'demo-repo'), pushedAt: null };

describe('git collector on a real repository', () => {
  it('writes the documented log, manifests, mailmap, team SBOM and repo facts', async () => {
    const stage = path.join(tmp, 'stage1');
    const env = envFor(stage);
    await collectGit(env, [ref], { cacheDir, isDue: () => true });
    expect(env.recorder.state()).toBe('ok');
    const dir = path.join(stage, 'ecosystem/repos/Demo-Org/demo-repo');
    const lines = fs.readFileSync(path.join(dir, 'gitlog-full.txt'), 'utf8').split('\n').filter(Boolean);
    // 5 non-merge commits; the merge commit is excluded.
    expect(lines).toHaveLength(5);
    const rows = lines.map((l) => l.split('\0'));
    for (const row of rows) expect(row).toHaveLength(7);
    expect(rows.some((r) => r[1] === 'Merge branch feature')).toBe(false);
    const bob = rows.find((r) => r[2] === BOB_NOREPLY.email);
    expect(bob?.[3]).toBe('2025-02-01T09:00:00-05:00');
    expect(bob?.[6]).toBe('Carol Coder <carol@example.net>');
    expect(rows.find((r) => r[1] === DEPENDABOT.name)?.[2]).toBe(DEPENDABOT.email);
    expect(rows.map((r) => r[3])).toContain('2025-01-10T10:00:00+05:30');
    expect(rows[0][4]).toBe('GitHub');

    const manifestsRoot = path.join(dir, 'manifests');
    const manifests = fs.readdirSync(manifestsRoot, { recursive: true }).map(String).filter((p) => fs.statSync(path.join(manifestsRoot, p)).isFile()).sort();
    expect(manifests).toEqual(['.pg-atlas/sbom.spdx.json', 'crates/core/Cargo.toml', 'examples/app/package.json', 'package.json', 'packages/lib/package.json'].map((p) => p.split('/').join(path.sep)));
    expect(JSON.parse(fs.readFileSync(path.join(manifestsRoot, 'packages/lib/package.json'), 'utf8')).version).toBe('1.0.1');
    expect(fs.readFileSync(path.join(dir, 'mailmap'), 'utf8')).toContain('alice@old.example.org');

    const facts = JSON.parse(fs.readFileSync(path.join(dir, 'repo.json'), 'utf8'));
    expect(facts).toMatchObject({ full_name: 'Demo-Org/demo-repo', default_branch: 'main', commit_count_all: 6, first_commit_date: '2025-01-10T10:00:00+05:30', snapshot_taken: '2026-08-23' });
    expect(facts.manifest_paths).toEqual(['package.json', 'crates/core/Cargo.toml', 'examples/app/package.json', 'packages/lib/package.json']);
    expect(facts.head_commit).toMatch(/^[0-9a-f]{40}$/);
  });

  it('fetches new commits into the cached clone on a re-run', async () => {
    commit(path.join(remotes, 'Demo-Org/demo-repo'), { 'NEWS.md': 'x' }, 'later work', { name: 'Alice Example', email: 'alice@example.org', date: '2025-06-01T00:00:00Z' });
    const stage = path.join(tmp, 'stage2');
    const env = envFor(stage);
    await collectGit(env, [ref], { cacheDir, isDue: () => true });
    const log = fs.readFileSync(path.join(stage, 'ecosystem/repos/Demo-Org/demo-repo/gitlog-full.txt'), 'utf8');
    expect(log.split('\n').filter(Boolean)).toHaveLength(6);
    expect(log).toContain('2025-06-01T00:00:00+00:00');
  });

  it('records a missing repo as unreachable and keeps the previous files', async () => {
    const previous = path.join(tmp, 'stage2');
    const gone = { owner: 'Demo-Org', repo: 'demo-repo', id: ref.id, pushedAt: null };
    const stage = path.join(tmp, 'stage3');
    const env = envFor(stage, previous);
    env.endpoints.git = `file://${remotes}/nowhere/{repo}`;
    await collectGit(env, [gone], { cacheDir: path.join(tmp, 'cache-empty'), isDue: () => true });
    const dir = path.join(stage, 'ecosystem/repos/Demo-Org/demo-repo');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'status.json'), 'utf8'))).toEqual({ unreachable: 'not found', checked: '2026-08-23' });
    expect(fs.existsSync(path.join(dir, 'gitlog-full.txt'))).toBe(true);
    expect(env.recorder.state()).toBe('ok');
    expect(env.recorder.counts.unreachable).toBe(1);
    expect((env.ctx as ReturnType<typeof testContext>).entries.find((e) => e.event === 'git.repo')).toMatchObject({ outcome: 'not found', done: 1, total: 1, source: 'git' });
  });

  it('carries a repo that is not due over from the previous snapshot without cloning', async () => {
    const stage = path.join(tmp, 'stage4');
    const env = envFor(stage, path.join(tmp, 'stage2'));
    env.endpoints.git = 'file:///does/not/exist/{owner}/{repo}';
    await collectGit(env, [ref], { cacheDir, isDue: () => false });
    expect(env.recorder.counts.skipped_by_cadence).toBe(1);
    // One progress entry per repo, with what happened and how far the source is (the terminal bar).
    const progress = (env.ctx as ReturnType<typeof testContext>).entries.filter((e) => e.event === 'git.repo');
    expect(progress.map((e) => [e.outcome, e.done, e.total])).toEqual([['kept (not due)', 1, 1]]);
    expect(fs.readFileSync(path.join(stage, 'ecosystem/repos/Demo-Org/demo-repo/gitlog-full.txt'), 'utf8').split('\n').filter(Boolean)).toHaveLength(6);
  });
});

describe('git helpers (pure)', () => {
  it('selects manifests shallowest first, skipping vendored folders, within the cap', () => {
    const paths = ['a/b/c/Cargo.toml', 'Cargo.toml', 'node_modules/x/package.json', 'target/debug/Cargo.toml', 'a/package.json', 'README.md', 'a/go.mod'];
    expect(selectManifests(paths)).toEqual(['Cargo.toml', 'a/go.mod', 'a/package.json', 'a/b/c/Cargo.toml']);
    expect(selectManifests(paths, 2)).toEqual(['Cargo.toml', 'a/go.mod']);
  });
  it('classifies terminal git failures', () => {
    expect(classifyGitFailure('remote: Repository not found.\nfatal: repository \'https://github.com/x/y.git/\' not found')).toBe('not found');
    expect(classifyGitFailure('fatal: could not read Username for \'https://github.com\': terminal prompts disabled')).toBe('private');
    expect(classifyGitFailure('remote: Access to this repository has been disabled by GitHub staff due to a DMCA takedown')).toBe('taken down');
    expect(classifyGitFailure('fatal: unable to access: Could not resolve host: github.com')).toBeNull();
  });
});
