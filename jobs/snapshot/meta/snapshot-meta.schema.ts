/** zod schema of snapshot.json (docs/SNAPSHOT.md "snapshot.json"). Unknown keys are allowed. */
import { z } from 'zod';

export const SOURCE_STATES = ['ok', 'partial', 'failed', 'stale'] as const;

/** `as_of`: a real calendar date written YYYY-MM-DD. */
export const asOfSchema = z.iso.date();

export const sourceEntrySchema = z.looseObject({
  /** Collectors write `retrieved_by`; `retrieved_at` is accepted as a synonym. */
  retrieved_by: z.string().optional(),
  retrieved_at: z.string().optional(),
  heads_up_to: z.string().optional(),
  files: z.string().optional(),
  state: z.enum(SOURCE_STATES).optional(),
  errors: z.array(z.string()).optional(),
});

export const snapshotMetaSchema = z.looseObject({
  as_of: z.unknown().optional(),
  label: z.string().nullish(),
  sources: z.record(z.string(), z.unknown()).optional(),
});
