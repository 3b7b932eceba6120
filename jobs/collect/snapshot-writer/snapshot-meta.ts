/**
 * snapshot.json of a collected snapshot (docs/SNAPSHOT.md "snapshot.json"): `as_of` is the collection
 * date from the injected clock, and `sources` holds one status record per collector. Also reads the
 * previous snapshot's records, which a stale fallback needs for its retrieval date.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../http/http-cache.ts';
import type { SourceStatusRecord } from './source-status.ts';

export const SNAPSHOT_FILE = 'snapshot.json';

export interface CollectedSnapshotMeta {
  as_of: string;
  label?: string;
  collected_at: string;
  shard?: { index: number; count: number };
  sources: Record<string, SourceStatusRecord>;
}

/** YYYY-MM-DD (UTC) of an instant. */
export function dateOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

export async function writeSnapshotMeta(dir: string, meta: CollectedSnapshotMeta): Promise<void> {
  const sources = Object.fromEntries(Object.entries(meta.sources).sort(([a], [b]) => a.localeCompare(b)));
  await writeFileAtomic(path.join(dir, SNAPSHOT_FILE), `${JSON.stringify({ ...meta, sources }, null, 2)}\n`);
}

/** The previous snapshot's meta; null when absent or unreadable (then there is nothing to fall back to). */
export async function readSnapshotMeta(dir: string | null): Promise<CollectedSnapshotMeta | null> {
  if (!dir) return null;
  try {
    const json = JSON.parse(await fs.readFile(path.join(dir, SNAPSHOT_FILE), 'utf8')) as Partial<CollectedSnapshotMeta>;
    if (typeof json.as_of !== 'string') return null;
    const meta: CollectedSnapshotMeta = { as_of: json.as_of, collected_at: json.collected_at ?? json.as_of, sources: (json.sources ?? {}) as Record<string, SourceStatusRecord> };
    if (json.shard && typeof json.shard.index === 'number' && typeof json.shard.count === 'number') meta.shard = { index: json.shard.index, count: json.shard.count };
    return meta;
  } catch {
    return null;
  }
}

/** When the previous snapshot's files of `source` were retrieved (its record, else the snapshot date). */
export function previousRetrieval(meta: CollectedSnapshotMeta | null, source: string): string | null {
  if (!meta) return null;
  const record = meta.sources[source] as (SourceStatusRecord & { retrieved_at?: string; heads_up_to?: string }) | undefined;
  return record?.retrieved_by ?? record?.retrieved_at ?? record?.heads_up_to ?? meta.as_of;
}
