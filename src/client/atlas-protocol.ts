/**
 * Messages between the page and the atlas worker (src/client/atlas-worker.ts). Plain structured-
 * clone data only; the worker owns the sql.js database, the page only sends SQL and parameters.
 */
import type { SqlParam } from '../lib/query-seam.ts';

/** Why loading failed: decides the message the page shows (all offer Retry). */
export type AtlasFailureKind = 'network' | 'corrupt' | 'schema' | 'engine';

export type ToWorker =
  | { type: 'open'; atlasUrl: string; wasmUrl: string; expectedSchemaVersion: number }
  | { type: 'query'; id: number; sql: string; params: SqlParam[] };

export type FromWorker =
  | { type: 'progress'; loadedBytes: number; totalBytes: number | null }
  | { type: 'ready'; bytes: number }
  | { type: 'failed'; kind: AtlasFailureKind; message: string }
  | { type: 'rows'; id: number; rows: Record<string, unknown>[] }
  | { type: 'queryError'; id: number; message: string };
