/**
 * `collect`: one run of every selected collector into a new dated raw snapshot (DESIGN §2 "Collect",
 * §4; docs/SNAPSHOT.md; docs/COLLECT.md). Order: OpenGrants → overrides → (targets) → GitHub →
 * (cadence) → git → registries; each later source reads what the earlier ones left in the staging
 * folder, fresh or carried over. Every source gets a status record; a failed source falls back to the
 * previous snapshot's files, marked `stale`; a source not selected this run is carried over with its
 * previous record. The staging folder becomes `<out>/<date>` and "latest" only at the end.
 */
import path from 'node:path';
import type { CollectContext } from './http/context.ts';
import { resolveContext } from './http/context.ts';
import { HttpClient } from './http/client.ts';
import { CRATES_IO_INTERVAL_MS } from './http/constants.ts';
import type { Endpoints } from './endpoints.ts';
import { resolveEndpoints } from './endpoints.ts';
import type { CollectorEnv } from './collector-env.ts';
import { errorMessage } from './collector-env.ts';
import { SOURCE_FILES, SOURCE_NAMES, ownsFile } from './snapshot-writer/source-files.ts';
import type { SourceName } from './snapshot-writer/source-files.ts';
import { SourceRecorder } from './snapshot-writer/source-status.ts';
import type { SourceStatusRecord } from './snapshot-writer/source-status.ts';
import { copyMatching, removeMatching } from './snapshot-writer/carry-over.ts';
import { beginSnapshot, commitSnapshot, resolveLatest } from './snapshot-writer/staging.ts';
import { dateOf, previousRetrieval, readSnapshotMeta, writeSnapshotMeta } from './snapshot-writer/snapshot-meta.ts';
import type { Shard } from './incremental/shard.ts';
import { inShard } from './incremental/shard.ts';
import { planRepos } from './incremental/plan-repos.ts';
import type { CadenceDecision } from './incremental/cadence.ts';
import { readGitHubTargets } from './targets/github-targets.ts';
import type { GitHubTargets } from './targets/github-targets.ts';
import type { RepoRef } from './github/repo-ref.ts';
import { listPreviousRepos } from './github/previous-repos.ts';

export interface CollectOptions {
  /** Folder holding dated snapshots (`<out>/<YYYY-MM-DD>`, `<out>/latest.json`). */
  out: string;
  /** Sources to collect this run; the others are carried over from the previous snapshot. Default: all. */
  sources?: readonly SourceName[];
  ctx?: Partial<CollectContext>;
  endpoints?: Partial<Endpoints>;
  /** HTTP cache and git clones; default `<out>/.cache`. */
  cacheDir?: string;
  /** Previous snapshot folder; default the latest under `out`; null for none. */
  previous?: string | null;
  shard?: Shard | null;
  /** Refresh every repo, ignoring the cadence. */
  full?: boolean;
  /** Extra GitHub repo or owner URLs to collect. */
  targets?: readonly string[];
  /** Folder of the overrides to copy; default the repository's `overrides/`. */
  overridesDir?: string;
  /** Per-attempt HTTP timeout. */
  timeoutMs?: number;
  label?: string;
}

export interface CollectResult {
  dir: string;
  asOf: string;
  sources: Record<string, SourceStatusRecord>;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/** Fallback repo list when GitHub is not collected (or failed): targets plus the previous snapshot's repos of the target owners. */
async function fallbackRepos(targets: GitHubTargets, previous: string | null, shard: Shard | null): Promise<RepoRef[]> {
  const owners = new Set(targets.owners.map((o) => o.toLowerCase()));
  const refs = new Map<string, RepoRef>();
  for (const prev of await listPreviousRepos(previous)) if (owners.has(prev.owner.toLowerCase()) || targets.repos.some((t) => t.id === prev.id)) refs.set(prev.id, prev);
  for (const t of targets.repos) if (!refs.has(t.id)) refs.set(t.id, { ...t, pushedAt: null });
  return [...refs.values()].filter((r) => inShard(r.id, shard)).sort((a, b) => a.id.localeCompare(b.id));
}

export async function collect(options: CollectOptions): Promise<CollectResult> {
  const ctx = resolveContext(options.ctx);
  const started = ctx.now();
  const asOf = dateOf(started);
  const endpoints = resolveEndpoints(options.endpoints, ctx.env);
  const cacheDir = options.cacheDir ?? path.join(options.out, '.cache');
  const previous = options.previous === undefined ? await resolveLatest(options.out) : options.previous;
  const prevMeta = await readSnapshotMeta(previous);
  const selected = new Set<SourceName>(options.sources ?? SOURCE_NAMES);
  const shard = options.shard ?? null;
  const stage = await beginSnapshot(options.out, asOf);
  const githubHost = hostOf(endpoints.github);
  const cratesHost = hostOf(endpoints.crates);
  const http = new HttpClient(ctx, {
    cacheDir: path.join(cacheDir, 'http'),
    timeoutMs: options.timeoutMs,
    tokens: [
      { envVar: 'GITHUB_TOKEN', hosts: githubHost ? [githubHost] : [] },
      { envVar: 'OPENGRANTS_API_KEY', hosts: [hostOf(endpoints.opengrants)].filter((h): h is string => h !== null) },
    ],
    hostPolicies: {
      ...(cratesHost && cratesHost !== githubHost ? { [cratesHost]: { concurrency: 1, intervalMs: CRATES_IO_INTERVAL_MS } } : {}),
      ...(githubHost ? { [githubHost]: { concurrency: 2 } } : {}),
    },
  });
  const records: Record<string, SourceStatusRecord> = {};
  ctx.log({ level: 'info', event: 'collect.start', message: `collecting ${[...selected].join(', ')} into ${stage}${shard ? ` (shard ${shard.index}/${shard.count})` : ''}; previous: ${previous ?? 'none'}`, as_of: asOf });

  async function runSource(name: SourceName, body: (env: CollectorEnv) => Promise<void>): Promise<void> {
    if (!selected.has(name)) {
      const copied = previous ? await copyMatching(previous, stage, (rel) => ownsFile(name, rel)) : 0;
      const prevRecord = prevMeta?.sources[name];
      if (copied > 0 || prevRecord) {
        records[name] = { ...(prevRecord ?? { state: 'ok', files: SOURCE_FILES[name], counts: {}, errors: [], duration_ms: 0 }), retrieved_by: previousRetrieval(prevMeta, name) ?? asOf, carried_over: true };
        ctx.log({ level: 'info', event: 'source.carried', message: `${name}: not collected this run; ${copied} files carried over`, source: name });
      }
      return;
    }
    const recorder = new SourceRecorder();
    const env: CollectorEnv = { ctx, http, stage, previous, endpoints, recorder, asOf };
    const t0 = ctx.now().getTime();
    ctx.log({ level: 'info', event: 'source.start', message: `${name}: collecting`, source: name });
    try {
      await body(env);
    } catch (error) {
      recorder.fatal(errorMessage(error));
    }
    const record: SourceStatusRecord = { state: recorder.state(), retrieved_by: asOf, files: SOURCE_FILES[name], counts: recorder.counts, errors: recorder.errors, duration_ms: ctx.now().getTime() - t0 };
    if (shard) record.shard = `${shard.index}/${shard.count}`;
    if (record.state === 'failed') {
      await removeMatching(stage, (rel) => ownsFile(name, rel));
      const copied = previous ? await copyMatching(previous, stage, (rel) => ownsFile(name, rel)) : 0;
      if (copied > 0) {
        record.state = 'stale';
        record.retrieved_by = previousRetrieval(prevMeta, name) ?? asOf;
        record.stale_reason = recorder.fatalMessage ?? recorder.errors[0] ?? 'failed';
        record.counts = { ...record.counts, carried_over_files: copied };
      }
    }
    records[name] = record;
    const level = record.state === 'ok' ? 'info' : record.state === 'partial' ? 'warn' : 'error';
    ctx.log({ level, event: 'source.done', message: `${name}: ${record.state} in ${record.duration_ms} ms${record.errors[0] ? ` — ${record.errors[0]}` : ''}`, source: name, state: record.state, counts: record.counts });
  }

  await runSource('opengrants', async (env) => (await import('./opengrants/collect-opengrants.ts')).collectOpenGrants(env));
  await runSource('overrides', async (env) => (await import('./overrides/collect-overrides.ts')).collectOverrides(env, options.overridesDir));
  const targets = await readGitHubTargets(stage, options.targets ?? []);

  let refs: RepoRef[] | null = null;
  let plan: Map<string, CadenceDecision> | null = null;
  const isDue = (ref: RepoRef) => plan?.get(ref.id)?.due ?? true;
  await runSource('github', async (env) => {
    const github = await import('./github/collect-github.ts');
    refs = await github.collectGitHubRepos(env, targets, shard);
    plan = await planRepos(refs, previous, asOf, options.full ?? false);
    await github.collectGitHubExtras(env, refs, isDue);
  });
  if (refs === null || records.github?.state === 'stale') refs = await fallbackRepos(targets, previous, shard);
  if (plan === null) plan = await planRepos(refs, previous, asOf, options.full ?? false);
  const repoList: RepoRef[] = refs;
  await runSource('git', async (env) => (await import('./git/collect-git.ts')).collectGit(env, repoList, { cacheDir, isDue }));
  await runSource('registries', async (env) => (await import('./registries/collect-registries.ts')).collectRegistries(env, repoList));

  await writeSnapshotMeta(stage, {
    as_of: asOf,
    ...(options.label ? { label: options.label } : {}),
    collected_at: started.toISOString(),
    ...(shard ? { shard } : {}),
    sources: records,
  });
  const dir = await commitSnapshot(options.out, asOf, stage);
  ctx.log({ level: 'info', event: 'collect.done', message: `snapshot ${dir} is complete (${http.stats.requests} requests, ${http.stats.retries} retries, ${http.stats.cacheHits} cache hits)`, dir, ...http.stats });
  return { dir, asOf, sources: records };
}
