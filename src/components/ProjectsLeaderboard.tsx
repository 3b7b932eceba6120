/**
 * Projects leaderboard island (DESIGN §7 Projects leaderboard): search, filters (status, type,
 * category, pony-factor and criticality buckets, risk flags), sort by every metric column (NULLs
 * last), PF 1 flagged in red with text, a definition for every column, CSV export of exactly the
 * rows on screen, and the whole table state in the URL so a view can be shared.
 */
import { useState } from 'react';
import { projectHref } from '../lib/site-root.ts';
import {
  DEFAULT_LEADERBOARD_STATE, RISK_FLAGS, SORT_COLUMNS, STATUS_FILTERS, formatLeaderboardState, parseLeaderboardState, readLeaderboard,
  readLeaderboardOptions, type LeaderboardRow, type LeaderboardState, type RiskFlag, type SortColumn,
} from '../queries/leaderboard.ts';
import { CRITICALITY_BUCKETS, PONY_BUCKETS } from '../queries/risk-buckets.ts';
import { AtlasGate } from './AtlasGate.tsx';
import { ColumnHeader, ExplainerPanel } from './ColumnHeader.tsx';
import { COLUMN_EXPLAINERS } from './column-explainers.ts';
import { downloadCsv, toCsv, type CsvColumn } from './csv-export.ts';
import { DataState } from './DataState.tsx';
import { formatCount, formatDecimal, formatUsd, statusLabel } from './format.ts';
import { PonyFactor, StatusText } from './StatusText.tsx';
import { useAtlasData } from './use-atlas-data.ts';
import { useUrlState } from './use-url-state.ts';

const NUMERIC: ReadonlySet<SortColumn> = new Set(['criticality', 'criticality_pct', 'criticality_repo_sum', 'direct_dependents', 'pony_factor', 'adoption', 'contributors_active_90d', 'repo_count', 'total_awarded_usd']);
const STATUS_FILTER_LABELS: Record<string, string> = { active: 'Active (live or in development)' };
const EXPLAINER_ID = 'leaderboard-explainer';
/** File name of the CSV export. */
export const LEADERBOARD_CSV_NAME = 'pg-atlas-projects.csv';

/** Columns of the CSV export: ids and raw values (not display formatting), one per table column. */
export const LEADERBOARD_CSV_COLUMNS: CsvColumn<LeaderboardRow>[] = [
  { header: 'project_id', value: (r) => r.project_id },
  { header: 'name', value: (r) => r.name },
  { header: 'type', value: (r) => r.type },
  { header: 'activity_status', value: (r) => r.activity_status },
  { header: 'category', value: (r) => r.category },
  { header: 'criticality', value: (r) => r.criticality },
  { header: 'criticality_pct', value: (r) => r.criticality_pct },
  { header: 'criticality_repo_sum', value: (r) => r.criticality_repo_sum },
  { header: 'direct_dependents', value: (r) => r.direct_dependents },
  { header: 'pony_factor', value: (r) => r.pony_factor },
  { header: 'adoption', value: (r) => r.adoption },
  { header: 'adoption_repos', value: (r) => r.adoption_repos },
  { header: 'contributors_active_90d', value: (r) => r.contributors_active_90d },
  { header: 'repo_count', value: (r) => r.repo_count },
  { header: 'total_awarded_usd', value: (r) => r.total_awarded_usd },
];

function Filters({ state, update }: { state: LeaderboardState; update: (u: (s: LeaderboardState) => LeaderboardState) => void }) {
  const options = useAtlasData(readLeaderboardOptions, []);
  const set = <K extends keyof LeaderboardState>(key: K, value: LeaderboardState[K]) => update((s) => ({ ...s, [key]: value }));
  const toggleFlag = (flag: RiskFlag, on: boolean) => update((s) => ({ ...s, flags: on ? [...new Set([...s.flags, flag])].sort() : s.flags.filter((f) => f !== flag) }));
  const types = options.status === 'ready' ? options.data.types : [];
  const categories = options.status === 'ready' ? options.data.categories : [];
  // A value from the URL that the data does not list stays selectable, so the control shows the truth.
  const withCurrent = (list: string[], current: string) => (current && !list.includes(current) ? [...list, current] : list);
  return (
    <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filter projects">
      <div className="field field-search" role="search">
        <label htmlFor="project-search">Search projects</label>
        <input id="project-search" type="search" placeholder="Name or id" value={state.search} onChange={(e) => set('search', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="filter-status">Status</label>
        <select id="filter-status" value={state.status} onChange={(e) => set('status', e.target.value as LeaderboardState['status'])}>
          <option value="">All</option>
          {STATUS_FILTERS.map((s) => <option key={s} value={s}>{STATUS_FILTER_LABELS[s] ?? statusLabel(s)}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-type">Type</label>
        <select id="filter-type" value={state.type} onChange={(e) => set('type', e.target.value)}>
          <option value="">All</option>
          {withCurrent(types, state.type).map((t) => <option key={t} value={t}>{t}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-category">Category</label>
        <select id="filter-category" value={state.category} onChange={(e) => set('category', e.target.value)}>
          <option value="">All</option>
          {withCurrent(categories, state.category).map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-pony">Pony factor</label>
        <select id="filter-pony" value={state.pony} onChange={(e) => set('pony', e.target.value)}>
          <option value="">All</option>
          {PONY_BUCKETS.map((b) => <option key={b.id} value={b.id}>{b.label}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-crit">Criticality</label>
        <select id="filter-crit" value={state.crit} onChange={(e) => set('crit', e.target.value)}>
          <option value="">All</option>
          {CRITICALITY_BUCKETS.map((b) => <option key={b.id} value={b.id}>{b.label}</option>)}
        </select>
      </div>
      <fieldset className="field flags">
        <legend>Risk flags</legend>
        {(Object.keys(RISK_FLAGS) as RiskFlag[]).map((flag) => (
          <label key={flag}>
            <input type="checkbox" name="flag" value={flag} checked={state.flags.includes(flag)} onChange={(e) => toggleFlag(flag, e.target.checked)} /> {RISK_FLAGS[flag].label}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <button type="button" onClick={() => update((s) => ({ ...DEFAULT_LEADERBOARD_STATE, sort: s.sort, dir: s.dir }))}>Clear filters</button>
      </div>
    </form>
  );
}

function Leaderboard({ rootRel }: { rootRel: string }) {
  const [state, setState] = useUrlState(parseLeaderboardState, formatLeaderboardState, DEFAULT_LEADERBOARD_STATE);
  const [explained, setExplained] = useState<SortColumn | null>(null);
  const rows = useAtlasData((atlas) => readLeaderboard(atlas, state), [state], { keepPrevious: true });

  const sortBy = (column: SortColumn) =>
    setState((s) => ({ ...s, sort: column, dir: s.sort === column ? (s.dir === 'asc' ? 'desc' : 'asc') : SORT_COLUMNS[column].defaultDir }));
  const sorted = (column: SortColumn) => (state.sort === column ? (state.dir === 'asc' ? 'ascending' : 'descending') : 'none');

  return (
    <>
      <Filters state={state} update={setState} />
      <details className="definitions">
        <summary>What the columns mean</summary>
        <dl>
          {(Object.keys(SORT_COLUMNS) as SortColumn[]).map((column) => (
            <div key={column}><dt>{SORT_COLUMNS[column].label}</dt><dd>{COLUMN_EXPLAINERS[column]}</dd></div>
          ))}
        </dl>
      </details>
      <DataState data={rows}>
        {(list) => (
          <>
            <div className="toolbar">
              <p role="status" data-testid="result-count">{list.length} {list.length === 1 ? 'project' : 'projects'}</p>
              <button type="button" data-testid="csv-export" onClick={() => downloadCsv(LEADERBOARD_CSV_NAME, toCsv(LEADERBOARD_CSV_COLUMNS, list))}>
                Download CSV <span className="visually-hidden">of the {list.length} projects shown</span>
              </button>
            </div>
            <ExplainerPanel id={EXPLAINER_ID} label={explained ? SORT_COLUMNS[explained].label : null} text={explained ? COLUMN_EXPLAINERS[explained] : null} onClose={() => setExplained(null)} />
            <div className="table-wrap">
              <table data-testid="leaderboard">
                <caption className="visually-hidden">Projects, sorted by {SORT_COLUMNS[state.sort].label} ({state.dir === 'asc' ? 'ascending' : 'descending'}); unknown values last</caption>
                <thead>
                  <tr>
                    {(Object.keys(SORT_COLUMNS) as SortColumn[]).map((column) => (
                      <ColumnHeader key={column} column={column} label={SORT_COLUMNS[column].label} numeric={NUMERIC.has(column)} sorted={sorted(column)}
                        explained={explained === column} panelId={EXPLAINER_ID} onSort={() => sortBy(column)} onExplain={() => setExplained((c) => (c === column ? null : column))} />
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {list.map((p) => (
                    <tr key={p.project_id} data-project-id={p.project_id}>
                      <th scope="row"><a href={projectHref(rootRel, p.project_id)}>{p.name}</a>{p.type === 'public-good' ? <span className="tag">public good</span> : null}</th>
                      <td><StatusText status={p.activity_status} /></td>
                      <td>{p.category ?? '—'}</td>
                      <td className="num">{formatCount(p.criticality)}</td>
                      <td className="num">{formatDecimal(p.criticality_pct, 1)}</td>
                      <td className="num">{formatCount(p.criticality_repo_sum)}</td>
                      <td className="num">{formatCount(p.direct_dependents)}</td>
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
            {list.length === 0 ? <p>No project matches these filters{state.search ? <> and “{state.search}”</> : null}.</p> : null}
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
