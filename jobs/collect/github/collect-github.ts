/**
 * GitHub collector (DESIGN §4.3, §4.4). Two phases under one source status:
 * 1. `collectGitHubRepos`: expands owner URLs with `/users/{owner}/repos` (paged; forks skipped —
 *    a fork is someone else's code), fetches `/repos/{owner}/{repo}` for explicit repos, and writes
 *    each repo's REST record to `ecosystem/repos/<owner>/<repo>/github.json`.
 * 2. `collectGitHubExtras` for the repos the cadence says are due: the dependency-graph SBOM
 *    (`/repos/{o}/{r}/dependency-graph/sbom` → `sbom/<owner>__<repo>.spdx.json`, as returned), the
 *    team-declared SBOM at `.pg-atlas/sbom.spdx.json` through the contents API (raw media type) →
 *    `manifests/.pg-atlas/sbom.spdx.json`, the releases list → `releases.json` and the tags list →
 *    `tags.json` (many repos tag versions without publishing GitHub releases).
 * A repo that is not due, or whose requests fail, keeps its previous files.
 */
import type { CollectorEnv } from '../collector-env.ts';
import { errorMessage, forEachLimited, writeSnapshotFile } from '../collector-env.ts';
import { NotFoundError } from '../http/errors.ts';
import { carryRepoFiles } from '../snapshot-writer/carry-repo.ts';
import { repoDirOf, sbomFileOf } from '../snapshot-writer/source-files.ts';
import type { GitHubTargets } from '../targets/github-targets.ts';
import type { Shard } from '../incremental/shard.ts';
import { inShard } from '../incremental/shard.ts';
import { repoIdOf } from '../../ids/repo-id.ts';
import { nextLink } from './link-header.ts';
import type { RepoRef } from './repo-ref.ts';
import { listPreviousRepos } from './previous-repos.ts';

/** GitHub REST maximum page size. */
export const GITHUB_PER_PAGE = 100;
/** Pages of an owner's repo list (100 each); stellar has ~200 repos today. */
export const GITHUB_MAX_OWNER_PAGES = 20;
/** Path where a project team may commit its own SPDX 2.3 SBOM (docs/SNAPSHOT.md "Team-declared SBOM"). */
export const TEAM_SBOM_PATH = '.pg-atlas/sbom.spdx.json';
/** Repos whose extras are fetched in parallel (GitHub discourages concurrent requests; the limiter caps the host anyway). */
export const GITHUB_REPO_CONCURRENCY = 2;
const GITHUB_JSON = 'application/vnd.github+json';
const GITHUB_RAW = 'application/vnd.github.raw+json';

interface RestRepo {
  name?: unknown;
  full_name?: unknown;
  fork?: unknown;
  pushed_at?: unknown;
  owner?: { login?: unknown };
}

function refOfRecord(record: RestRepo, fallback: { owner: string; repo: string }): RepoRef {
  const [owner, repo] = typeof record.full_name === 'string' && record.full_name.includes('/') ? record.full_name.split('/') : [fallback.owner, fallback.repo];
  return { owner, repo, id: repoIdOf(owner, repo), pushedAt: typeof record.pushed_at === 'string' ? record.pushed_at : null };
}

async function listOwner(env: CollectorEnv, owner: string): Promise<RestRepo[]> {
  const all: RestRepo[] = [];
  let url: string | null = `${env.endpoints.github}/users/${encodeURIComponent(owner)}/repos?per_page=${GITHUB_PER_PAGE}&type=owner&sort=full_name&page=1`;
  for (let page = 1; url && page <= GITHUB_MAX_OWNER_PAGES; page += 1) {
    const result = await env.http.getJson(url, { accept: GITHUB_JSON });
    if (!Array.isArray(result.json)) throw new Error(`owner ${owner}: repo list is not an array`);
    all.push(...(result.json as RestRepo[]));
    url = nextLink(result.headers.get('link'));
  }
  return all;
}

/** Phase 1: the repo list (owners expanded) with metadata written for the repos of this shard. */
export async function collectGitHubRepos(env: CollectorEnv, targets: GitHubTargets, shard: Shard | null): Promise<RepoRef[]> {
  const refs = new Map<string, RepoRef>();
  const previousRepos = await listPreviousRepos(env.previous);
  for (const owner of targets.owners) {
    try {
      const listed = await listOwner(env, owner);
      for (const record of listed) {
        if (record.fork === true) continue;
        const ref = refOfRecord(record, { owner, repo: String(record.name) });
        if (refs.has(ref.id) || !inShard(ref.id, shard)) continue;
        refs.set(ref.id, ref);
        await writeSnapshotFile(env, `${repoDirOf(ref.owner, ref.repo)}/github.json`, `${JSON.stringify(record, null, 2)}\n`);
        env.recorder.success('repos');
      }
      env.recorder.count('owners');
    } catch (error) {
      env.recorder.error(`owner ${owner}: ${errorMessage(error)}`);
      for (const prev of previousRepos.filter((p) => p.owner.toLowerCase() === owner.toLowerCase())) {
        if (refs.has(prev.id) || !inShard(prev.id, shard)) continue;
        refs.set(prev.id, prev);
        await carryRepo(env, prev);
      }
    }
  }
  const explicit = targets.repos.filter((t) => !refs.has(t.id) && inShard(t.id, shard));
  await forEachLimited(explicit, GITHUB_REPO_CONCURRENCY, async (target) => {
    const url = `${env.endpoints.github}/repos/${encodeURIComponent(target.owner)}/${encodeURIComponent(target.repo)}`;
    try {
      const result = await env.http.getJson(url, { accept: GITHUB_JSON });
      const ref = refOfRecord(result.json as RestRepo, target);
      if (refs.has(ref.id)) return; // a rename that points at a repo we already have
      refs.set(ref.id, ref);
      await writeSnapshotFile(env, `${repoDirOf(ref.owner, ref.repo)}/github.json`, result.body);
      env.recorder.success('repos');
    } catch (error) {
      if (error instanceof NotFoundError) {
        env.recorder.count('not_found');
        refs.set(target.id, { ...target, pushedAt: null, unreachable: true });
        return;
      }
      env.recorder.error(`${target.owner}/${target.repo}: ${errorMessage(error)}`);
      refs.set(target.id, { ...target, pushedAt: null });
      await carryRepo(env, target);
    }
  });
  return [...refs.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** Copies the previous snapshot's GitHub files of one repo. */
async function carryRepo(env: CollectorEnv, ref: { owner: string; repo: string }): Promise<void> {
  const kept = await carryRepoFiles(env, 'github', ref);
  if (kept > 0) env.recorder.count('carried_over_files', kept);
}

async function optionalGet(env: CollectorEnv, url: string, accept: string): Promise<Buffer | null> {
  try {
    return (await env.http.get(url, { accept })).body;
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

/** Phase 2: SBOMs and releases of the due repos; the others keep their previous files. */
export async function collectGitHubExtras(env: CollectorEnv, refs: readonly RepoRef[], isDue: (ref: RepoRef) => boolean): Promise<void> {
  const live = refs.filter((r) => !r.unreachable);
  let done = 0;
  const progress = (ref: RepoRef, outcome: string) => {
    done += 1;
    env.ctx.log({ level: 'info', event: 'github.repo', message: `${ref.owner}/${ref.repo} ${outcome}`, source: 'github', repo: `${ref.owner}/${ref.repo}`, outcome, done, total: live.length });
  };
  await forEachLimited(live, GITHUB_REPO_CONCURRENCY, async (ref) => {
    await collectExtras(env, ref, isDue(ref)).then((outcome) => progress(ref, outcome));
  });
}

/** SBOM, team SBOM, releases and tags of one repo; returns what happened. */
async function collectExtras(env: CollectorEnv, ref: RepoRef, due: boolean): Promise<string> {
  if (!due) {
    env.recorder.count('skipped_by_cadence');
    await carryRepo(env, ref);
    return 'kept (not due)';
  }
  const base = `${env.endpoints.github}/repos/${encodeURIComponent(ref.owner)}/${encodeURIComponent(ref.repo)}`;
  try {
    const sbom = await optionalGet(env, `${base}/dependency-graph/sbom`, GITHUB_JSON);
    if (sbom) {
      JSON.parse(sbom.toString('utf8')); // a truncated or garbled SBOM is an error, not a file
      await writeSnapshotFile(env, sbomFileOf(ref.owner, ref.repo), sbom);
      env.recorder.count('sboms');
    }
    const team = await optionalGet(env, `${base}/contents/${TEAM_SBOM_PATH}`, GITHUB_RAW);
    if (team) {
      await writeSnapshotFile(env, `${repoDirOf(ref.owner, ref.repo)}/manifests/${TEAM_SBOM_PATH}`, team);
      env.recorder.count('team_sboms');
    }
    const releases = await optionalGet(env, `${base}/releases?per_page=${GITHUB_PER_PAGE}`, GITHUB_JSON);
    if (releases) {
      await writeSnapshotFile(env, `${repoDirOf(ref.owner, ref.repo)}/releases.json`, releases);
      env.recorder.count('releases_files');
    }
    const tags = await optionalGet(env, `${base}/tags?per_page=${GITHUB_PER_PAGE}`, GITHUB_JSON);
    if (tags) {
      await writeSnapshotFile(env, `${repoDirOf(ref.owner, ref.repo)}/tags.json`, tags);
      env.recorder.count('tags_files');
    }
    env.recorder.success();
    return 'collected';
  } catch (error) {
    env.recorder.error(`${ref.owner}/${ref.repo}: ${errorMessage(error)}`);
    await carryRepo(env, ref);
    return 'failed (previous files kept)';
  }
}
