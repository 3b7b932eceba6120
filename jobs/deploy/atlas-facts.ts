/**
 * Reads what operations need from a built atlas.sqlite (DESIGN §6, §9): schema version, snapshot
 * date, per-source status and headline counts, from the `meta` and `source_status` tables defined in
 * jobs/publish/schema.ts. Opened read-only with node:sqlite; the file is never modified.
 */
import { createHash } from 'node:crypto';
import { accessSync, constants } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { CliError, EXIT_USAGE } from './cli-error.ts';
import { DatabaseSync } from 'node:sqlite';

export interface AtlasCounts {
  projects: number;
  active_projects: number;
  repos: number;
  active_repos: number;
  external_packages: number;
  edges: number;
  metric_edges: number;
  contributors: number;
  warnings: number;
}

export interface SourceStatus {
  source: string;
  state: string;
  retrieved_at: string | null;
  records: number;
  warnings: number;
  errors: string[];
}

export interface AtlasFacts {
  schema_version: number;
  definitions_version: string;
  build_version: string;
  snapshot_as_of: string;
  snapshot_label: string | null;
  is_sample: boolean;
  counts: AtlasCounts;
  sources: SourceStatus[];
}

interface MetaRow {
  schema_version: number;
  definitions_version: string;
  build_version: string;
  snapshot_as_of: string;
  snapshot_label: string | null;
  is_sample: number;
  project_count: number;
  active_project_count: number;
  repo_count: number;
  active_repo_count: number;
  external_package_count: number;
  edge_count: number;
  metric_edge_count: number;
  contributor_count: number;
  warning_count: number;
}

function parseErrors(text: string, source: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.map(String) : [String(value)];
  } catch {
    return [`(source_status.errors of ${source} is not JSON)`];
  }
}

/** An input atlas that cannot be used is the operator's problem to fix (exit 2), not a crash. */
function unusableAtlas(message: string): CliError {
  return new CliError(message, EXIT_USAGE);
}

export function readAtlasFacts(atlasPath: string): AtlasFacts {
  // node:sqlite says only "unable to open database file"; this names the path (ENOENT with a path).
  accessSync(atlasPath, constants.R_OK);
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(atlasPath, { readOnly: true });
    db.prepare('PRAGMA schema_version').get();
  } catch (error) {
    throw unusableAtlas(`${atlasPath}: not a readable SQLite atlas (${error instanceof Error ? error.message : String(error)})`);
  }
  try {
    const userVersion = (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
    const meta = db.prepare('SELECT * FROM meta WHERE id = 1').get() as MetaRow | undefined;
    if (!meta) throw unusableAtlas(`${atlasPath}: table meta has no row`);
    if (meta.schema_version !== userVersion) {
      throw unusableAtlas(`${atlasPath}: meta.schema_version ${meta.schema_version} differs from PRAGMA user_version ${userVersion}`);
    }
    const sources = (db.prepare('SELECT source, state, retrieved_at, records, warnings, errors FROM source_status ORDER BY source').all() as Array<
      Omit<SourceStatus, 'errors'> & { errors: string }
    >).map((row) => ({ ...row, errors: parseErrors(row.errors, row.source) }));
    return {
      schema_version: meta.schema_version,
      definitions_version: meta.definitions_version,
      build_version: meta.build_version,
      snapshot_as_of: meta.snapshot_as_of,
      snapshot_label: meta.snapshot_label,
      is_sample: meta.is_sample === 1,
      counts: {
        projects: meta.project_count,
        active_projects: meta.active_project_count,
        repos: meta.repo_count,
        active_repos: meta.active_repo_count,
        external_packages: meta.external_package_count,
        edges: meta.edge_count,
        metric_edges: meta.metric_edge_count,
        contributors: meta.contributor_count,
        warnings: meta.warning_count,
      },
      sources,
    };
  } finally {
    db.close();
  }
}

/** SHA-256 of the atlas file, hex: the build's content identity in health.json and deploy records. */
export async function sha256File(filePath: string): Promise<string> {
  return createHash('sha256').update(await readFile(filePath)).digest('hex');
}
