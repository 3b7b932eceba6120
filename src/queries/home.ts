/**
 * Reads for the home page (DESIGN §7 Home): headline counts from `meta`, top critical projects,
 * the pony-factor and activity-status distributions, dependency coverage, the criticality ×
 * pony-factor grid and per-source provenance.
 */
import type { AtlasQuery } from '../lib/query-seam.ts';
import { ACTIVE_STATUS_SQL, CRITICALITY_BUCKETS, PONY_BUCKETS } from './risk-buckets.ts';

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
  FROM projects WHERE criticality > 0
  ORDER BY criticality DESC, name COLLATE NOCASE ASC, project_id ASC LIMIT ?`;

export function readTopCritical(atlas: AtlasQuery, limit = TOP_CRITICAL_LIMIT): Promise<CriticalProject[]> {
  return atlas.query<CriticalProject>(TOP_CRITICAL_SQL, [limit]);
}

/** One bar of a distribution: a bucket id (for links), its label and how many items fall in it. */
export interface BucketCount {
  id: string;
  label: string;
  count: number;
}

/** Pony-factor distribution over active projects (DESIGN §7 Home "pony-factor risk distribution"). */
export async function readPonyDistribution(atlas: AtlasQuery): Promise<BucketCount[]> {
  const select = PONY_BUCKETS.map((b, i) => `SUM(CASE WHEN ${b.where} THEN 1 ELSE 0 END) AS b${i}`).join(', ');
  const row = await atlas.queryRow<Record<string, number | null>>(`SELECT ${select} FROM projects WHERE ${ACTIVE_STATUS_SQL}`);
  return PONY_BUCKETS.map((b, i) => ({ id: b.id, label: b.label, count: row?.[`b${i}`] ?? 0 }));
}

/** Projects per activity status, in the order of STATUS_ORDER then any other value by name. */
export const STATUS_ORDER = ['live', 'in-dev', 'discontinued', 'non-responsive'];

export async function readStatusBreakdown(atlas: AtlasQuery): Promise<{ status: string; count: number }[]> {
  const rows = await atlas.query<{ status: string; count: number }>('SELECT activity_status AS status, COUNT(*) AS count FROM projects GROUP BY activity_status ORDER BY activity_status');
  const rank = (s: string) => (STATUS_ORDER.includes(s) ? STATUS_ORDER.indexOf(s) : STATUS_ORDER.length);
  return rows.sort((a, b) => rank(a.status) - rank(b.status) || a.status.localeCompare(b.status));
}

/** Dependency coverage: active repos with any dependency data, and all active repos. */
export interface DependencyCoverage {
  with_data: number;
  active: number;
}

export function readDependencyCoverage(atlas: AtlasQuery): Promise<DependencyCoverage | undefined> {
  return atlas.queryRow<DependencyCoverage>('SELECT COALESCE(SUM(has_dependency_data), 0) AS with_data, COUNT(*) AS active FROM repos WHERE is_active = 1');
}

/** The criticality × pony-factor grid over active projects: counts[criticality bucket][pony bucket]. */
export interface RiskMatrix {
  rows: { id: string; label: string }[];
  columns: { id: string; label: string }[];
  counts: number[][];
}

export async function readRiskMatrix(atlas: AtlasQuery): Promise<RiskMatrix> {
  const cell = (c: number, p: number) => `SUM(CASE WHEN (${CRITICALITY_BUCKETS[c].where}) AND (${PONY_BUCKETS[p].where}) THEN 1 ELSE 0 END) AS c${c}_${p}`;
  const cells = CRITICALITY_BUCKETS.flatMap((_, c) => PONY_BUCKETS.map((_, p) => cell(c, p)));
  const row = await atlas.queryRow<Record<string, number | null>>(`SELECT ${cells.join(', ')} FROM projects WHERE ${ACTIVE_STATUS_SQL}`);
  return {
    rows: CRITICALITY_BUCKETS.map(({ id, label }) => ({ id, label })),
    columns: PONY_BUCKETS.map(({ id, label }) => ({ id, label })),
    counts: CRITICALITY_BUCKETS.map((_, c) => PONY_BUCKETS.map((_, p) => row?.[`c${c}_${p}`] ?? 0)),
  };
}

/** Per-source provenance and freshness (DESIGN §5 "records per-source status"). */
export interface SourceStatusRow {
  source: string;
  state: string;
  retrieved_at: string | null;
  records: number;
  warnings: number;
  errors: string;
}

export function readSourceStatus(atlas: AtlasQuery): Promise<SourceStatusRow[]> {
  return atlas.query<SourceStatusRow>('SELECT source, state, retrieved_at, records, warnings, errors FROM source_status ORDER BY source');
}
