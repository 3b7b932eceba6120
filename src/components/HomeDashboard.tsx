/**
 * Home page island (DESIGN §7 Home): headline counts with the data date, the ten most critical
 * projects, the pony-factor risk distribution and activity-status breakdown, dependency coverage,
 * the criticality × pony-factor risk grid (each cell opens the filtered leaderboard) and the
 * provenance and freshness of every source.
 */
import { href, projectHref } from '../lib/site-root.ts';
import {
  readDependencyCoverage, readHeadlineCounts, readPonyDistribution, readRiskMatrix, readSourceStatus, readStatusBreakdown, readTopCritical,
  type DependencyCoverage, type HeadlineCounts, type RiskMatrix,
} from '../queries/home.ts';
import { leaderboardQueryFor, type LeaderboardState } from '../queries/leaderboard.ts';
import { AtlasGate } from './AtlasGate.tsx';
import { BarList } from './BarList.tsx';
import { DataState } from './DataState.tsx';
import { formatCount, formatDate, formatDecimal } from './format.ts';
import { SourceState } from './SourceState.tsx';
import { PonyFactor, StatusText } from './StatusText.tsx';
import { useAtlasData } from './use-atlas-data.ts';

/** Grid cells flagged as the highest risk: critical (top buckets) and carried by one person. */
const HIGH_RISK_ROWS = new Set(['top', 'high']);
const HIGH_RISK_COLUMN = '1';

function leaderboardLink(rootRel: string, query: Parameters<typeof leaderboardQueryFor>[0]): string {
  return href(rootRel, `projects/${leaderboardQueryFor(query)}`);
}

function Counts({ counts }: { counts: HeadlineCounts }) {
  return (
    <section aria-labelledby="counts-heading">
      <h2 id="counts-heading">Ecosystem at a glance</h2>
      <p>Data as of <time dateTime={counts.snapshot_as_of} data-testid="data-date">{formatDate(counts.snapshot_as_of)}</time>.</p>
      <dl className="stats">
        <div><dt>Projects</dt><dd data-testid="count-projects">{formatCount(counts.project_count)}</dd></div>
        <div><dt>Active projects</dt><dd data-testid="count-active-projects">{formatCount(counts.active_project_count)}</dd></div>
        <div><dt>Repositories</dt><dd data-testid="count-repos">{formatCount(counts.repo_count)}</dd></div>
        <div><dt>External packages</dt><dd data-testid="count-external">{formatCount(counts.external_package_count)}</dd></div>
        <div><dt>Dependency edges</dt><dd data-testid="count-edges">{formatCount(counts.edge_count)}</dd></div>
        <div><dt>Contributors active 30 d</dt><dd data-testid="count-active-30d">{formatCount(counts.active_contributors_30d)}</dd></div>
        <div><dt>Contributors active 90 d</dt><dd data-testid="count-active-90d">{formatCount(counts.active_contributors_90d)}</dd></div>
      </dl>
    </section>
  );
}

function Coverage({ pct, coverage }: { pct: number | null; coverage: DependencyCoverage | undefined }) {
  return (
    <section aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">Dependency coverage</h2>
      <p data-testid="coverage">
        <strong className="big" data-testid="coverage-pct">{pct === null ? '—' : `${formatDecimal(pct, 1)}%`}</strong>{' '}
        of active repos have dependency data (manifest, SBOM or registry)
        {coverage ? <>: <span data-testid="coverage-with">{formatCount(coverage.with_data)}</span> of <span data-testid="coverage-active">{formatCount(coverage.active)}</span>.</> : '.'}
      </p>
      {pct !== null ? <span className="bar-track wide" aria-hidden="true"><span className="bar-fill" style={{ width: `${Math.min(100, pct)}%` }} /></span> : null}
      <p className="muted">Repos without dependency data cannot add edges, so criticality may be understated where coverage is low.</p>
    </section>
  );
}

function RiskGrid({ matrix, rootRel }: { matrix: RiskMatrix; rootRel: string }) {
  return (
    <section aria-labelledby="risk-heading">
      <h2 id="risk-heading">Criticality × pony factor</h2>
      <p>Active projects by how much of the ecosystem depends on them (rows) and how few people carry them (columns). Cells marked <span className="risk">⚠ high risk</span> are critical projects with a pony factor of 1. Each number opens the matching projects.</p>
      <div className="table-wrap">
        <table className="risk-grid" data-testid="risk-grid">
          <caption className="visually-hidden">Active projects per criticality bucket and pony-factor bucket</caption>
          <thead>
            <tr><th scope="col">Criticality \ Pony factor</th>{matrix.columns.map((c) => <th key={c.id} scope="col" className="num">{c.label}</th>)}</tr>
          </thead>
          <tbody>
            {matrix.rows.map((row, r) => (
              <tr key={row.id} data-crit={row.id}>
                <th scope="row">{row.label}</th>
                {matrix.columns.map((col, c) => {
                  const count = matrix.counts[r][c];
                  const hot = HIGH_RISK_ROWS.has(row.id) && col.id === HIGH_RISK_COLUMN;
                  return (
                    <td key={col.id} className={`num${hot ? ' hot' : ''}`} data-pf={col.id} data-count={count}>
                      {count > 0 ? <a href={leaderboardLink(rootRel, { status: 'active', crit: row.id, pony: col.id })}>{formatCount(count)}</a> : <span className="muted">0</span>}
                      {hot ? <span className="risk"> ⚠<span className="visually-hidden"> high risk</span></span> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Dashboard({ rootRel }: { rootRel: string }) {
  const data = useAtlasData(async (atlas) => ({
    counts: await readHeadlineCounts(atlas),
    top: await readTopCritical(atlas),
    pony: await readPonyDistribution(atlas),
    statuses: await readStatusBreakdown(atlas),
    coverage: await readDependencyCoverage(atlas),
    matrix: await readRiskMatrix(atlas),
    sources: await readSourceStatus(atlas),
  }), []);
  return (
    <DataState data={data}>
      {({ counts, top, pony, statuses, coverage, matrix, sources }) => (
        <>
          {counts ? <Counts counts={counts} /> : <p className="notice">The atlas has no metadata row.</p>}
          <section aria-labelledby="top-heading">
            <h2 id="top-heading">Most critical projects</h2>
            <p className="muted">Projects that others in the active ecosystem depend on, directly or transitively (projects with no dependents are not listed).</p>
            {top.length === 0 ? (
              <p>No project has dependents in the active subgraph yet.</p>
            ) : (
              <div className="table-wrap">
                <table data-testid="top-critical">
                  <thead>
                    <tr><th scope="col">#</th><th scope="col">Project</th><th scope="col">Status</th><th scope="col" className="num">Criticality</th><th scope="col" className="num">Repo sum</th><th scope="col" className="num">Pony factor</th><th scope="col" className="num">Adoption</th></tr>
                  </thead>
                  <tbody>
                    {top.map((p, i) => (
                      <tr key={p.project_id} data-project-id={p.project_id}>
                        <td>{i + 1}</td>
                        <th scope="row"><a href={projectHref(rootRel, p.project_id)}>{p.name}</a></th>
                        <td><StatusText status={p.activity_status} /></td>
                        <td className="num">{formatCount(p.criticality)}</td>
                        <td className="num">{formatCount(p.criticality_repo_sum)}</td>
                        <td className="num"><PonyFactor value={p.pony_factor} /></td>
                        <td className="num">{formatDecimal(p.adoption)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <p><a href={href(rootRel, 'projects/')}>All projects</a></p>
          </section>
          <div className="columns">
            <section aria-labelledby="pony-heading">
              <h2 id="pony-heading">Pony-factor risk</h2>
              <p className="muted">Active projects by pony factor: how few people make up half of the commits of the last 24 months.</p>
              <BarList testId="pony-distribution" unit="active projects"
                bars={pony.map((b) => ({ key: b.id, label: b.id === '1' ? <span className="risk">PF 1 (one person)</span> : `PF ${b.label}`, count: b.count, href: leaderboardLink(rootRel, { status: 'active', pony: b.id }) }))} />
            </section>
            <section aria-labelledby="status-heading">
              <h2 id="status-heading">Activity status</h2>
              <p className="muted">All projects by activity status, after the git-activity cascade.</p>
              <BarList testId="status-breakdown" unit="projects"
                bars={statuses.map((s) => ({ key: s.status, label: <StatusText status={s.status} />, count: s.count, href: leaderboardLink(rootRel, { status: s.status as LeaderboardState['status'] }) }))} />
            </section>
          </div>
          <Coverage pct={counts?.dependency_coverage_pct ?? null} coverage={coverage} />
          <RiskGrid matrix={matrix} rootRel={rootRel} />
          <section aria-labelledby="sources-heading">
            <h2 id="sources-heading">Sources and freshness</h2>
            {sources.length === 0 ? <p>The atlas records no source status.</p> : (
              <div className="table-wrap">
                <table data-testid="sources">
                  <thead><tr><th scope="col">Source</th><th scope="col">State</th><th scope="col">Retrieved</th><th scope="col" className="num">Records</th><th scope="col" className="num">Warnings</th></tr></thead>
                  <tbody>
                    {sources.map((s) => (
                      <tr key={s.source} data-source={s.source}>
                        <th scope="row">{s.source}</th>
                        <td><SourceState state={s.state} /></td>
                        <td>{formatDate(s.retrieved_at)}</td>
                        <td className="num">{formatCount(s.records)}</td>
                        <td className="num">{formatCount(s.warnings)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <p><a href={href(rootRel, 'status/')}>Build status, errors and data-quality warnings</a></p>
          </section>
        </>
      )}
    </DataState>
  );
}

export default function HomeDashboard({ rootRel }: { rootRel: string }) {
  return (
    <AtlasGate>
      <Dashboard rootRel={rootRel} />
    </AtlasGate>
  );
}
