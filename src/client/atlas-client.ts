/**
 * Page side of the atlas: starts the worker, follows the download, and implements the query seam
 * (src/lib/query-seam.ts) over postMessage. One AtlasClient per page (sharedAtlas) so islands on
 * the same page share one download; retry() replaces a failed worker with a fresh one.
 */
import type { AtlasQuery, SqlParam } from '../lib/query-seam.ts';
import { siteFileUrl } from '../lib/site-root.ts';
import type { AtlasFailureKind, FromWorker, ToWorker } from './atlas-protocol.ts';

/** Files below the site root, as published by jobs/publish/site/atlas-site-integration.ts. */
export const ATLAS_FILE = 'data/atlas.sqlite';
export const SQL_WASM_FILE = 'data/sql-wasm.wasm';

export type AtlasLoadState =
  | { phase: 'loading'; loadedBytes: number; totalBytes: number | null }
  | { phase: 'ready'; bytes: number }
  | { phase: 'failed'; kind: AtlasFailureKind; message: string };

type Listener = (state: AtlasLoadState) => void;

export class AtlasClient implements AtlasQuery {
  state: AtlasLoadState = { phase: 'loading', loadedBytes: 0, totalBytes: null };
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (rows: Record<string, unknown>[]) => void; reject: (error: Error) => void }>();
  private readonly listeners = new Set<Listener>();
  private readonly atlasUrl: string;
  private readonly wasmUrl: string;
  private readonly schemaVersion: number;

  constructor(atlasUrl: string, wasmUrl: string, schemaVersion: number) {
    this.atlasUrl = atlasUrl;
    this.wasmUrl = wasmUrl;
    this.schemaVersion = schemaVersion;
    this.start();
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    listener(this.state);
    return () => this.listeners.delete(listener);
  }

  retry(): void {
    this.worker?.terminate();
    this.failPending(new Error('atlas reloaded'));
    this.setState({ phase: 'loading', loadedBytes: 0, totalBytes: null });
    this.start();
  }

  query<T>(sql: string, params: readonly SqlParam[] = []): Promise<T[]> {
    const worker = this.worker;
    if (!worker || this.state.phase !== 'ready') return Promise.reject(new Error('atlas not loaded'));
    const id = this.nextId++;
    return new Promise<T[]>((resolve, reject) => {
      this.pending.set(id, { resolve: (rows) => resolve(rows as T[]), reject });
      worker.postMessage({ type: 'query', id, sql, params: [...params] } satisfies ToWorker);
    });
  }

  async queryRow<T>(sql: string, params: readonly SqlParam[] = []): Promise<T | undefined> {
    return (await this.query<T>(sql, params))[0];
  }

  private start(): void {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./atlas-worker.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      this.setState({ phase: 'failed', kind: 'engine', message: `this browser could not start a worker (${String(error)})` });
      return;
    }
    this.worker = worker;
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => this.onMessage(event.data));
    worker.addEventListener('error', (event) => {
      this.setState({ phase: 'failed', kind: 'engine', message: `the data worker stopped (${event.message || 'script error'})` });
      this.failPending(new Error('worker error'));
    });
    worker.postMessage({ type: 'open', atlasUrl: this.atlasUrl, wasmUrl: this.wasmUrl, expectedSchemaVersion: this.schemaVersion } satisfies ToWorker);
  }

  private onMessage(message: FromWorker): void {
    switch (message.type) {
      case 'progress':
        this.setState({ phase: 'loading', loadedBytes: message.loadedBytes, totalBytes: message.totalBytes });
        break;
      case 'ready':
        this.setState({ phase: 'ready', bytes: message.bytes });
        break;
      case 'failed':
        this.setState({ phase: 'failed', kind: message.kind, message: message.message });
        break;
      case 'rows':
        this.pending.get(message.id)?.resolve(message.rows);
        this.pending.delete(message.id);
        break;
      case 'queryError':
        this.pending.get(message.id)?.reject(new Error(message.message));
        this.pending.delete(message.id);
        break;
    }
  }

  private failPending(error: Error): void {
    for (const entry of this.pending.values()) entry.reject(error);
    this.pending.clear();
  }

  private setState(state: AtlasLoadState): void {
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }
}

let shared: AtlasClient | undefined;

/** The page's one AtlasClient, created on first use (browser only). */
export function sharedAtlas(): AtlasClient {
  shared ??= new AtlasClient(siteFileUrl(ATLAS_FILE), siteFileUrl(SQL_WASM_FILE), import.meta.env.PG_ATLAS_SCHEMA_VERSION);
  return shared;
}
