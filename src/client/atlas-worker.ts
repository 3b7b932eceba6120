/**
 * Web Worker that owns the atlas (DESIGN §7, §10: the SQLite file is downloaded once and queried off
 * the main thread). It downloads atlas.sqlite with byte progress, opens it with sql.js, checks
 * `PRAGMA user_version` against the schema the site was built for, then answers parameterised
 * queries. URLs arrive absolute from the page, already resolved against the document.
 */
/// <reference lib="webworker" />
import initSqlJs from 'sql.js';
import type { Database } from 'sql.js';
import type { FromWorker, ToWorker } from './atlas-protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let database: Database | undefined;

function post(message: FromWorker): void {
  scope.postMessage(message);
}

class LoadFailure extends Error {
  readonly kind: 'network' | 'corrupt' | 'schema' | 'engine';
  constructor(kind: LoadFailure['kind'], message: string) {
    super(message);
    this.kind = kind;
  }
}

async function download(url: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new LoadFailure('network', `could not download the data file (${String(error)})`);
  }
  if (!response.ok || !response.body) throw new LoadFailure('network', `the data file answered HTTP ${response.status}`);
  const header = Number(response.headers.get('content-length'));
  const totalBytes = Number.isFinite(header) && header > 0 ? header : null;
  const chunks: Uint8Array[] = [];
  let loadedBytes = 0;
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      loadedBytes += value.byteLength;
      post({ type: 'progress', loadedBytes, totalBytes });
    }
  } catch (error) {
    throw new LoadFailure('network', `the download was interrupted (${String(error)})`);
  }
  const bytes = new Uint8Array(loadedBytes);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

async function open(message: Extract<ToWorker, { type: 'open' }>): Promise<void> {
  // Download and engine start run side by side; Promise.all keeps a failing download handled.
  const startEngine = initSqlJs({ locateFile: () => message.wasmUrl }).catch((error: unknown) => {
    throw new LoadFailure('engine', `the SQLite engine could not start (${String(error)})`);
  });
  const [SQL, bytes] = await Promise.all([startEngine, download(message.atlasUrl)]);
  let version: number;
  try {
    const db = new SQL.Database(bytes);
    // sql.js opens anything; the first read is what detects a file that is not SQLite.
    version = Number(db.exec('PRAGMA user_version')[0]?.values[0]?.[0] ?? 0);
    db.exec('SELECT COUNT(*) FROM meta');
    database = db;
  } catch (error) {
    throw new LoadFailure('corrupt', `the data file is not a readable atlas (${String(error)})`);
  }
  if (version !== message.expectedSchemaVersion) {
    database.close();
    database = undefined;
    throw new LoadFailure('schema', `the data file has schema version ${version}, this site reads version ${message.expectedSchemaVersion}`);
  }
  post({ type: 'ready', bytes: bytes.byteLength });
}

function runQuery(message: Extract<ToWorker, { type: 'query' }>): void {
  if (!database) {
    post({ type: 'queryError', id: message.id, message: 'the atlas is not open' });
    return;
  }
  const statement = database.prepare(message.sql);
  try {
    statement.bind(message.params);
    const rows: Record<string, unknown>[] = [];
    while (statement.step()) rows.push(statement.getAsObject());
    post({ type: 'rows', id: message.id, rows });
  } finally {
    statement.free();
  }
}

scope.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'open') {
    open(message).catch((error: unknown) => {
      const kind = error instanceof LoadFailure ? error.kind : 'engine';
      post({ type: 'failed', kind, message: error instanceof Error ? error.message : String(error) });
    });
  } else {
    try {
      runQuery(message);
    } catch (error) {
      post({ type: 'queryError', id: message.id, message: error instanceof Error ? error.message : String(error) });
    }
  }
});
