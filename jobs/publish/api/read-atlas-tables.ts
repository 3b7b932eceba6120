/**
 * Reads, from an open atlas.sqlite, every table the static API publishes (DESIGN §6–§7), in
 * primary-key order so the files built from them are stable. JSON-text columns (docs/SCHEMA.md)
 * are parsed into arrays here, once, so the API carries them as JSON rather than as strings.
 */
import type { DatabaseSync } from 'node:sqlite';

export type SqlValue = string | number | null;
export type DbRow = Record<string, unknown>;

export interface TableRows {
  /** Column names in schema order (CSV header order). */
  columns: string[];
  rows: DbRow[];
}

/** Columns holding JSON text, per table (docs/SCHEMA.md "Conventions"). */
export const JSON_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  meta: ['metric_scopes'],
  source_status: ['errors'],
  repos: ['dependency_sources'],
  edges: ['version_ranges', 'provenance'],
};

export interface AtlasApiTables {
  userVersion: number;
  meta: DbRow;
  sourceStatus: DbRow[];
  projects: TableRows;
  repos: TableRows;
  externalPackages: DbRow[];
  edges: DbRow[];
  projectEdges: DbRow[];
  transitiveDependents: DbRow[];
  packageAliases: DbRow[];
  releases: DbRow[];
  monthlyCommits: DbRow[];
  funding: DbRow[];
  layout: DbRow[];
}

function parseJsonColumns(table: string, row: DbRow): DbRow {
  const columns = JSON_COLUMNS[table];
  if (!columns) return { ...row };
  const out: DbRow = { ...row };
  for (const column of columns) {
    const text = out[column];
    if (typeof text !== 'string') continue;
    try {
      out[column] = JSON.parse(text);
    } catch {
      // Not JSON after all: publish the text as the atlas holds it rather than lose it.
    }
  }
  return out;
}

function columnsOf(db: DatabaseSync, table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?) ORDER BY cid`).all(table) as { name: string }[]).map((c) => c.name);
}

function rowsOf(db: DatabaseSync, table: string, orderBy: string): DbRow[] {
  return (db.prepare(`SELECT * FROM ${table} ORDER BY ${orderBy}`).all() as DbRow[]).map((row) => parseJsonColumns(table, row));
}

export function readAtlasTables(db: DatabaseSync): AtlasApiTables {
  const meta = db.prepare('SELECT * FROM meta WHERE id = 1').get() as DbRow | undefined;
  if (!meta) throw new Error('jobs/publish/api: atlas.sqlite has no meta row');
  return {
    userVersion: Number((db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version),
    meta: parseJsonColumns('meta', meta),
    sourceStatus: rowsOf(db, 'source_status', 'source'),
    projects: { columns: columnsOf(db, 'projects'), rows: rowsOf(db, 'projects', 'project_id') },
    repos: { columns: columnsOf(db, 'repos'), rows: rowsOf(db, 'repos', 'repo_id') },
    externalPackages: rowsOf(db, 'external_packages', 'purl'),
    edges: rowsOf(db, 'edges', 'from_id, to_id'),
    projectEdges: rowsOf(db, 'project_edges', 'from_project, to_project'),
    transitiveDependents: rowsOf(db, 'transitive_dependents', 'vertex_id, dependent_id'),
    packageAliases: rowsOf(db, 'package_aliases', 'purl'),
    releases: rowsOf(db, 'releases', 'repo_id, tag'),
    monthlyCommits: rowsOf(db, 'monthly_commits', 'repo_id, month'),
    funding: rowsOf(db, 'funding', 'seq'),
    layout: rowsOf(db, 'graph_layout', 'level, node_id'),
  };
}
