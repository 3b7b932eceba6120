/** Reads for the home page (DESIGN §7 Home): headline counts from `meta`, top critical projects. */
import type { AtlasQuery } from '../lib/query-seam.ts';

export interface HeadlineCounts {
  snapshot_as_of: string;
  project_count: number;
  active_project_count: number;
  repo_count: number;
  active_repo_count: number;
  external_package_count: number;
  edge_count: number;
  contributor_count: number;
  active_contributors_30d: number;
  active_contributors_90d: number;
  dependency_coverage_pct: number | null;
}

export interface CriticalProject {
  project_id: string;
  name: string;
  activity_status: string;
  criticality: number | null;
  criticality_repo_sum: number | null;
  pony_factor: number | null;
  adoption: number | null;
}

/** How many projects the home page lists (DESIGN §7: top 10 critical projects). */
export const TOP_CRITICAL_LIMIT = 10;

export function readHeadlineCounts(atlas: AtlasQuery): Promise<HeadlineCounts | undefined> {
  return atlas.queryRow<HeadlineCounts>(
    `SELECT snapshot_as_of, project_count, active_project_count, repo_count, active_repo_count, external_package_count,
            edge_count, contributor_count, active_contributors_30d, active_contributors_90d, dependency_coverage_pct
     FROM meta WHERE id = 1`,
  );
}

/** Most critical projects first; ties by name then id so the order is stable. */
export const TOP_CRITICAL_SQL = `SELECT project_id, name, activity_status, criticality, criticality_repo_sum, pony_factor, adoption
  FROM projects WHERE criticality IS NOT NULL
  ORDER BY criticality DESC, name COLLATE NOCASE ASC, project_id ASC LIMIT ?`;

export function readTopCritical(atlas: AtlasQuery, limit = TOP_CRITICAL_LIMIT): Promise<CriticalProject[]> {
  return atlas.query<CriticalProject>(TOP_CRITICAL_SQL, [limit]);
}
