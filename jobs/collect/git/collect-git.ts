/**
 * git collector (DESIGN §4.5; docs/SNAPSHOT.md "git log format"). One blobless clone per repo
 * (`git clone --filter=blob:none --no-checkout`), cached under `<cacheDir>/git/` between runs and
 * updated with `git fetch` on re-run. From the remote default branch it writes:
 * `gitlog-full.txt` (non-merge commits, whole history, the documented 7-field NUL format),
 * `manifests/<path>` (the 7 manifest names at HEAD, plus a team SBOM at `.pg-atlas/sbom.spdx.json`),
 * `mailmap` (the repo's .mailmap) and `repo.json` (facts, as in ../shared/realdata). Terminal failures
 * (not found, taken down, private) write `status.json {"unreachable": …}`; previous files are kept.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { CollectorEnv } from '../collector-env.ts';
import { errorMessage, forEachLimited, writeSnapshotFile } from '../collector-env.ts';
import { cloneUrlOf } from '../endpoints.ts';
import { carryRepoFiles } from '../snapshot-writer/carry-repo.ts';
import { repoDirOf } from '../snapshot-writer/source-files.ts';
import type { RepoRef } from '../github/repo-ref.ts';
import { TEAM_SBOM_PATH } from '../github/collect-github.ts';
import { classifyGitFailure } from './classify-failure.ts';
import { readBlobs } from './read-blobs.ts';
import { GitCommandError, runGit } from './run-git.ts';
import { selectManifests } from './select-manifests.ts';

/** The documented log format (docs/SNAPSHOT.md; ../shared/realdata/ecosystem/README.md). */
export const GIT_LOG_FORMAT = '%H%x00%aN%x00%aE%x00%aI%x00%cN%x00%cE%x00%(trailers:key=Co-authored-by,valueonly,separator=%x1f)';
/** Clones / fetches in parallel (2-core CI runners; git is CPU- and network-bound). */
export const GIT_CONCURRENCY = 2;
const HEAD_REF = 'refs/remotes/origin/HEAD';

export interface GitOptions {
  cacheDir: string;
  isDue: (ref: RepoRef) => boolean;
}

/** Clone folder of a repo in the cache (lower-cased: GitHub names are case-insensitive). */
export function cloneDirOf(cacheDir: string, ref: { owner: string; repo: string }): string {
  return path.join(cacheDir, 'git', ref.owner.toLowerCase(), `${ref.repo.toLowerCase()}.git`);
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.access(p);
    return true;
  } catch {
    return false;
  }
}

/** Clones or fetches; returns the git dir. Throws GitCommandError. */
async function syncClone(url: string, dir: string): Promise<string> {
  const gitDir = path.join(dir, '.git');
  if (await exists(gitDir)) {
    await runGit(['--git-dir', gitDir, 'remote', 'set-url', 'origin', url]);
    await runGit(['--git-dir', gitDir, 'fetch', '--quiet', '--prune', '--filter=blob:none', 'origin']);
    // The default branch may have changed upstream.
    await runGit(['--git-dir', gitDir, 'remote', 'set-head', 'origin', '--auto']).catch(() => undefined);
    return gitDir;
  }
  await fs.rm(dir, { recursive: true, force: true });
  await fs.mkdir(path.dirname(dir), { recursive: true });
  await runGit(['clone', '--quiet', '--filter=blob:none', '--no-checkout', url, dir]);
  return gitDir;
}

function text(buffer: Buffer): string {
  return buffer.toString('utf8').trim();
}

/** Collects one repo into the stage. Returns the number of commits written. */
export async function collectGitRepo(env: CollectorEnv, ref: RepoRef, cacheDir: string): Promise<number> {
  const dir = repoDirOf(ref.owner, ref.repo);
  const gitDir = await syncClone(cloneUrlOf(env.endpoints.git, ref.owner, ref.repo), cloneDirOf(cacheDir, ref));
  const g = (args: string[]) => runGit(['--git-dir', gitDir, ...args]);
  const defaultBranch = text(await g(['symbolic-ref', HEAD_REF])).replace(/^refs\/remotes\/origin\//, '');
  const head = text(await g(['rev-parse', HEAD_REF]));
  const headDate = text(await g(['log', '-1', '--format=%cI', HEAD_REF]));
  const commitCount = Number(text(await g(['rev-list', '--count', HEAD_REF])));
  const authorDates = text(await g(['log', '--format=%at %aI', HEAD_REF])).split('\n').filter(Boolean);
  let first: { at: number; iso: string } | null = null;
  for (const line of authorDates) {
    const [at, iso] = line.split(' ');
    if (!first || Number(at) < first.at) first = { at: Number(at), iso };
  }
  const log = await g(['log', '--no-merges', `--format=${GIT_LOG_FORMAT}`, HEAD_REF]);
  await writeSnapshotFile(env, `${dir}/gitlog-full.txt`, log);

  const tree = (await g(['ls-tree', '-r', '-z', '--name-only', HEAD_REF])).toString('utf8').split('\0').filter(Boolean);
  const manifests = selectManifests(tree);
  const extra = ['.mailmap', TEAM_SBOM_PATH].filter((p) => tree.includes(p));
  const blobs = await readBlobs(gitDir, HEAD_REF, [...manifests, ...extra]);
  const written: string[] = [];
  for (const p of [...manifests, ...(tree.includes(TEAM_SBOM_PATH) ? [TEAM_SBOM_PATH] : [])]) {
    const blob = blobs.get(p);
    if (!blob) continue;
    await writeSnapshotFile(env, `${dir}/manifests/${p}`, blob);
    written.push(p);
  }
  const mailmap = blobs.get('.mailmap');
  if (mailmap) await writeSnapshotFile(env, `${dir}/mailmap`, mailmap);

  const facts = {
    full_name: `${ref.owner}/${ref.repo}`,
    url: `https://github.com/${ref.owner}/${ref.repo}`,
    default_branch: defaultBranch,
    head_commit: head,
    head_commit_date: headDate,
    first_commit_date: first?.iso ?? null,
    commit_count_all: commitCount,
    snapshot_taken: env.asOf,
    manifest_paths: written.filter((p) => p !== TEAM_SBOM_PATH),
  };
  await writeSnapshotFile(env, `${dir}/repo.json`, `${JSON.stringify(facts, null, 2)}\n`);
  env.recorder.count('manifests', written.length);
  const commits = log.length === 0 ? 0 : log.toString('utf8').split('\n').filter(Boolean).length;
  env.recorder.count('commits', commits);
  return commits;
}

/** One repo: collected, carried over (not due), recorded as unreachable, or an error (previous files kept). Returns what happened. */
async function collectOrKeep(env: CollectorEnv, ref: RepoRef, options: GitOptions): Promise<string> {
  const dir = repoDirOf(ref.owner, ref.repo);
  if (!options.isDue(ref) && !ref.unreachable) {
    const kept = await carryRepoFiles(env, 'git', ref);
    if (kept > 0) {
      env.recorder.count('skipped_by_cadence');
      return 'kept (not due)';
    }
  }
  try {
    await collectGitRepo(env, ref, options.cacheDir);
    env.recorder.success('repos');
    return 'collected';
  } catch (error) {
    const terminal = error instanceof GitCommandError ? classifyGitFailure(error.stderr) : null;
    await carryRepoFiles(env, 'git', ref);
    if (terminal) {
      await writeSnapshotFile(env, `${dir}/status.json`, `${JSON.stringify({ unreachable: terminal, checked: env.asOf }, null, 2)}\n`);
      env.recorder.success('unreachable');
      return terminal;
    }
    env.recorder.error(`${ref.owner}/${ref.repo}: ${errorMessage(error)}`);
    return 'failed (previous files kept)';
  }
}

export async function collectGit(env: CollectorEnv, refs: readonly RepoRef[], options: GitOptions): Promise<void> {
  let done = 0;
  await forEachLimited(refs, GIT_CONCURRENCY, async (ref) => {
    const started = env.ctx.now().getTime();
    const outcome = await collectOrKeep(env, ref, options);
    done += 1;
    const repo = `${ref.owner}/${ref.repo}`;
    env.ctx.log({ level: 'info', event: 'git.repo', message: `${repo} ${outcome}`, source: 'git', repo, outcome, done, total: refs.length, duration_ms: env.ctx.now().getTime() - started });
  });
}
