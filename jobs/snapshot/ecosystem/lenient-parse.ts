/**
 * Field-tolerant zod parsing for record files (STYLE §2.7): a record whose `stars` is a string
 * keeps its other fields. Each failing top-level field is reported (file + field) and dropped,
 * then the record is parsed again; only a record that is not an object at all is rejected.
 */
import type { z } from 'zod';

export type FieldWarn = (field: string, message: string) => void;

/** Parses `value` with an object schema whose fields are all optional. */
export function parseLenient<T>(schema: z.ZodType<T>, value: unknown, warn: FieldWarn, base: string): T | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    warn(base || '(root)', 'not a JSON object, record skipped');
    return null;
  }
  let current: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  // One pass per distinct failing field at most, plus the final success.
  for (let attempt = 0; attempt <= Object.keys(current).length; attempt++) {
    const result = schema.safeParse(current);
    if (result.success) return result.data;
    const next = { ...current };
    for (const issue of result.error.issues) {
      const key = issue.path[0];
      if (key === undefined) {
        warn(base || '(root)', `record skipped: ${issue.message}`);
        return null;
      }
      warn(base ? `${base}.${issue.path.join('.')}` : issue.path.join('.'), `ignored: ${issue.message}`);
      delete next[String(key)];
    }
    current = next;
  }
  return null;
}
