/**
 * Projects leaderboard island (DESIGN §7): search by name or id, sort by each metric column (NULLs
 * last), pony factor 1 flagged, table state kept in the URL query so a view can be shared.
 */
import { useEffect, useState } from 'react';
import { projectHref } from '../lib/site-root.ts';
import {
  DEFAULT_LEADERBOARD_STATE, SORT_COLUMNS, formatLeaderboardState, parseLeaderboardState, readLeaderboard,
  type LeaderboardState, type SortColumn,
} from '../queries/leaderboard.ts';
import { AtlasGate } from './AtlasGate.tsx';
import { DataState } from './DataState.tsx';
import { formatCount, formatDecimal, formatUsd } from './format.ts';
import { PonyFactor, StatusText } from './StatusText.tsx';
import { useAtlasData } from './use-atlas-data.ts';

const NUMERIC: ReadonlySet<SortColumn> = new Set(['criticality', 'criticality_repo_sum', 'pony_factor', 'adoption', 'contributors_active_90d', 'repo_count', 'total_awarded_usd']);

function Leaderboard({ rootRel }: { rootRel: string }) {
  const [state, setState] = useState<LeaderboardState>(DEFAULT_LEADERBOARD_STATE);
  const [urlRead, setUrlRead] = useState(false);

  useEffect(() => {
    setState(parseLeaderboardState(window.location.search));
    setUrlRead(true);
    const onPop = () => setState(parseLeaderboardState(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    if (!urlRead) return;
    const query = formatLeaderboardState(state);
    if (query !== window.location.search) window.history.replaceState(null, '', `${window.location.pathname}${query}${window.location.hash}`);
  }, [state, urlRead]);

  const rows = useAtlasData((atlas) => readLeaderboard(atlas, state), [state.search, state.sort, state.dir], { keepPrevious: true });

  const sortBy = (column: SortColumn) =>
    setState((s) => ({ ...s, sort: column, dir: s.sort === column ? (s.dir === 'asc' ? 'desc' : 'asc') : SORT_COLUMNS[column].defaultDir }));

  return (
    <>
      <form className="toolbar" role="search" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="project-search">Search projects</label>
        <input id="project-search" type="search" placeholder="Name or id" value={state.search} onChange={(e) => setState((s) => ({ ...s, search: e.target.value }))} />
      </form>
      <DataState data={rows}>
        {(list) => (
          <>
            <p role="status" data-testid="result-count">{list.length} {list.length === 1 ? 'project' : 'projects'}</p>
            <div className="table-wrap">
              <table data-testid="leaderboard">
                <caption className="visually-hidden">Projects, sorted by {SORT_COLUMNS[state.sort].label} ({state.dir === 'asc' ? 'ascending' : 'descending'}); unknown values last</caption>
                <thead>
                  <tr>
                    {(Object.keys(SORT_COLUMNS) as SortColumn[]).map((column) => (
                      <th key={column} scope="col" className={NUMERIC.has(column) ? 'num' : undefined}
                        aria-sort={state.sort === column ? (state.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
                        <button type="button" className="sort" data-sort={column} onClick={() => sortBy(column)}>
                          {SORT_COLUMNS[column].label}
                          <span aria-hidden="true">{state.sort === column ? (state.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                        </button>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {list.map((p) => (
                    <tr key={p.project_id} data-project-id={p.project_id}>
                      <th scope="row"><a href={projectHref(rootRel, p.project_id)}>{p.name}</a></th>
                      <td><StatusText status={p.activity_status} /></td>
                      <td className="num">{formatCount(p.criticality)}</td>
                      <td className="num">{formatCount(p.criticality_repo_sum)}</td>
                      <td className="num"><PonyFactor value={p.pony_factor} /></td>
                      <td className="num">{formatDecimal(p.adoption)}{p.adoption_repos ? <span className="muted"> ({p.adoption_repos})</span> : null}</td>
                      <td className="num">{formatCount(p.contributors_active_90d)}</td>
                      <td className="num">{formatCount(p.repo_count)}</td>
                      <td className="num">{formatUsd(p.total_awarded_usd)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {list.length === 0 ? <p>No project matches “{state.search}”.</p> : null}
          </>
        )}
      </DataState>
    </>
  );
}

export default function ProjectsLeaderboard({ rootRel }: { rootRel: string }) {
  return (
    <AtlasGate>
      <Leaderboard rootRel={rootRel} />
    </AtlasGate>
  );
}
