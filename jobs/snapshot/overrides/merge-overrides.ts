/**
 * Joins the entries of several override files (DESIGN §4.2: "the same id in two files is an
 * error"). Files are taken in name order and the first file's entry wins: dropping both would
 * silently undo a reviewed correction, while keeping the first is predictable (renaming a file
 * changes the winner, visibly). The conflict is reported as a warning naming both files, on the
 * losing file, so the build summary shows it.
 */
import type { OverrideEntry, WarningSink } from '../types.ts';
import { fieldPath } from '../meta/field-path.ts';
import { OVERRIDES_SOURCE } from './parse-overrides.ts';

/** `perFile` must already be in file-name order. */
export function mergeOverrideFiles(perFile: readonly OverrideEntry[][], sink: WarningSink): OverrideEntry[] {
  const kept = new Map<string, OverrideEntry>();
  for (const entries of perFile) {
    for (const entry of entries) {
      const first = kept.get(entry.id);
      if (first) {
        sink.warn({
          source: OVERRIDES_SOURCE,
          file: entry.file,
          field: fieldPath('', [entry.id]),
          message: `ERROR: ${entry.id} is overridden in both ${first.file} and ${entry.file}; the entry in ${first.file} is used and this one ignored. Keep one.`,
        });
        continue;
      }
      kept.set(entry.id, entry);
    }
  }
  return [...kept.values()];
}
