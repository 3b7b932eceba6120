/**
 * Reads snapshot.json (docs/SNAPSHOT.md): the reference date every time window ends at (DESIGN
 * §5.3, §5.5), the optional label, and what the collectors recorded per source. A missing or
 * invalid `as_of` is the one fatal error of the compute stage: without it no window can be placed,
 * and falling back to the wall clock would make the build non-reproducible. Anything else that is
 * wrong here is a warning.
 */
import type { WarningSink } from '../types.ts';
import type { FileContext } from './file-context.ts';
import { warnAt, warnIssues } from './file-context.ts';
import { fieldPath } from './field-path.ts';
import { asOfSchema, snapshotMetaSchema, sourceEntrySchema } from './snapshot-meta.schema.ts';
import type { SOURCE_STATES } from './snapshot-meta.schema.ts';

export const SNAPSHOT_META_FILE = 'snapshot.json';

export interface SourceMeta {
  /** `retrieved_by` (or `heads_up_to` for git sources), as written. */
  retrievedAt?: string;
  state?: (typeof SOURCE_STATES)[number];
  errors?: string[];
}

export interface SnapshotMeta {
  /** Reference date, YYYY-MM-DD. */
  asOf: string;
  label: string | null;
  sources: Record<string, SourceMeta>;
}

export class SnapshotMetaError extends Error {
  constructor(message: string) {
    super(`jobs/snapshot/meta: ${message}`);
    this.name = 'SnapshotMetaError';
  }
}

/** Parses snapshot.json content. Throws `SnapshotMetaError` only when `as_of` is unusable. */
export function parseSnapshotMeta(content: string | Buffer | null, sink: WarningSink, file = SNAPSHOT_META_FILE): SnapshotMeta {
  if (content === null) throw new SnapshotMetaError(`${file} is missing; it must give as_of (the reference date, YYYY-MM-DD)`);
  let json: unknown;
  try {
    json = JSON.parse(String(content).replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new SnapshotMetaError(`${file} is not valid JSON (${(error as Error).message}); cannot read as_of`);
  }
  const top = snapshotMetaSchema.safeParse(json);
  if (!top.success) throw new SnapshotMetaError(`${file} is not a JSON object with as_of (the reference date, YYYY-MM-DD)`);
  const asOf = asOfSchema.safeParse(top.data.as_of);
  if (!asOf.success) {
    const shown = top.data.as_of === undefined ? 'missing' : JSON.stringify(top.data.as_of);
    throw new SnapshotMetaError(`${file}: as_of is ${shown}; it must be a date written YYYY-MM-DD`);
  }
  const ctx: FileContext = { source: 'snapshot', file, sink };
  const sources: Record<string, SourceMeta> = {};
  for (const [name, raw] of Object.entries(top.data.sources ?? {})) {
    const base = fieldPath('sources', [name]);
    const entry = sourceEntrySchema.safeParse(raw);
    if (!entry.success) {
      warnIssues(ctx, base, entry.error, 'source status ignored');
      sources[name] = {};
      continue;
    }
    const meta: SourceMeta = {};
    const retrievedAt = entry.data.retrieved_by ?? entry.data.retrieved_at ?? entry.data.heads_up_to;
    if (retrievedAt !== undefined) meta.retrievedAt = retrievedAt;
    if (entry.data.state !== undefined) meta.state = entry.data.state;
    if (entry.data.errors !== undefined) meta.errors = entry.data.errors;
    sources[name] = meta;
  }
  if (top.data.sources === undefined) warnAt(ctx, 'sources', 'no per-source status recorded');
  return { asOf: asOf.data, label: top.data.label ?? null, sources };
}
