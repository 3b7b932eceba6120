/**
 * The boundary-validation toolkit every snapshot reader shares (STYLE §2.7): a `FileContext`
 * names the source and file a warning belongs to, and the helpers turn zod failures into
 * warnings naming the offending field. Readers never throw on bad input; they warn and skip.
 */
import type { z } from 'zod';
import type { WarningSink } from '../types.ts';
import { fieldPath } from './field-path.ts';

export interface FileContext {
  /** Source name as in snapshot.json (`opengrants`, `overrides`, `registry`, `funding`). */
  source: string;
  /** Path relative to the snapshot root. */
  file: string;
  sink: WarningSink;
}

export function warnAt(ctx: FileContext, field: string | undefined, message: string): void {
  ctx.sink.warn(field ? { source: ctx.source, file: ctx.file, field, message } : { source: ctx.source, file: ctx.file, message });
}

/** One warning per zod issue, with the issue's path appended to `base`. */
export function warnIssues(ctx: FileContext, base: string, error: z.ZodError, what: string): void {
  for (const issue of error.issues) {
    const field = fieldPath(base, issue.path);
    warnAt(ctx, field === '' ? undefined : field, `${what}: ${issue.message}`);
  }
}

/**
 * Validates a record; on failure warns (one warning per issue) and returns null so the caller
 * skips the record.
 */
export function parseRecord<S extends z.ZodType>(ctx: FileContext, schema: S, value: unknown, base: string, what: string): z.output<S> | null {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  warnIssues(ctx, base, result.error, `${what} skipped`);
  return null;
}

/**
 * Validates an optional field: absent (`undefined` / `null`) gives null silently; an invalid value
 * warns and gives null, and the record it belongs to survives.
 */
export function parseOptionalField<S extends z.ZodType>(ctx: FileContext, schema: S, value: unknown, field: string): z.output<S> | null {
  if (value === undefined || value === null) return null;
  const result = schema.safeParse(value);
  if (result.success) return result.data ?? null;
  const issue = result.error.issues[0];
  warnAt(ctx, fieldPath(field, issue?.path ?? []), `field ignored: ${issue?.message ?? 'invalid value'}`);
  return null;
}
