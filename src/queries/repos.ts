/**
 * The repos table query (DESIGN §7 "Repos table"): search by name or id, filters (has a project,
 * active, archived / unreachable), sort by any metric with NULLs last and stable ties. Columns and
 * conditions come from fixed lists; user text reaches SQL only as a parameter.
 */
import type { AtlasQuery, SqlParam } from '../lib/query-seam.ts';

export interface RepoRow {
  repo_id: string;
  full_name: string;
  project_id: string | null;
  project_name: string | null;
  is_active: number;
  archived: number | null;
  unreachable: string | null;
  criticality: number;
  direct_dependents: number;
  pony_factor: number | null;
  contributors_total: number;
  adoption: number | null;
  adoption_signals: number;
  stars: number | null;
  downloads_30d: number | null;
  latest_commit_at: string | null;
}

/** Sortable columns: header text, default direction, and the SQL expression sorted on. */
export const REPO_SORT_COLUMNS = {
  full_name: { label: 'Repository', defaultDir: 'asc', expr: 'r.full_name COLLATE NOCASE' },
  project_name: { label: 'Project', defaultDir: 'asc', expr: 'p.name COLLATE NOCASE' },
  criticality: { label: 'Criticality', defaultDir: 'desc', expr: 'r.criticality' },
  direct_dependents: { label: 'Direct dependents', defaultDir: 'desc', expr: 'r.direct_dependents' },
  pony_factor: { label: 'Pony factor', defaultDir: 'asc', expr: 'r.pony_factor' },
  contributors_total: { label: 'Contributors (24 mo)', defaultDir: 'desc', expr: 'r.contributors_total' },
  adoption: { label: 'Adoption', defaultDir: 'desc', expr: 'r.adoption' },
  stars: { label: 'Stars', defaultDir: 'desc', expr: 'r.stars' },
  downloads_30d: { label: 'Downloads (30 d)', defaultDir: 'desc', expr: 'r.downloads_30d' },
  latest_commit_at: { label: 'Last commit', defaultDir: 'desc', expr: 'r.latest_commit_at' },
} as const;

export type RepoSortColumn = keyof typeof REPO_SORT_COLUMNS;
export type SortDir = 'asc' | 'desc';

/** Yes / no filters on repos (DESIGN §7: archived / unreachable flags; active; assignment). */
export const REPO_FILTERS = {
  project: { label: 'Has a project', yes: 'r.project_id IS NOT NULL', no: 'r.project_id IS NULL' },
  active: { label: 'Active', yes: 'r.is_active = 1', no: 'r.is_active = 0' },
  gone: { label: 'Archived or unreachable', yes: '(r.archived = 1 OR r.unreachable IS NOT NULL)', no: '(COALESCE(r.archived, 0) = 0 AND r.unreachable IS NULL)' },
} as const;
export type RepoFilter = keyof typeof REPO_FILTERS;
export type TriState = '' | 'yes' | 'no';

export interface ReposState {
  search: string;
  filters: Record<RepoFilter, TriState>;
  sort: RepoSortColumn;
  dir: SortDir;
}

export const DEFAULT_REPOS_STATE: ReposState = { search: '', filters: { project: '', active: '', gone: '' }, sort: 'criticality', dir: 'desc' };

function isRepoSortColumn(value: string | null): value is RepoSortColumn {
  return value !== null && Object.hasOwn(REPO_SORT_COLUMNS, value);
}

/** SQL and parameters of one table state. */
export function reposQuery(state: ReposState): { sql: string; params: SqlParam[] } {
  const conditions: string[] = [];
  const params: SqlParam[] = [];
  const search = state.search.trim();
  if (search) {
    conditions.push('(instr(lower(r.full_name), lower(?)) > 0 OR instr(lower(r.repo_id), lower(?)) > 0 OR instr(lower(COALESCE(p.name, \'\')), lower(?)) > 0)');
    params.push(search, search, search);
  }
  for (const key of Object.keys(REPO_FILTERS) as RepoFilter[]) {
    const value = state.filters[key];
    if (value === 'yes' || value === 'no') conditions.push(REPO_FILTERS[key][value]);
  }
  const expr = REPO_SORT_COLUMNS[state.sort].expr;
  const column = expr.replace(/ COLLATE NOCASE$/, '');
  const direction = state.dir === 'asc' ? 'ASC' : 'DESC';
  const sql = `SELECT r.repo_id, r.full_name, r.project_id, p.name AS project_name, r.is_active, r.archived, r.unreachable, r.criticality,
                 r.direct_dependents, r.pony_factor, r.contributors_total, r.adoption, r.adoption_signals, r.stars, r.downloads_30d, r.latest_commit_at
          FROM repos r LEFT JOIN projects p ON p.project_id = r.project_id
          ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
          ORDER BY ${column} IS NULL, ${expr} ${direction}, r.full_name COLLATE NOCASE ASC, r.repo_id ASC`;
  return { sql, params };
}

export function readRepos(atlas: AtlasQuery, state: ReposState): Promise<RepoRow[]> {
  const { sql, params } = reposQuery(state);
  return atlas.query<RepoRow>(sql, params);
}

export function parseReposState(search: string): ReposState {
  const params = new URLSearchParams(search);
  const sort = params.get('sort');
  const dir = params.get('dir');
  const column = isRepoSortColumn(sort) ? sort : DEFAULT_REPOS_STATE.sort;
  const tri = (v: string | null): TriState => (v === 'yes' || v === 'no' ? v : '');
  return {
    search: params.get('q') ?? '',
    filters: { project: tri(params.get('project')), active: tri(params.get('active')), gone: tri(params.get('gone')) },
    sort: column,
    dir: dir === 'asc' || dir === 'desc' ? dir : isRepoSortColumn(sort) ? REPO_SORT_COLUMNS[column].defaultDir : DEFAULT_REPOS_STATE.dir,
  };
}

export function formatReposState(state: ReposState): string {
  const params = new URLSearchParams();
  if (state.search) params.set('q', state.search);
  for (const key of Object.keys(REPO_FILTERS) as RepoFilter[]) if (state.filters[key]) params.set(key, state.filters[key]);
  if (state.sort !== DEFAULT_REPOS_STATE.sort || state.dir !== DEFAULT_REPOS_STATE.dir) {
    params.set('sort', state.sort);
    params.set('dir', state.dir);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
