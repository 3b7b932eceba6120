/**
 * One `SourceStatus` (types.ts) per source for the build summary (docs/SNAPSHOT.md
 * "snapshot.json"; DESIGN §4 "records per-source status"). The collector's recorded state wins;
 * absent, the source is `ok` when its files exist and `missing` otherwise. A source whose files
 * exist but gave no record and only warnings is `failed`: nothing usable was read.
 */
import type { SnapshotWarning, SourceState, SourceStatus } from '../types.ts';
import type { SourceMeta } from './snapshot-meta.ts';

/** "First errors" kept per source (docs/SNAPSHOT.md): enough to diagnose, short enough to show. */
export const MAX_STATUS_ERRORS = 5;

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
  else if (meta?.state !== undefined) state = meta.state;
  else if (read.records === 0 && read.warnings.length > 0) state = 'failed';
  else state = 'ok';
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
