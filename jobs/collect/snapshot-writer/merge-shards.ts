/**
 * `collect merge`: combines the snapshots written by `collect --shard i/n` jobs into one snapshot
 * (DESIGN §9 "each writing its part of the raw snapshot, merged before compute"). Files are unioned.
 * When several shards wrote one path, a shard whose owning source was collected fresh this run wins
 * over one that fell back to (or carried over) the previous snapshot — a shard whose GitHub source
 * failed copies the previous files of *every* repo, and those must not shadow another shard's fresh
 * ones; among equals the first shard given wins. Status records are combined per source: per-repo
 * sources (github, git, registries) sum their counts; states combine to the worst honest summary; a
 * missing shard makes the per-repo sources `partial`; a whole-run source (opengrants, overrides,
 * which every shard collects) takes the best shard's record.
 */
import path from 'node:path';
import fs from 'node:fs/promises';
import { copyMatching } from './carry-over.ts';
import { beginSnapshot, commitSnapshot, resolveLatest } from './staging.ts';
import { SNAPSHOT_FILE, readSnapshotMeta, writeSnapshotMeta } from './snapshot-meta.ts';
import type { CollectedSnapshotMeta } from './snapshot-meta.ts';
import { MAX_RECORDED_ERRORS } from './source-status.ts';
import type { SourceStatusRecord } from './source-status.ts';
import { SOURCE_NAMES, ownsFile } from './source-files.ts';

/** Sources whose work is split across shards (the others are collected whole by every shard). */
export const PER_REPO_SOURCES = new Set(['github', 'git', 'registries']);

export class MergeError extends Error {
  constructor(message: string) {
    super(`jobs/collect/merge: ${message}`);
    this.name = 'MergeError';
  }
}

type State = SourceStatusRecord['state'];

/** Combined state of one source over shards. Pure. */
export function combineStates(states: readonly State[]): State {
  if (states.length === 0) return 'failed';
  if (states.every((s) => s === states[0])) return states[0];
  if (states.some((s) => s === 'ok' || s === 'partial')) return 'partial';
  return states.includes('stale') ? 'stale' : 'failed';
}

/** Whether a shard collected a source itself this run (not a stale fallback, not carried over). */
export function isFresh(record: SourceStatusRecord | undefined): boolean {
  return !!record && !record.carried_over && (record.state === 'ok' || record.state === 'partial');
}

const STATE_RANK: Record<State, number> = { ok: 0, partial: 1, stale: 2, failed: 3 };

/** The best of several records of a whole-run source: fresh before carried, then ok → partial → stale → failed; first wins ties. Pure. */
export function bestRecord(records: readonly SourceStatusRecord[]): SourceStatusRecord {
  const rank = (r: SourceStatusRecord) => (r.carried_over ? 10 : 0) + STATE_RANK[r.state];
  return records.reduce((best, r) => (rank(r) < rank(best) ? r : best));
}

/** Combined record of one source. Pure. */
export function combineRecords(name: string, records: readonly SourceStatusRecord[], missingShards: number): SourceStatusRecord {
  if (!PER_REPO_SOURCES.has(name)) return { ...bestRecord(records) };
  const counts: Record<string, number> = {};
  for (const r of records) for (const [k, v] of Object.entries(r.counts ?? {})) counts[k] = (counts[k] ?? 0) + v;
  let state = combineStates(records.map((r) => r.state));
  if (missingShards > 0 && state === 'ok') state = 'partial';
  const errors = records.flatMap((r) => r.errors ?? []);
  if (missingShards > 0) errors.unshift(`${missingShards} shard(s) missing from the merge`);
  const merged: SourceStatusRecord = {
    state,
    retrieved_by: records.map((r) => r.retrieved_by).sort()[0],
    files: records[0].files,
    counts,
    errors: errors.slice(0, MAX_RECORDED_ERRORS),
    duration_ms: Math.max(...records.map((r) => r.duration_ms ?? 0)),
  };
  const stale = records.find((r) => r.stale_reason);
  if (stale?.stale_reason) merged.stale_reason = stale.stale_reason;
  return merged;
}

async function snapshotDirOf(dir: string): Promise<string> {
  try {
    await fs.access(path.join(dir, SNAPSHOT_FILE));
    return dir;
  } catch {
    const latest = await resolveLatest(dir);
    if (!latest) throw new MergeError(`${dir} holds no snapshot (no snapshot.json, no latest)`);
    return latest;
  }
}

export interface MergeResult {
  dir: string;
  asOf: string;
  sources: Record<string, SourceStatusRecord>;
  missingShards: number[];
}

/** Merges shard snapshots (each a snapshot folder, or an `--out` folder holding one) into `<out>/<date>`. */
export async function mergeShards(shardDirs: readonly string[], out: string): Promise<MergeResult> {
  if (shardDirs.length === 0) throw new MergeError('no shard folders given');
  const dirs: string[] = [];
  const metas: CollectedSnapshotMeta[] = [];
  for (const given of shardDirs) {
    const dir = await snapshotDirOf(given);
    const meta = await readSnapshotMeta(dir);
    if (!meta) throw new MergeError(`${dir}/snapshot.json is unreadable`);
    dirs.push(dir);
    metas.push(meta);
  }
  const asOf = metas.map((m) => m.as_of).sort().at(-1) as string;
  const count = metas.find((m) => m.shard)?.shard?.count ?? metas.length;
  const present = new Set(metas.map((m) => m.shard?.index).filter((i): i is number => typeof i === 'number'));
  const missingShards = metas.some((m) => m.shard) ? Array.from({ length: count }, (_, i) => i).filter((i) => !present.has(i)) : [];
  const stage = await beginSnapshot(out, asOf);
  const ownerOf = (rel: string) => SOURCE_NAMES.find((name) => ownsFile(name, rel));
  // Pass 1: files of sources each shard collected fresh. Pass 2: the rest (fallbacks), filling gaps only.
  for (const [i, dir] of dirs.entries()) {
    await copyMatching(dir, stage, (rel) => {
      const owner = ownerOf(rel);
      return rel !== SNAPSHOT_FILE && owner !== undefined && isFresh(metas[i].sources[owner]);
    });
  }
  for (const dir of dirs) await copyMatching(dir, stage, (rel) => rel !== SNAPSHOT_FILE);
  const names = [...new Set(metas.flatMap((m) => Object.keys(m.sources)))].sort();
  const sources: Record<string, SourceStatusRecord> = {};
  for (const name of names) {
    const records = metas.map((m) => m.sources[name]).filter((r): r is SourceStatusRecord => !!r);
    sources[name] = combineRecords(name, records, missingShards.length);
  }
  await writeSnapshotMeta(stage, { as_of: asOf, collected_at: metas.map((m) => m.collected_at).sort()[0], sources, ...(missingShards.length ? { missing_shards: missingShards } : {}) } as CollectedSnapshotMeta);
  const dir = await commitSnapshot(out, asOf, stage);
  return { dir, asOf, sources, missingShards };
}
