/**
 * DAOIP-5 extension lookup (DESIGN §4.1). SCF fields live under
 * `extensions["org.stellar.communityfund"]["org.stellar.communityfund.<key>"]` in the real API
 * responses; the flat form `extensions["org.stellar.communityfund.<key>"]` is accepted too.
 */
import { fieldPath } from '../meta/field-path.ts';

export const SCF_EXTENSION_NAMESPACE = 'org.stellar.communityfund';

export interface ExtensionValue {
  value: unknown;
  /** Where it was found, relative to the record (for warnings). */
  path: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value of extension `<key>` of a record, looked up nested first, then flat. */
export function scfExtension(record: unknown, key: string, recordPath: string): ExtensionValue {
  const fullKey = `${SCF_EXTENSION_NAMESPACE}.${key}`;
  const extensions = isObject(record) ? record.extensions : undefined;
  if (!isObject(extensions)) return { value: undefined, path: fieldPath(recordPath, ['extensions', SCF_EXTENSION_NAMESPACE, fullKey]) };
  const nested = extensions[SCF_EXTENSION_NAMESPACE];
  if (isObject(nested) && fullKey in nested) {
    return { value: nested[fullKey], path: fieldPath(recordPath, ['extensions', SCF_EXTENSION_NAMESPACE, fullKey]) };
  }
  return { value: extensions[fullKey], path: fieldPath(recordPath, ['extensions', fullKey]) };
}
