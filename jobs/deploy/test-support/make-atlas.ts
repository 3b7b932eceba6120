/**
 * Builds a small atlas.sqlite with the real schema (jobs/publish/schema.ts) and chosen counts, for
 * health, gate and record tests. Rows exist only where the deploy code reads them: `meta` and
 * `source_status`.
 */
import { DatabaseSync } from 'node:sqlite';
import { DEFINITIONS_VERSION, SCHEMA_SQL, SCHEMA_VERSION } from '../../publish/schema.ts';

export interface AtlasSpec {
  asOf: string;
  projects: number;
  repos: number;
  edges: number;
  label?: string | null;
  sources?: Array<{ source: string; state: string; retrieved_at?: string | null; records?: number; warnings?: number; errors?: string[] }>;
}

export function makeAtlas(filePath: string, spec: AtlasSpec): void {
  const db = new DatabaseSync(filePath);
  try {
    db.exec(SCHEMA_SQL);
    db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
    db.prepare(
      `INSERT INTO meta (id, schema_version, definitions_version, build_version, snapshot_as_of, snapshot_label, is_sample, metric_scopes,
        project_count, active_project_count, repo_count, active_repo_count, external_package_count, edge_count, metric_edge_count,
        contributor_count, active_contributors_30d, active_contributors_90d, active_subgraph_size, dependency_coverage_pct, warning_count)
       VALUES (1, ?, ?, '0.1.0', ?, ?, 0, '["runtime"]', ?, ?, ?, ?, 40, ?, ?, 120, 30, 60, 10, 55.5, 3)`,
    ).run(SCHEMA_VERSION, DEFINITIONS_VERSION, spec.asOf, spec.label ?? null, spec.projects, Math.floor(spec.projects / 2), spec.repos, Math.floor(spec.repos / 2), spec.edges, Math.floor(spec.edges * 0.8));
    const insert = db.prepare('INSERT INTO source_status (source, state, retrieved_at, records, warnings, errors) VALUES (?, ?, ?, ?, ?, ?)');
    for (const s of spec.sources ?? [{ source: 'opengrants', state: 'ok', retrieved_at: spec.asOf, records: spec.projects }]) {
      insert.run(s.source, s.state, s.retrieved_at ?? null, s.records ?? 0, s.warnings ?? 0, JSON.stringify(s.errors ?? []));
    }
  } finally {
    db.close();
  }
}
