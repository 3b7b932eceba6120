/**
 * Finds the curated override files of a snapshot (docs/SNAPSHOT.md: `overrides/*.yml`; files
 * named `schema-*` are schemas, not data) and parses them in file-name order.
 */
import type { OverrideEntry, WarningSink } from '../types.ts';
import { listFiles, readBytes } from '../meta/snapshot-files.ts';
import { mergeOverrideFiles } from './merge-overrides.ts';
import { parseOverrideFile } from './parse-overrides.ts';

export const OVERRIDES_DIR = 'overrides';
const OVERRIDE_FILE_RE = /\.ya?ml$/i;
const SCHEMA_FILE_PREFIX = 'schema-';

/** Override data files of a snapshot, sorted by name (the precedence order). */
export function listOverrideFiles(root: string): string[] {
  return listFiles(root, OVERRIDES_DIR, (name) => OVERRIDE_FILE_RE.test(name) && !name.startsWith(SCHEMA_FILE_PREFIX));
}

export function readOverrides(root: string, sink: WarningSink): OverrideEntry[] {
  return mergeOverrideFiles(
    listOverrideFiles(root).map((file) => parseOverrideFile(readBytes(root, file), file, sink)),
    sink,
  );
}
