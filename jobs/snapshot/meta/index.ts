/** Snapshot-level reading: snapshot.json, plus the file and warning helpers the source readers share. */
export { readSnapshotMeta } from './read-snapshot-meta.ts';
export { parseSnapshotMeta, SnapshotMetaError, SNAPSHOT_META_FILE } from './snapshot-meta.ts';
export type { SnapshotMeta, SourceMeta } from './snapshot-meta.ts';
export type { FileContext } from './file-context.ts';
export { warnAt, warnIssues, parseRecord, parseOptionalField } from './file-context.ts';
export { fieldPath } from './field-path.ts';
export { listFiles, listDirs, findJsonFile, readBytes, decodeText, parseJsonContent } from './snapshot-files.ts';
export { buildSourceStatus, MAX_STATUS_ERRORS } from './source-status.ts';
export type { SourceReadResult } from './source-status.ts';
