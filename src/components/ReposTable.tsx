/**
 * Repos table island (DESIGN §7 "Repos table"): every in-ecosystem repo with search, yes/no filters
 * (has a project, active, archived or unreachable), sort by every metric (NULLs last), a definition
 * for every column, CSV export of the rows shown, and the table state in the URL.
 */
import { useState } from 'react';
import { projectHref, repoHref } from '../lib/site-root.ts';
import {
  DEFAULT_REPOS_STATE, REPO_FILTERS, REPO_SORT_COLUMNS, formatReposState, parseReposState, readRepos,
  type RepoFilter, type RepoRow, type RepoSortColumn, type ReposState, type TriState,
} from '../queries/repos.ts';
import { AtlasGate } from './AtlasGate.tsx';
import { ColumnHeader, ExplainerPanel } from './ColumnHeader.tsx';
import { COLUMN_EXPLAINERS } from './column-explainers.ts';
import { downloadCsv, toCsv, type CsvColumn } from './csv-export.ts';
import { DataState } from './DataState.tsx';
import { formatCount, formatDate, formatDecimal } from './format.ts';
import { PonyFactor } from './StatusText.tsx';
import { useAtlasData } from './use-atlas-data.ts';
import { useUrlState } from './use-url-state.ts';

const EXPLAINER_ID = 'repos-explainer';
const TEXT_COLUMNS: ReadonlySet<RepoSortColumn> = new Set(['full_name', 'project_name']);
/** Which definition explains each column. */
const EXPLAINER_KEY: Record<RepoSortColumn, string> = {
  full_name: 'full_name', project_name: 'project', criticality: 'repo_criticality', direct_dependents: 'repo_direct_dependents',
  pony_factor: 'repo_pony_factor', contributors_total: 'contributors_total', adoption: 'repo_adoption', stars: 'stars',
  downloads_30d: 'downloads_30d', latest_commit_at: 'latest_commit_at',
};
export const REPOS_CSV_NAME = 'pg-atlas-repos.csv';

export const REPOS_CSV_COLUMNS: CsvColumn<RepoRow>[] = [
  { header: 'repo_id', value: (r) => r.repo_id },
  { header: 'full_name', value: (r) => r.full_name },
  { header: 'project_id', value: (r) => r.project_id },
  { header: 'project_name', value: (r) => r.project_name },
  { header: 'is_active', value: (r) => r.is_active },
  { header: 'archived', value: (r) => r.archived },
  { header: 'unreachable', value: (r) => r.unreachable },
  { header: 'criticality', value: (r) => r.criticality },
  { header: 'direct_dependents', value: (r) => r.direct_dependents },
  { header: 'pony_factor', value: (r) => r.pony_factor },
  { header: 'contributors_total', value: (r) => r.contributors_total },
  { header: 'adoption', value: (r) => r.adoption },
  { header: 'adoption_signals', value: (r) => r.adoption_signals },
  { header: 'stars', value: (r) => r.stars },
  { header: 'downloads_30d', value: (r) => r.downloads_30d },
  { header: 'latest_commit_at', value: (r) => r.latest_commit_at },
];

function Table({ rootRel }: { rootRel: string }) {
  const [state, setState] = useUrlState(parseReposState, formatReposState, DEFAULT_REPOS_STATE);
  const [explained, setExplained] = useState<RepoSortColumn | null>(null);
  const rows = useAtlasData((atlas) => readRepos(atlas, state), [state], { keepPrevious: true });
  const sortBy = (column: RepoSortColumn) =>
    setState((s) => ({ ...s, sort: column, dir: s.sort === column ? (s.dir === 'asc' ? 'desc' : 'asc') : REPO_SORT_COLUMNS[column].defaultDir }));
  const setFilter = (key: RepoFilter, value: TriState) => setState((s: ReposState) => ({ ...s, filters: { ...s.filters, [key]: value } }));
  const columns = Object.keys(REPO_SORT_COLUMNS) as RepoSortColumn[];

  return (
    <>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filter repos">
        <div className="field field-search" role="search">
          <label htmlFor="repo-search">Search repos</label>
          <input id="repo-search" type="search" placeholder="owner/name, id or project" value={state.search} onChange={(e) => setState((s) => ({ ...s, search: e.target.value }))} />
        </div>
        {(Object.keys(REPO_FILTERS) as RepoFilter[]).map((key) => (
          <div className="field" key={key}>
            <label htmlFor={`repo-filter-${key}`}>{REPO_FILTERS[key].label}</label>
            <select id={`repo-filter-${key}`} value={state.filters[key]} onChange={(e) => setFilter(key, e.target.value as TriState)}>
              <option value="">Any</option>
              <option value="yes">Yes</option>
              <option value="no">No</option>
            </select>
          </div>
        ))}
      </form>
      <DataState data={rows}>
        {(list) => (
          <>
            <div className="toolbar">
              <p role="status" data-testid="result-count">{list.length} {list.length === 1 ? 'repo' : 'repos'}</p>
              <button type="button" data-testid="csv-export" onClick={() => downloadCsv(REPOS_CSV_NAME, toCsv(REPOS_CSV_COLUMNS, list))}>
                Download CSV <span className="visually-hidden">of the {list.length} repos shown</span>
              </button>
            </div>
            <ExplainerPanel id={EXPLAINER_ID} label={explained ? REPO_SORT_COLUMNS[explained].label : null} text={explained ? COLUMN_EXPLAINERS[EXPLAINER_KEY[explained]] : null} onClose={() => setExplained(null)} />
            <div className="table-wrap">
              <table data-testid="repos">
                <caption className="visually-hidden">Repos, sorted by {REPO_SORT_COLUMNS[state.sort].label} ({state.dir === 'asc' ? 'ascending' : 'descending'}); unknown values last</caption>
                <thead>
                  <tr>
                    {columns.map((column) => (
                      <ColumnHeader key={column} column={column} label={REPO_SORT_COLUMNS[column].label} numeric={!TEXT_COLUMNS.has(column) && column !== 'latest_commit_at'}
                        sorted={state.sort === column ? (state.dir === 'asc' ? 'ascending' : 'descending') : 'none'} explained={explained === column} panelId={EXPLAINER_ID}
                        onSort={() => sortBy(column)} onExplain={() => setExplained((c) => (c === column ? null : column))} />
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {list.map((r) => (
                    <tr key={r.repo_id} data-repo-id={r.repo_id}>
                      <th scope="row">
                        <a href={repoHref(rootRel, r.repo_id)}>{r.full_name}</a>
                        {r.archived ? <span className="tag">archived</span> : null}
                        {r.unreachable ? <span className="tag risk">unreachable</span> : null}
                        {r.is_active ? null : <span className="tag">inactive</span>}
                      </th>
                      <td>{r.project_id ? <a href={projectHref(rootRel, r.project_id)}>{r.project_name ?? r.project_id}</a> : <span className="muted">none</span>}</td>
                      <td className="num">{formatCount(r.criticality)}</td>
                      <td className="num">{formatCount(r.direct_dependents)}</td>
                      <td className="num"><PonyFactor value={r.pony_factor} /></td>
                      <td className="num">{formatCount(r.contributors_total)}</td>
                      <td className="num">{formatDecimal(r.adoption)}{r.adoption !== null ? <span className="muted"> ({r.adoption_signals})</span> : null}</td>
                      <td className="num">{formatCount(r.stars)}</td>
                      <td className="num">{formatCount(r.downloads_30d)}</td>
                      <td>{formatDate(r.latest_commit_at)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {list.length === 0 ? <p>No repo matches these filters.</p> : null}
          </>
        )}
      </DataState>
    </>
  );
}

export default function ReposTable({ rootRel }: { rootRel: string }) {
  return (
    <AtlasGate>
      <Table rootRel={rootRel} />
    </AtlasGate>
  );
}
