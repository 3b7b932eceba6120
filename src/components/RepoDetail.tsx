/**
 * Repo page island (DESIGN §7 Repos table and repo page; issue #3): metrics with their inputs,
 * dependencies split in-ecosystem / external with scope, version ranges, provenance and confidence
 * (dev and ci apart from the metric scopes), direct dependents, the transitive blast radius,
 * contributor stats and shares with the monthly commit sparkline, releases, the latest commit,
 * archived / unreachable flags and the packages the repo publishes with their evidence.
 */
import { useEffect } from 'react';
import { href, projectHref, repoHref } from '../lib/site-root.ts';
import { readRepoPage, type RepoPage } from '../queries/repo.ts';
import { AtlasGate } from './AtlasGate.tsx';
import { DataState } from './DataState.tsx';
import { formatCount, formatDate, formatDecimal, formatShare, jsonList } from './format.ts';
import { ContributorShares } from './project/ContributorShares.tsx';
import './project/entity-detail.css';
import { BlastRadius } from './repo/BlastRadius.tsx';
import { DependencyTable } from './repo/DependencyTable.tsx';
import { LogCoverageNote, RepoFlags } from './repo/RepoFlags.tsx';
import { Sparkline } from './Sparkline.tsx';
import { PonyFactor, StatusText } from './StatusText.tsx';
import { useAtlasData } from './use-atlas-data.ts';
import { useQueryId } from './use-query-id.ts';

function Signal({ value, pct }: { value: number | null; pct: number | null }) {
  return <>{formatCount(value)}{value !== null ? <span className="muted"> (percentile {formatDecimal(pct)})</span> : null}</>;
}

function RepoView({ page, rootRel }: { page: RepoPage; rootRel: string }) {
  const { repo: r, dependencies, dependents, transitive, contributors, monthly, releases, aliases } = page;
  useEffect(() => {
    document.title = `${r.full_name} — PG Atlas`;
  }, [r.full_name]);
  const pick = (kind: 'repo' | 'external', metric: boolean) => dependencies.filter((d) => d.to_kind === kind && Boolean(d.in_metric_scope) === metric);
  const ecosystem = pick('repo', true);
  const external = pick('external', true);
  const ecosystemDevCi = pick('repo', false);
  const externalDevCi = pick('external', false);
  return (
    <article data-testid="repo" data-repo-id={r.repo_id}>
      <h1>{r.full_name}</h1>
      <p className="muted mono">{r.repo_id}</p>
      <RepoFlags repo={r} />
      <p data-testid="repo-project">
        {r.project_id
          ? <>Part of <a href={projectHref(rootRel, r.project_id)}>{r.project_name ?? r.project_id}</a> (<StatusText status={r.project_status} />). </>
          : <>Not assigned to a project, so it is not active. </>}
        {r.in_active_subgraph ? 'In the active subgraph.' : 'Outside the active subgraph.'}
      </p>
      {r.description ? <p className="description" data-testid="description">{r.description}</p> : null}
      <p>
        Source: <a href={/^https:\/\//i.test(r.url) ? r.url : undefined} rel="nofollow noopener">{r.url}</a>
        {r.default_branch ? <> · branch <span className="mono">{r.default_branch}</span></> : null}
        {r.latest_version ? <> · latest version <span className="mono">{r.latest_version}</span></> : null}
        {r.license ? <> · licence {r.license}</> : null}
      </p>

      <h2>Metrics</h2>
      <dl className="stats" data-testid="repo-metrics">
        <div><dt>Criticality</dt><dd data-testid="metric-criticality">{formatCount(r.criticality)}</dd><dd className="muted">transitive dependents in the active subgraph</dd></div>
        <div><dt>Blast radius</dt><dd data-testid="metric-transitive">{formatCount(transitive.length)}</dd><dd className="muted">repositories listed below</dd></div>
        <div><dt>Direct dependents</dt><dd>{formatCount(r.direct_dependents)}</dd></div>
        <div><dt>Dependencies</dt><dd>{formatCount(r.dependency_count)}</dd><dd className="muted">{r.has_dependency_data ? `from ${jsonList(r.dependency_sources).join(', ') || 'unknown sources'}` : 'no dependency data'}</dd></div>
        <div><dt>Pony factor</dt><dd data-testid="metric-pony"><PonyFactor value={r.pony_factor} /></dd><dd className="muted">top contributor {formatShare(r.top_contributor_share)}</dd></div>
        <div><dt>Adoption</dt><dd data-testid="metric-adoption">{formatDecimal(r.adoption)}</dd><dd className="muted">{r.adoption_signals ? `based on ${r.adoption_signals} of 3 signals` : 'no signal'}</dd></div>
        <div><dt>Latest commit</dt><dd data-testid="latest-commit">{formatDate(r.latest_commit_at)}</dd><dd className="muted">first {formatDate(r.first_commit_at)}{r.commit_count_all !== null ? `; ${formatCount(r.commit_count_all)} commits in all` : ''}</dd></div>
      </dl>
      <h3>Adoption signals</h3>
      <ul data-testid="adoption-signals">
        <li>Downloads (30 days, summed over published packages): <Signal value={r.downloads_30d} pct={r.downloads_pct} /></li>
        <li>Stars: <Signal value={r.stars} pct={r.stars_pct} /></li>
        <li>Forks: <Signal value={r.forks} pct={r.forks_pct} /></li>
      </ul>

      <h2>Contributors</h2>
      <LogCoverageNote coverage={r.log_coverage} />
      <p data-testid="contributor-stats">
        {formatCount(r.contributors_total)} contributors in the 24-month window, {formatCount(r.contributors_active_30d)} active in the last 30 days and {formatCount(r.contributors_active_90d)} in 90 days;
        {' '}{formatCount(r.commits_window)} commits ({formatCount(r.bot_commits_window)} more by bots, not attributed); top contributor share {formatShare(r.top_contributor_share)}.
      </p>
      <p>Commits per month: <Sparkline points={monthly} label="Commits per month" /></p>
      <ContributorShares contributors={contributors} ponyFactor={r.pony_factor} />

      <h2>Dependencies</h2>
      <p className="muted explain">Scopes runtime, build and unknown count toward the metrics; dev and ci dependencies are listed apart and never count.</p>
      <h3>In the ecosystem ({ecosystem.length})</h3>
      <DependencyTable rows={ecosystem} rootRel={rootRel} testId="deps-ecosystem" empty="No dependency on another tracked repository." />
      <h3>External packages ({external.length})</h3>
      <DependencyTable rows={external} rootRel={rootRel} testId="deps-external" empty="No external package dependency recorded." />
      <details data-testid="deps-devci">
        <summary>Development and CI dependencies — not in metrics ({ecosystemDevCi.length} in the ecosystem, {externalDevCi.length} external)</summary>
        <h3>In the ecosystem, dev / ci ({ecosystemDevCi.length})</h3>
        <DependencyTable rows={ecosystemDevCi} rootRel={rootRel} testId="deps-ecosystem-devci" empty="None." />
        <h3>External packages, dev / ci ({externalDevCi.length})</h3>
        <DependencyTable rows={externalDevCi} rootRel={rootRel} testId="deps-external-devci" empty="None." />
      </details>

      <h2>Dependents ({dependents.length})</h2>
      {dependents.length === 0 ? <p>No tracked repository depends on this one directly.</p> : (
        <ul className="link-list" data-testid="dependents">
          {dependents.map((d) => (
            <li key={d.from_id} data-from-id={d.from_id} data-scope={d.scope}>
              <a href={repoHref(rootRel, d.from_id)}>{d.full_name ?? d.from_id}</a>{' '}
              <span className="muted">— direct, {d.scope}{d.in_metric_scope ? '' : ' (not in metrics)'}, {jsonList(d.version_ranges).join(', ') || 'any version'}</span>
            </li>
          ))}
        </ul>
      )}

      <h2>Transitive blast radius ({formatCount(transitive.length)})</h2>
      <BlastRadius rows={transitive} rootRel={rootRel} />

      <h2>Releases ({releases.length})</h2>
      {releases.length === 0 ? <p data-testid="releases-empty">No releases recorded.</p> : (
        <div className="table-wrap">
          <table data-testid="releases">
            <thead><tr><th scope="col">Tag</th><th scope="col">Name</th><th scope="col">Published</th></tr></thead>
            <tbody>{releases.map((rel) => <tr key={rel.tag}><td className="mono">{rel.tag}</td><td>{rel.name ?? '—'}</td><td>{formatDate(rel.published_at)}</td></tr>)}</tbody>
          </table>
        </div>
      )}

      <h2>Packages it publishes ({aliases.length})</h2>
      {aliases.length === 0 ? <p data-testid="packages-empty">No published package is linked to this repository.</p> : (
        <div className="table-wrap">
          <table data-testid="packages">
            <thead><tr><th scope="col">Package</th><th scope="col">Evidence</th></tr></thead>
            <tbody>{aliases.map((a) => <tr key={a.purl} data-purl={a.purl}><td className="mono">{a.purl}</td><td>{a.evidence}</td></tr>)}</tbody>
          </table>
        </div>
      )}
    </article>
  );
}

function RepoLoader({ rootRel }: { rootRel: string }) {
  const id = useQueryId();
  const page = useAtlasData((atlas) => (id ? readRepoPage(atlas, id) : Promise.resolve(undefined)), [id]);
  const leaderboard = <a href={href(rootRel, 'projects/')}>projects leaderboard</a>;
  if (id === null) return null;
  if (id === '') return <p className="notice">No repository selected. Open one from a project in the {leaderboard}.</p>;
  return (
    <DataState data={page}>
      {(value) => value ? <RepoView page={value} rootRel={rootRel} /> : <p className="notice" role="alert">No repository with id <code>{id}</code> in this atlas. Find its project in the {leaderboard}.</p>}
    </DataState>
  );
}

export default function RepoDetail({ rootRel }: { rootRel: string }) {
  return (
    <AtlasGate>
      <RepoLoader rootRel={rootRel} />
    </AtlasGate>
  );
}
