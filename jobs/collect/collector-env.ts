/**
 * What every collector receives: the effects context, the shared HTTP client, the staging folder it
 * writes into, the previous snapshot it may carry files over from, the endpoints and its status
 * recorder. Collectors write only under `stage`.
 */
import path from 'node:path';
import type { CollectContext } from './http/context.ts';
import type { HttpClient } from './http/client.ts';
import type { Endpoints } from './endpoints.ts';
import type { SourceRecorder } from './snapshot-writer/source-status.ts';
import { writeFileAtomic } from './http/http-cache.ts';

export interface CollectorEnv {
  ctx: CollectContext;
  http: HttpClient;
  /** Staging folder of the snapshot being assembled. */
  stage: string;
  /** Previous complete snapshot, or null. */
  previous: string | null;
  endpoints: Endpoints;
  recorder: SourceRecorder;
  /** Collection date, YYYY-MM-DD. */
  asOf: string;
}

/** Writes a snapshot file (path relative to the stage, posix separators). */
export async function writeSnapshotFile(env: Pick<CollectorEnv, 'stage'>, rel: string, data: string | Buffer): Promise<void> {
  await writeFileAtomic(path.join(env.stage, ...rel.split('/')), data);
}

/** Runs `task` over `items` with at most `limit` in flight, in input order of start. */
export async function forEachLimited<T>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      await task(items[index], index);
    }
  });
  await Promise.all(workers);
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
