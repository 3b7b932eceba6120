/**
 * Build-time facts for the static HTML (DESIGN §7: every page shows the data date and a sample-data
 * badge). Runs in Node during `astro build`, reading the same atlas.sqlite the integration ships,
 * so those facts are visible before any JavaScript runs. Interactive data never comes from here.
 */
import { DatabaseSync } from 'node:sqlite';

export interface BuildMeta {
  snapshotAsOf: string;
  snapshotLabel: string | null;
  isSample: boolean;
  buildVersion: string;
}

/** `meta` of the atlas being published (a one-row read; cheap enough to repeat per page). */
export function readBuildMeta(atlasPath: string = import.meta.env.PG_ATLAS_DB_PATH): BuildMeta {
  const db = new DatabaseSync(atlasPath, { readOnly: true });
  try {
    const row = db.prepare('SELECT snapshot_as_of, snapshot_label, is_sample, build_version FROM meta WHERE id = 1').get() as
      | { snapshot_as_of: string; snapshot_label: string | null; is_sample: number; build_version: string }
      | undefined;
    if (!row) throw new Error(`build-meta: ${atlasPath} has no meta row`);
    return { snapshotAsOf: row.snapshot_as_of, snapshotLabel: row.snapshot_label, isSample: row.is_sample === 1, buildVersion: row.build_version };
  } finally {
    db.close();
  }
}
