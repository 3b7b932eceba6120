/**
 * The projects leaderboard query (DESIGN §7 Projects leaderboard): search by name or id, filters
 * (status, type, category, pony-factor and criticality buckets, risk flags), sort by any metric
 * column with NULLs last and stable ties. Column names and filter conditions come from fixed
 * lists; user text only ever reaches SQL as a parameter.
 */
import type { AtlasQuery, SqlParam } from '../lib/query-seam.ts';
import { ACTIVE_STATUS_SQL, CRITICALITY_BUCKETS, PONY_BUCKETS, findBucket } from './risk-buckets.ts';

export interface LeaderboardRow {
  project_id: string;
  name: string;
  type: string;
  activity_status: string;
  category: string | null;
  criticality: number | null;
  criticality_pct: number | null;
  criticality_repo_sum: number | null;
  direct_dependents: number | null;
  pony_factor: number | null;
  adoption: number | null;
  adoption_repos: number | null;
  contributors_active_90d: number | null;
  repo_count: number;
  total_awarded_usd: number | null;
  in_active_subgraph: number;
}

/** Sortable columns with their header text and default direction (bigger first, except pony factor). */
export const SORT_COLUMNS = {
  name: { label: 'Project', defaultDir: 'asc' },
  activity_status: { label: 'Status', defaultDir: 'asc' },
  category: { label: 'Category', defaultDir: 'asc' },
  criticality: { label: 'Criticality', defaultDir: 'desc' },
  criticality_pct: { label: 'Criticality percentile', defaultDir: 'desc' },
  criticality_repo_sum: { label: 'Criticality (repo sum)', defaultDir: 'desc' },
  direct_dependents: { label: 'Direct dependents', defaultDir: 'desc' },
  pony_factor: { label: 'Pony factor', defaultDir: 'asc' },
  adoption: { label: 'Adoption', defaultDir: 'desc' },
  contributors_active_90d: { label: 'Active contributors (90 d)', defaultDir: 'desc' },
  repo_count: { label: 'Repos', defaultDir: 'desc' },
  total_awarded_usd: { label: 'SCF awarded', defaultDir: 'desc' },
} as const;

export type SortColumn = keyof typeof SORT_COLUMNS;
export type SortDir = 'asc' | 'desc';

/** Text columns sort case-insensitively. */
const TEXT_COLUMNS: ReadonlySet<SortColumn> = new Set(['name', 'activity_status', 'category']);

/** Status filter values: one status, or `active` for live + in-dev (DESIGN §5.1). */
export const STATUS_FILTERS = ['active', 'live', 'in-dev', 'discontinued', 'non-responsive'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

/** Risk flags (issue #3): pony factor 1, no repos, not in the active subgraph. */
export const RISK_FLAGS = {
  pf1: { label: 'Pony factor 1', where: 'pony_factor = 1' },
  norepos: { label: 'No repos', where: 'repo_count = 0' },
  outside: { label: 'Not in the active subgraph', where: 'in_active_subgraph = 0' },
} as const;
export type RiskFlag = keyof typeof RISK_FLAGS;

export interface LeaderboardState {
  search: string;
  status: StatusFilter | '';
  type: string;
  category: string;
  /** Bucket ids of risk-buckets.ts, '' for all. */
  pony: string;
  crit: string;
  flags: RiskFlag[];
  sort: SortColumn;
  dir: SortDir;
}

export const DEFAULT_LEADERBOARD_STATE: LeaderboardState = { search: '', status: '', type: '', category: '', pony: '', crit: '', flags: [], sort: 'criticality', dir: 'desc' };

export function isSortColumn(value: string | null): value is SortColumn {
  return value !== null && Object.hasOwn(SORT_COLUMNS, value);
}

function isStatusFilter(value: string | null): value is StatusFilter {
  return (STATUS_FILTERS as readonly (string | null)[]).includes(value);
}

function isRiskFlag(value: string): value is RiskFlag {
  return Object.hasOwn(RISK_FLAGS, value);
}

/** WHERE clause and parameters of a state's filters (search and exact-match values as parameters). */
export function leaderboardWhere(state: LeaderboardState): { where: string; params: SqlParam[] } {
  const conditions: string[] = [];
  const params: SqlParam[] = [];
  const search = state.search.trim();
  if (search) {
    conditions.push('(instr(lower(name), lower(?)) > 0 OR instr(lower(project_id), lower(?)) > 0)');
    params.push(search, search);
  }
  if (state.status === 'active') conditions.push(ACTIVE_STATUS_SQL);
  else if (state.status) {
    conditions.push('activity_status = ?');
    params.push(state.status);
  }
  if (state.type) {
    conditions.push('type = ?');
    params.push(state.type);
  }
  if (state.category) {
    conditions.push('category = ?');
    params.push(state.category);
  }
  const pony = findBucket(PONY_BUCKETS, state.pony);
  if (pony) conditions.push(`(${pony.where})`);
  const crit = findBucket(CRITICALITY_BUCKETS, state.crit);
  if (crit) conditions.push(`(${crit.where})`);
  for (const flag of state.flags) if (isRiskFlag(flag)) conditions.push(`(${RISK_FLAGS[flag].where})`);
  return { where: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

/** ORDER BY of a sort: NULLs last in both directions; ties by name then id. */
export function leaderboardOrder(sort: SortColumn, dir: SortDir): string {
  const direction = dir === 'asc' ? 'ASC' : 'DESC';
  const collate = TEXT_COLUMNS.has(sort) ? ' COLLATE NOCASE' : '';
  return `ORDER BY ${sort} IS NULL, ${sort}${collate} ${direction}, name COLLATE NOCASE ASC, project_id ASC`;
}

/** SQL and parameters of one table state. */
export function leaderboardQuery(state: LeaderboardState): { sql: string; params: SqlParam[] } {
  const { where, params } = leaderboardWhere(state);
  const sql = `SELECT project_id, name, type, activity_status, category, criticality, criticality_pct, criticality_repo_sum,
                 direct_dependents, pony_factor, adoption, adoption_repos, contributors_active_90d, repo_count,
                 total_awarded_usd, in_active_subgraph
          FROM projects ${where} ${leaderboardOrder(state.sort, state.dir)}`;
  return { sql, params };
}

export function readLeaderboard(atlas: AtlasQuery, state: LeaderboardState): Promise<LeaderboardRow[]> {
  const { sql, params } = leaderboardQuery(state);
  return atlas.query<LeaderboardRow>(sql, params);
}

export interface LeaderboardOptions {
  types: string[];
  categories: string[];
}

/** Values offered by the type and category filters. */
export async function readLeaderboardOptions(atlas: AtlasQuery): Promise<LeaderboardOptions> {
  const types = await atlas.query<{ v: string }>('SELECT DISTINCT type AS v FROM projects ORDER BY v');
  const categories = await atlas.query<{ v: string }>('SELECT DISTINCT category AS v FROM projects WHERE category IS NOT NULL ORDER BY v COLLATE NOCASE');
  return { types: types.map((r) => r.v), categories: categories.map((r) => r.v) };
}

/** Table state from a URL query string (unknown values fall back to the defaults). */
export function parseLeaderboardState(search: string): LeaderboardState {
  const params = new URLSearchParams(search);
  const sort = params.get('sort');
  const dir = params.get('dir');
  const status = params.get('status');
  const column = isSortColumn(sort) ? sort : DEFAULT_LEADERBOARD_STATE.sort;
  const flags = [...new Set(params.getAll('flag').filter(isRiskFlag))].sort();
  return {
    search: params.get('q') ?? '',
    status: isStatusFilter(status) ? status : '',
    type: params.get('type') ?? '',
    category: params.get('category') ?? '',
    pony: findBucket(PONY_BUCKETS, params.get('pf'))?.id ?? '',
    crit: findBucket(CRITICALITY_BUCKETS, params.get('crit'))?.id ?? '',
    flags,
    sort: column,
    dir: dir === 'asc' || dir === 'desc' ? dir : isSortColumn(sort) ? SORT_COLUMNS[column].defaultDir : DEFAULT_LEADERBOARD_STATE.dir,
  };
}

/** The URL query string for a table state (defaults omitted). */
export function formatLeaderboardState(state: LeaderboardState): string {
  const params = new URLSearchParams();
  if (state.search) params.set('q', state.search);
  if (state.status) params.set('status', state.status);
  if (state.type) params.set('type', state.type);
  if (state.category) params.set('category', state.category);
  if (state.pony) params.set('pf', state.pony);
  if (state.crit) params.set('crit', state.crit);
  for (const flag of [...state.flags].sort()) params.append('flag', flag);
  if (state.sort !== DEFAULT_LEADERBOARD_STATE.sort || state.dir !== DEFAULT_LEADERBOARD_STATE.dir) {
    params.set('sort', state.sort);
    params.set('dir', state.dir);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A leaderboard link for a filter (used by the home page's risk views). */
export function leaderboardQueryFor(partial: Partial<LeaderboardState>): string {
  return formatLeaderboardState({ ...DEFAULT_LEADERBOARD_STATE, ...partial });
}
