/**
 * Typed readers for the optional fields of DAOIP-5 records: each validates one value on its own
 * (text, number-or-numeric-string, boolean) so a bad value becomes null with a warning and the
 * record survives (DESIGN §4.1; STYLE §2.7).
 */
import type { FileContext } from '../meta/file-context.ts';
import { parseOptionalField } from '../meta/file-context.ts';
import { fieldPath } from '../meta/field-path.ts';
import { booleanish, numberish, optionalText } from './envelope.schema.ts';
import { scfExtension } from './extensions.ts';
import type { ExtensionValue } from './extensions.ts';

export interface FieldReaders {
  /** A top-level key of the record. */
  top(key: string): ExtensionValue;
  /** An `org.stellar.communityfund.<key>` extension of the record. */
  ext(key: string): ExtensionValue;
  text(raw: ExtensionValue): string | null;
  number(raw: ExtensionValue): number | null;
  boolean(raw: ExtensionValue): boolean | null;
}

export function fieldReaders(ctx: FileContext, record: unknown, recordPath: string): FieldReaders {
  const object = (typeof record === 'object' && record !== null ? record : {}) as Record<string, unknown>;
  return {
    top: (key) => ({ value: object[key], path: fieldPath(recordPath, [key]) }),
    ext: (key) => scfExtension(record, key, recordPath),
    text: (raw) => parseOptionalField(ctx, optionalText, raw.value, raw.path),
    number: (raw) => parseOptionalField(ctx, numberish, raw.value, raw.path),
    boolean: (raw) => parseOptionalField(ctx, booleanish, raw.value, raw.path),
  };
}
