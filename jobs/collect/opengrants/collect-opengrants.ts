/**
 * OpenGrants collector (DESIGN §4.1): SCF projects, grant pools and the applications of every pool,
 * stored as the DAOIP-5 envelopes upstream returned (docs/SNAPSHOT.md `opengrants/`). Projects and
 * pools are essential: failing either fails the source (the orchestrator then falls back to the
 * previous snapshot). A failing pool is one error; its previous file is carried over.
 */
import type { CollectorEnv } from '../collector-env.ts';
import { errorMessage, forEachLimited, writeSnapshotFile } from '../collector-env.ts';
import { copyMatching } from '../snapshot-writer/carry-over.ts';
import { fetchAllPages } from './fetch-all-pages.ts';
import { poolFileName } from './pool-file-name.ts';

/** The OpenGrants grant system of the Stellar Community Fund. */
export const OPENGRANTS_SYSTEM = 'scf';
/** Pools fetched in parallel (the gateway allows 100 requests/minute with a key, 20 without). */
export const OPENGRANTS_POOL_CONCURRENCY = 2;

export async function collectOpenGrants(env: CollectorEnv): Promise<void> {
  const base = env.endpoints.opengrants;
  const projects = await fetchAllPages(env.http, `${base}/projects?system=${OPENGRANTS_SYSTEM}`);
  await writeSnapshotFile(env, 'opengrants/projects.json', projects.body);
  env.recorder.success();
  env.recorder.count('projects', projects.records.length);

  const pools = await fetchAllPages(env.http, `${base}/grantPools?system=${OPENGRANTS_SYSTEM}`);
  await writeSnapshotFile(env, 'opengrants/grant-pools.json', pools.body);
  env.recorder.count('pools', pools.records.length);

  const poolIds = pools.records
    .map((p) => (p && typeof p === 'object' ? (p as { id?: unknown }).id : undefined))
    .filter((id): id is string => typeof id === 'string' && id.length > 0);
  await forEachLimited(poolIds, OPENGRANTS_POOL_CONCURRENCY, async (poolId) => {
    const file = `opengrants/applications/${poolFileName(poolId)}.json`;
    try {
      const apps = await fetchAllPages(env.http, `${base}/grantApplications?system=${OPENGRANTS_SYSTEM}&poolId=${encodeURIComponent(poolId)}`);
      await writeSnapshotFile(env, file, apps.body);
      env.recorder.success();
      env.recorder.count('applications', apps.records.length);
    } catch (error) {
      env.recorder.error(`pool ${poolId}: ${errorMessage(error)}`);
      if (env.previous) {
        const stem = file.replace(/\.json$/, '');
        const kept = await copyMatching(env.previous, env.stage, (rel) => rel === `${stem}.json` || rel === `${stem}.json.gz`, 'opengrants/applications');
        env.recorder.count('carried_over', kept);
      }
    }
  });
}
