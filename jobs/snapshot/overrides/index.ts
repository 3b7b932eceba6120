/** Curated project overrides (DESIGN §4.2). */
export { readOverrides, listOverrideFiles, OVERRIDES_DIR } from './read-overrides.ts';
export { parseOverrideFile, OVERRIDES_SOURCE } from './parse-overrides.ts';
export { mergeOverrideFiles } from './merge-overrides.ts';
export { OVERRIDE_ACTIVITY_STATUSES } from './override.schema.ts';
