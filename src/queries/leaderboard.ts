/**
 * The projects leaderboard query (DESIGN §7): search by name or id, sort by any metric column with
 * NULLs last, stable ties. Column names come from a fixed list, never from user input directly.
 */
import type { AtlasQuery } from '../lib/query-seam.ts';

export interface LeaderboardRow {
  project_id: string;
  name: string;
  activity_status: string;
  category: string | null;
  criticality: number | null;
  criticality_repo_sum: number | null;
  pony_factor: number | null;
  adoption: number | null;
  adoption_repos: number | null;
  contributors_active_90d: number | null;
  repo_count: number;
  total_awarded_usd: number | null;
}

/** Sortable columns with their header text and default direction (bigger first, except pony factor). */
export const SORT_COLUMNS = {
  name: { label: 'Project', defaultDir: 'asc' },
  activity_status: { label: 'Status', defaultDir: 'asc' },
  criticality: { label: 'Criticality', defaultDir: 'desc' },
  criticality_repo_sum: { label: 'Criticality (repo sum)', defaultDir: 'desc' },
  pony_factor: { label: 'Pony factor', defaultDir: 'asc' },
  adoption: { label: 'Adoption', defaultDir: 'desc' },
  contributors_active_90d: { label: 'Active contributors (90 d)', defaultDir: 'desc' },
  repo_count: { label: 'Repos', defaultDir: 'desc' },
  total_awarded_usd: { label: 'SCF awarded', defaultDir: 'desc' },
} as const;

export type SortColumn = keyof typeof SORT_COLUMNS;
export type SortDir = 'asc' | 'desc';

export interface LeaderboardState {
  search: string;
  sort: SortColumn;
  dir: SortDir;
}

export const DEFAULT_LEADERBOARD_STATE: LeaderboardState = { search: '', sort: 'criticality', dir: 'desc' };

export function isSortColumn(value: string | null): value is SortColumn {
  return value !== null && Object.hasOwn(SORT_COLUMNS, value);
}

/** SQL for one table state; NULLs sort last in both directions; ties by name then id. */
export function leaderboardSql(sort: SortColumn, dir: SortDir): string {
  const direction = dir === 'asc' ? 'ASC' : 'DESC';
  const collate = sort === 'name' || sort === 'activity_status' ? ' COLLATE NOCASE' : '';
  return `SELECT project_id, name, activity_status, category, criticality, criticality_repo_sum, pony_factor, adoption,
                 adoption_repos, contributors_active_90d, repo_count, total_awarded_usd
          FROM projects
          WHERE (? = '' OR instr(lower(name), lower(?)) > 0 OR instr(lower(project_id), lower(?)) > 0)
          ORDER BY ${sort} IS NULL, ${sort}${collate} ${direction}, name COLLATE NOCASE ASC, project_id ASC`;
}

export function readLeaderboard(atlas: AtlasQuery, state: LeaderboardState): Promise<LeaderboardRow[]> {
  const search = state.search.trim();
  return atlas.query<LeaderboardRow>(leaderboardSql(state.sort, state.dir), [search, search, search]);
}

/** Table state from a URL query string (unknown values fall back to the defaults). */
export function parseLeaderboardState(search: string): LeaderboardState {
  const params = new URLSearchParams(search);
  const sort = params.get('sort');
  const dir = params.get('dir');
  const column = isSortColumn(sort) ? sort : DEFAULT_LEADERBOARD_STATE.sort;
  return {
    search: params.get('q') ?? '',
    sort: column,
    dir: dir === 'asc' || dir === 'desc' ? dir : isSortColumn(sort) ? SORT_COLUMNS[column].defaultDir : DEFAULT_LEADERBOARD_STATE.dir,
  };
}

/** The URL query string for a table state (defaults omitted). */
export function formatLeaderboardState(state: LeaderboardState): string {
  const params = new URLSearchParams();
  if (state.search) params.set('q', state.search);
  if (state.sort !== DEFAULT_LEADERBOARD_STATE.sort || state.dir !== DEFAULT_LEADERBOARD_STATE.dir) {
    params.set('sort', state.sort);
    params.set('dir', state.dir);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
