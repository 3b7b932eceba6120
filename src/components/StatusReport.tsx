/**
 * Status page island (DESIGN §7 "Status", §9): build and snapshot dates with the data's age on the
 * visitor's clock (stale beyond STALE_AFTER_DAYS), counts, per-source status and errors, data-quality
 * warnings grouped by source and searchable, and unresolved items. Counts of a previous build are
 * not part of atlas.sqlite, so the page says the comparison is unavailable instead of guessing.
 */
import { useEffect, useState } from 'react';
import { repoHref } from '../lib/site-root.ts';
import {
  STALE_AFTER_DAYS, dataAgeDays, isStale, readMeta, readSourceStatus, readUnresolved, readWarningCounts, readWarnings,
  type MetaRow, type UnassignedRepo,
  parsePreviousBuild,
  PREVIOUS_COUNT_KEYS,
} from '../queries/status.ts';
import { AtlasGate } from './AtlasGate.tsx';
import { DataState } from './DataState.tsx';
import { formatCount, formatDate, formatDecimal, formatUsd, jsonList } from './format.ts';
import { SourceState } from './SourceState.tsx';
import { useAtlasData } from './use-atlas-data.ts';

/** Warnings listed before "Show all" (keeps the page light when a build raises thousands). */
export const WARNINGS_SHOWN = 50;

function Freshness({ meta }: { meta: MetaRow }) {
  // The visitor's clock, read after hydration: the static HTML cannot know today's date.
  const [now, setNow] = useState<Date | null>(null);
  useEffect(() => setNow(new Date()), []);
  const age = now ? dataAgeDays(meta.snapshot_as_of, now) : null;
  const stale = isStale(age);
  return (
    <section aria-labelledby="fresh-heading">
      <h2 id="fresh-heading">Freshness</h2>
      <dl className="stats">
        <div><dt>Snapshot date</dt><dd data-testid="status-snapshot">{formatDate(meta.snapshot_as_of)}</dd></div>
        <div><dt>Age on your clock</dt><dd data-testid="data-age">{age === null ? '—' : `${age} ${Math.abs(age) === 1 ? 'day' : 'days'}`}</dd></div>
        <div><dt>Build version</dt><dd className="mono">{meta.build_version}</dd></div>
        <div><dt>Schema · definitions</dt><dd className="mono">{meta.schema_version} · {meta.definitions_version}</dd></div>
      </dl>
      {stale ? (
        <p className="notice notice-error" data-testid="stale-flag"><strong>⚠ Stale data:</strong> the snapshot is {age} days old, more than {STALE_AFTER_DAYS} days. Scheduled rebuilds may have stopped.</p>
      ) : age !== null ? (
        <p data-testid="fresh-flag">Fresh: within {STALE_AFTER_DAYS} days of the snapshot date.</p>
      ) : null}
      {meta.is_sample ? <p className="notice">This build uses <strong>sample data</strong>, not a real snapshot.</p> : null}
      <p className="muted">The deploy also publishes <code>health.json</code> at the site root (build time, snapshot date, source states) for monitors.</p>
    </section>
  );
}

/** "+3", "−2" or "0": a change in words and sign, not colour. */
function signedCount(delta: number): string {
  if (delta === 0) return '0';
  return `${delta > 0 ? '+' : '−'}${formatCount(Math.abs(delta))}`;
}

function Counts({ meta }: { meta: MetaRow }) {
  const previous = parsePreviousBuild(meta.previous_build);
  const rows: [string, string, number | null][] = [
    ['Projects', 'project_count', meta.project_count],
    ['Active projects', 'active_project_count', meta.active_project_count],
    ['Repos', 'repo_count', meta.repo_count],
    ['Active repos', 'active_repo_count', meta.active_repo_count],
    ['External packages', 'external_package_count', meta.external_package_count],
    ['Dependency edges (all scopes)', 'edge_count', meta.edge_count],
    ['Dependency edges counted by metrics', 'metric_edge_count', meta.metric_edge_count],
    ['Active subgraph size', 'active_subgraph_size', meta.active_subgraph_size],
    ['Contributors (24 months)', 'contributor_count', meta.contributor_count],
    ['Contributors active 30 d', 'active_contributors_30d', meta.active_contributors_30d],
    ['Contributors active 90 d', 'active_contributors_90d', meta.active_contributors_90d],
    ['Data-quality warnings', 'warning_count', meta.warning_count],
  ];
  return (
    <section aria-labelledby="counts-heading">
      <h2 id="counts-heading">Counts</h2>
      {previous ? (
        <p data-testid="previous-build">Compared with the previous build{previous.snapshot_as_of ? <> (data as of <time dateTime={previous.snapshot_as_of}>{previous.snapshot_as_of}</time>)</> : null}: the change is shown beside each count it records.</p>
      ) : (
        <p data-testid="previous-build">Compared with the previous build: <strong>not available</strong>. This build was made without <code>--previous</code>; the deploy’s sanity gate compares builds before publishing.</p>
      )}
      <div className="table-wrap">
        <table data-testid="status-counts">
          <thead><tr><th scope="col">Count</th><th scope="col" className="num">This build</th>{previous ? <><th scope="col" className="num">Previous build</th><th scope="col" className="num">Change</th></> : null}</tr></thead>
          <tbody>
            {rows.map(([label, key, value]) => {
              const before = previous ? previous.counts[PREVIOUS_COUNT_KEYS[key]] ?? null : null;
              return (
                <tr key={key} data-count={key}>
                  <th scope="row">{label}</th>
                  <td className="num">{formatCount(value)}</td>
                  {previous ? <><td className="num" data-previous={key}>{formatCount(before)}</td><td className="num" data-delta={key}>{before === null || value === null ? '—' : signedCount(value - before)}</td></> : null}
                </tr>
              );
            })}
            <tr data-count="dependency_coverage_pct"><th scope="row">Dependency coverage of active repos</th><td className="num">{meta.dependency_coverage_pct === null ? '—' : `${formatDecimal(meta.dependency_coverage_pct, 1)}%`}</td>{previous ? <><td className="num">—</td><td className="num">—</td></> : null}</tr>
          </tbody>
        </table>
      </div>
      <p className="muted">Dependency scopes counted by metrics: {jsonList(meta.metric_scopes).join(', ')}.</p>
    </section>
  );
}

function Sources() {
  const sources = useAtlasData(readSourceStatus, []);
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      <DataState data={sources}>
        {(list) => list.length === 0 ? <p>The atlas records no source status.</p> : (
          <div className="table-wrap">
            <table data-testid="status-sources">
              <thead><tr><th scope="col">Source</th><th scope="col">State</th><th scope="col">Retrieved</th><th scope="col" className="num">Records</th><th scope="col" className="num">Warnings</th><th scope="col">First errors</th></tr></thead>
              <tbody>
                {list.map((s) => {
                  const errors = jsonList(s.errors);
                  return (
                    <tr key={s.source} data-source={s.source}>
                      <th scope="row">{s.source}</th>
                      <td><SourceState state={s.state} /></td>
                      <td>{formatDate(s.retrieved_at)}</td>
                      <td className="num">{formatCount(s.records)}</td>
                      <td className="num">{formatCount(s.warnings)}</td>
                      <td>{errors.length === 0 ? <span className="muted">none</span> : <ul className="errors">{errors.map((e, i) => <li key={i} className="mono">{e}</li>)}</ul>}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </DataState>
      <p className="muted">States: ok; partial (some records failed); failed; stale (the last good data of an earlier snapshot is used); missing.</p>
    </section>
  );
}

function Warnings({ total }: { total: number }) {
  const [source, setSource] = useState('');
  const [search, setSearch] = useState('');
  const [showAll, setShowAll] = useState(false);
  const counts = useAtlasData(readWarningCounts, []);
  const list = useAtlasData((atlas) => readWarnings(atlas, source, search), [source, search], { keepPrevious: true });
  return (
    <section aria-labelledby="warnings-heading">
      <h2 id="warnings-heading">Data-quality warnings</h2>
      <p><span data-testid="warning-total">{formatCount(total)}</span> warnings: records skipped or kept with a caveat, each naming its file and field.</p>
      <DataState data={counts}>
        {(groups) => groups.length === 0 ? <p>No warnings.</p> : (
          <ul className="bars plain" data-testid="warning-groups">
            {groups.map((g) => <li key={g.source} data-source={g.source}><span className="bar-label">{g.source}</span> <span className="bar-value">{formatCount(g.count)}</span></li>)}
          </ul>
        )}
      </DataState>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filter warnings">
        <div className="field">
          <label htmlFor="warning-source">Source</label>
          <select id="warning-source" value={source} onChange={(e) => setSource(e.target.value)}>
            <option value="">All</option>
            {counts.status === 'ready' ? counts.data.map((g) => <option key={g.source} value={g.source}>{g.source}</option>) : null}
          </select>
        </div>
        <div className="field field-search" role="search">
          <label htmlFor="warning-search">Search warnings</label>
          <input id="warning-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="File, field or message" />
        </div>
      </form>
      <DataState data={list}>
        {(rows) => {
          const shown = showAll ? rows : rows.slice(0, WARNINGS_SHOWN);
          return (
            <>
              <p role="status" data-testid="warning-count">{rows.length === shown.length ? `${rows.length} ${rows.length === 1 ? 'warning' : 'warnings'}` : `First ${shown.length} of ${rows.length} warnings`}</p>
              {rows.length > 0 ? (
                <div className="table-wrap">
                  <table data-testid="warnings">
                    <thead><tr><th scope="col">Source</th><th scope="col">File</th><th scope="col">Field</th><th scope="col">Message</th></tr></thead>
                    <tbody>
                      {shown.map((w) => (
                        <tr key={w.seq} data-seq={w.seq}><td>{w.source}</td><td className="mono">{w.file}</td><td className="mono">{w.field ?? '—'}</td><td>{w.message}</td></tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ) : null}
              {rows.length > shown.length ? <button type="button" onClick={() => setShowAll(true)}>Show all {rows.length}</button> : null}
            </>
          );
        }}
      </DataState>
    </section>
  );
}

function RepoList({ repos, rootRel, testId, empty }: { repos: UnassignedRepo[]; rootRel: string; testId: string; empty: string }) {
  if (repos.length === 0) return <p data-testid={testId}>{empty}</p>;
  return <ul className="link-list" data-testid={testId}>{repos.map((r) => <li key={r.repo_id}><a href={repoHref(rootRel, r.repo_id)}>{r.full_name}</a></li>)}</ul>;
}

function UnresolvedItems({ rootRel }: { rootRel: string }) {
  const data = useAtlasData(readUnresolved, []);
  return (
    <section aria-labelledby="unresolved-heading">
      <h2 id="unresolved-heading">Unresolved items</h2>
      <DataState data={data}>
        {({ awards, reposWithoutProject, activeReposWithoutDependencies }) => (
          <div className="columns">
            <div>
              <h3>Award rows without a project (<span data-testid="unresolved-awards-count">{awards.length}</span>)</h3>
              {awards.length === 0 ? <p>Every award row matched a project.</p> : (
                <ul className="link-list" data-testid="unresolved-awards">
                  {awards.map((a) => <li key={a.seq}>{a.project_name} <span className="muted">— {a.round}, {formatUsd(a.awarded_usd)}</span></li>)}
                </ul>
              )}
            </div>
            <div>
              <h3>Repos without a project (<span data-testid="repos-without-project-count">{reposWithoutProject.length}</span>)</h3>
              <RepoList repos={reposWithoutProject} rootRel={rootRel} testId="repos-without-project" empty="Every repo belongs to a project." />
            </div>
            <div>
              <h3>Active repos without dependency data (<span data-testid="repos-without-deps-count">{activeReposWithoutDependencies.length}</span>)</h3>
              <RepoList repos={activeReposWithoutDependencies} rootRel={rootRel} testId="repos-without-deps" empty="Every active repo has dependency data." />
            </div>
          </div>
        )}
      </DataState>
      <p className="muted">Corrections arrive by pull request: see “How to correct data” on the About page.</p>
    </section>
  );
}

function Report({ rootRel }: { rootRel: string }) {
  const meta = useAtlasData(readMeta, []);
  return (
    <DataState data={meta}>
      {(m) => m ? (
        <>
          <Freshness meta={m} />
          <Counts meta={m} />
          <Sources />
          <Warnings total={m.warning_count} />
          <UnresolvedItems rootRel={rootRel} />
        </>
      ) : <p className="notice">The atlas has no metadata row.</p>}
    </DataState>
  );
}

export default function StatusReport({ rootRel }: { rootRel: string }) {
  return (
    <AtlasGate>
      <Report rootRel={rootRel} />
    </AtlasGate>
  );
}
