/**
 * Reads for the status page (DESIGN §7 "Status", §9 operations): the build's `meta`, per-source
 * status with its first errors, data-quality warnings grouped by source, and unresolved items
 * (award rows without a project, repos without a project, active repos without dependency data).
 * Also the browser-side staleness rule: the data's age is measured against the visitor's clock.
 */
import type { AtlasQuery } from '../lib/query-seam.ts';
import { readSourceStatus, type SourceStatusRow } from './home.ts';

/**
 * Days after the snapshot date when the status page calls the data stale. DESIGN §9: scheduled
 * rebuilds can be delayed, dropped or go dormant, "so the site always shows the data date and
 * flags staleness"; two weeks tolerates a missed week of schedules without crying wolf.
 */
export const STALE_AFTER_DAYS = 14;
const DAY_MS = 86_400_000;

/** Whole days from the snapshot date to `now` (negative when the clock is behind), or null for a bad date. */
export function dataAgeDays(snapshotAsOf: string, now: Date): number | null {
  const start = Date.parse(`${snapshotAsOf.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(start)) return null;
  return Math.floor((now.getTime() - start) / DAY_MS);
}

export function isStale(ageDays: number | null): boolean {
  return ageDays !== null && ageDays > STALE_AFTER_DAYS;
}

export interface MetaRow {
  schema_version: number;
  definitions_version: string;
  build_version: string;
  snapshot_as_of: string;
  snapshot_label: string | null;
  is_sample: number;
  metric_scopes: string;
  project_count: number;
  active_project_count: number;
  repo_count: number;
  active_repo_count: number;
  external_package_count: number;
  edge_count: number;
  metric_edge_count: number;
  contributor_count: number;
  active_contributors_30d: number;
  active_contributors_90d: number;
  active_subgraph_size: number;
  dependency_coverage_pct: number | null;
  warning_count: number;
  /** JSON of the build this one replaces (`atlas build --previous`), or null when unknown. */
  previous_build: string | null;
}

/** meta.previous_build, parsed. */
export interface PreviousBuild {
  snapshot_as_of: string | null;
  counts: Partial<Record<'projects' | 'active_projects' | 'repos' | 'external_packages' | 'edges' | 'metric_edges' | 'contributors', number | null>>;
}

export function parsePreviousBuild(text: string | null | undefined): PreviousBuild | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as PreviousBuild;
    return value && typeof value === 'object' && value.counts && typeof value.counts === 'object' ? value : null;
  } catch {
    return null;
  }
}

/** meta column → key of PreviousBuild.counts, for the counts both builds know. */
export const PREVIOUS_COUNT_KEYS: Readonly<Record<string, keyof PreviousBuild['counts']>> = {
  project_count: 'projects',
  active_project_count: 'active_projects',
  repo_count: 'repos',
  external_package_count: 'external_packages',
  edge_count: 'edges',
  metric_edge_count: 'metric_edges',
  contributor_count: 'contributors',
};

export function readMeta(atlas: AtlasQuery): Promise<MetaRow | undefined> {
  return atlas.queryRow<MetaRow>('SELECT * FROM meta WHERE id = 1');
}

export { readSourceStatus, type SourceStatusRow };

export interface WarningRow {
  seq: number;
  source: string;
  file: string;
  field: string | null;
  message: string;
}

export function readWarningCounts(atlas: AtlasQuery): Promise<{ source: string; count: number }[]> {
  return atlas.query('SELECT source, COUNT(*) AS count FROM warnings GROUP BY source ORDER BY source');
}

/** Warnings matching `search` (file, field or message, case-insensitive) and `source` ('' = all), in seq order. */
export function readWarnings(atlas: AtlasQuery, source: string, search: string): Promise<WarningRow[]> {
  const text = search.trim();
  return atlas.query<WarningRow>(`SELECT seq, source, file, field, message FROM warnings
    WHERE (? = '' OR source = ?)
      AND (? = '' OR instr(lower(file), lower(?)) > 0 OR instr(lower(COALESCE(field, '')), lower(?)) > 0 OR instr(lower(message), lower(?)) > 0)
    ORDER BY seq`, [source, source, text, text, text, text]);
}

export interface UnresolvedAward {
  seq: number;
  project_name: string;
  round: string;
  awarded_usd: number | null;
  source: string;
}

export interface UnassignedRepo {
  repo_id: string;
  full_name: string;
}

export interface Unresolved {
  awards: UnresolvedAward[];
  reposWithoutProject: UnassignedRepo[];
  activeReposWithoutDependencies: UnassignedRepo[];
}

export async function readUnresolved(atlas: AtlasQuery): Promise<Unresolved> {
  return {
    awards: await atlas.query<UnresolvedAward>('SELECT seq, project_name, round, awarded_usd, source FROM funding WHERE project_id IS NULL ORDER BY project_name COLLATE NOCASE, seq'),
    reposWithoutProject: await atlas.query<UnassignedRepo>('SELECT repo_id, full_name FROM repos WHERE project_id IS NULL ORDER BY full_name COLLATE NOCASE, repo_id'),
    activeReposWithoutDependencies: await atlas.query<UnassignedRepo>('SELECT repo_id, full_name FROM repos WHERE is_active = 1 AND has_dependency_data = 0 ORDER BY full_name COLLATE NOCASE, repo_id'),
  };
}
