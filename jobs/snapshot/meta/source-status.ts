/**
 * One `SourceStatus` (types.ts) per source for the build summary (docs/SNAPSHOT.md
 * "snapshot.json"; DESIGN §4 "records per-source status"). The collector's recorded state wins;
 * absent, the source is `ok` when its files exist and `missing` otherwise. What the reader saw can
 * only make it worse: files that gave no record and only warnings are `failed` (nothing usable was
 * read); a whole file skipped is `partial`.
 */
import type { SnapshotWarning, SourceState, SourceStatus } from '../types.ts';
import type { SourceMeta } from './snapshot-meta.ts';

/** "First errors" kept per source (docs/SNAPSHOT.md): enough to diagnose, short enough to show. */
export const MAX_STATUS_ERRORS = 5;

/** How bad a state is, for combining the collector's record with what the reader saw. */
const STATE_SEVERITY: Record<SourceState, number> = { ok: 0, missing: 0, stale: 1, partial: 2, failed: 3 };

export interface SourceReadResult {
  /** Files of this source found in the snapshot. */
  files: number;
  /** Records the reader produced. */
  records: number;
  /** Warnings the reader raised for this source. */
  warnings: readonly SnapshotWarning[];
}

export function buildSourceStatus(name: string, meta: SourceMeta | undefined, read: SourceReadResult): SourceStatus {
  let state: SourceState;
  if (read.files === 0 && (meta?.state === undefined || meta.state === 'ok')) state = 'missing';
  else {
    // What the reader saw can only make the collector's word worse: nothing usable read → failed;
    // a whole file skipped (a warning without a field) → partial.
    const seen: SourceState = read.records === 0 && read.warnings.length > 0 ? 'failed' : read.warnings.some((w) => !w.field) ? 'partial' : 'ok';
    const recorded: SourceState = meta?.state ?? 'ok';
    state = STATE_SEVERITY[seen] > STATE_SEVERITY[recorded] ? seen : recorded;
  }
  const readerErrors = read.warnings.map((w) => `${w.file}${w.field ? ` ${w.field}` : ''}: ${w.message}`);
  const status: SourceStatus = {
    name,
    state,
    records: read.records,
    warnings: read.warnings.length,
    errors: [...(meta?.errors ?? []), ...readerErrors].slice(0, MAX_STATUS_ERRORS),
  };
  if (meta?.retrievedAt !== undefined) status.retrievedAt = meta.retrievedAt;
  return status;
}
