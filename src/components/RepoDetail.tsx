/**
 * Repo page island (DESIGN §7 Repos table and repo page): metrics, dependencies split in-ecosystem
 * vs external with scope, version ranges and provenance, direct dependents, the transitive
 * blast-radius count, contributor stats and a monthly-commits sparkline.
 */
import { useEffect } from 'react';
import { projectHref, repoHref } from '../lib/site-root.ts';
import { readRepoPage, type DependencyRow, type RepoPage } from '../queries/repo.ts';
import { AtlasGate } from './AtlasGate.tsx';
import { DataState } from './DataState.tsx';
import { formatCount, formatDate, formatDecimal, formatShare, jsonList } from './format.ts';
import { Sparkline } from './Sparkline.tsx';
import { PonyFactor } from './StatusText.tsx';
import { useAtlasData } from './use-atlas-data.ts';
import { useQueryId } from './use-query-id.ts';

function DependencyTable({ rows, rootRel, testId, linkRepos }: { rows: DependencyRow[]; rootRel: string; testId: string; linkRepos: boolean }) {
  if (rows.length === 0) return <p>None recorded.</p>;
  return (
    <div className="table-wrap">
      <table data-testid={testId}>
        <thead><tr><th scope="col">Dependency</th><th scope="col">Scope</th><th scope="col">Version ranges</th><th scope="col">Provenance</th><th scope="col">Confidence</th></tr></thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.to_id} data-to-id={d.to_id}>
              <th scope="row">{linkRepos ? <a href={repoHref(rootRel, d.to_id)}>{d.target_name ?? d.to_id}</a> : <span className="mono">{d.to_id}</span>}</th>
              <td>{d.scope}{d.in_metric_scope ? '' : <span className="muted"> (not in metrics)</span>}</td>
              <td className="mono">{jsonList(d.version_ranges).join(', ') || '—'}</td>
              <td>{jsonList(d.provenance).join(', ')}</td>
              <td>{d.confidence}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RepoView({ page, rootRel }: { page: RepoPage; rootRel: string }) {
  const { repo: r, dependencies, dependents, transitiveDependents, monthly, aliases } = page;
  useEffect(() => {
    document.title = `${r.full_name} — PG Atlas`;
  }, [r.full_name]);
  const inEcosystem = dependencies.filter((d) => d.to_kind === 'repo');
  const external = dependencies.filter((d) => d.to_kind === 'external');
  return (
    <article data-testid="repo" data-repo-id={r.repo_id}>
      <h1>{r.full_name}</h1>
      <p className="muted mono">{r.repo_id}</p>
      <p>
        {r.project_id ? <>Part of <a href={projectHref(rootRel, r.project_id)}>{r.project_name ?? r.project_id}</a>. </> : <>Not assigned to a project. </>}
        {r.is_active ? 'Active.' : 'Not active.'} {r.in_active_subgraph ? 'In the active subgraph.' : 'Outside the active subgraph.'}
        {r.archived ? ' Archived.' : ''}{r.unreachable ? ` Unreachable: ${r.unreachable}.` : ''}
      </p>
      {r.description ? <p className="description" data-testid="description">{r.description}</p> : null}
      <p>
        Source: <a href={/^https:\/\//i.test(r.url) ? r.url : undefined} rel="nofollow noopener">{r.url}</a>
        {r.latest_version ? <> · latest version <span className="mono">{r.latest_version}</span></> : null}
        {r.license ? <> · licence {r.license}</> : null}
      </p>
      {aliases.length ? <p>Publishes: {aliases.map((a, i) => <span key={a}>{i ? ', ' : ''}<span className="mono">{a}</span></span>)}</p> : null}

      <h2>Metrics</h2>
      <dl className="stats" data-testid="repo-metrics">
        <div><dt>Criticality</dt><dd data-testid="metric-criticality">{formatCount(r.criticality)}</dd><dd className="muted">transitive dependents in the active subgraph</dd></div>
        <div><dt>Blast radius</dt><dd data-testid="metric-transitive">{formatCount(transitiveDependents)}</dd><dd className="muted">transitive dependents listed</dd></div>
        <div><dt>Direct dependents</dt><dd>{formatCount(r.direct_dependents)}</dd></div>
        <div><dt>Dependencies</dt><dd>{formatCount(r.dependency_count)}</dd><dd className="muted">{r.has_dependency_data ? 'dependency data found' : 'no dependency data'}</dd></div>
        <div><dt>Pony factor</dt><dd data-testid="metric-pony"><PonyFactor value={r.pony_factor} /></dd><dd className="muted">top contributor {formatShare(r.top_contributor_share)}</dd></div>
        <div><dt>Adoption</dt><dd>{formatDecimal(r.adoption)}</dd><dd className="muted">{r.adoption_signals} of 3 signals</dd></div>
        <div><dt>Stars / forks</dt><dd>{formatCount(r.stars)} / {formatCount(r.forks)}</dd><dd className="muted">downloads 30 d {formatCount(r.downloads_30d)}</dd></div>
      </dl>

      <h2>Contributors</h2>
      <p>
        {formatCount(r.contributors_total)} contributors, {formatCount(r.contributors_active_30d)} active in 30 days and {formatCount(r.contributors_active_90d)} in 90 days;
        {' '}{formatCount(r.commits_window)} commits in the window ({formatCount(r.bot_commits_window)} by bots, not attributed). Last commit {formatDate(r.latest_commit_at)}.
      </p>
      <p>Commits per month: <Sparkline points={monthly} label="Commits per month" /></p>

      <h2>Dependencies in the ecosystem ({inEcosystem.length})</h2>
      <DependencyTable rows={inEcosystem} rootRel={rootRel} testId="deps-ecosystem" linkRepos />
      <h2>External dependencies ({external.length})</h2>
      <DependencyTable rows={external} rootRel={rootRel} testId="deps-external" linkRepos={false} />

      <h2>Dependents ({dependents.length})</h2>
      {dependents.length === 0 ? <p>No repository depends on this one.</p> : (
        <ul className="link-list" data-testid="dependents">
          {dependents.map((d) => (
            <li key={d.from_id}>
              <a href={repoHref(rootRel, d.from_id)}>{d.full_name ?? d.from_id}</a>{' '}
              <span className="muted">— {d.scope}{d.in_metric_scope ? '' : ' (not in metrics)'}, {jsonList(d.version_ranges).join(', ') || 'any version'}</span>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

function RepoLoader({ rootRel }: { rootRel: string }) {
  const id = useQueryId();
  const page = useAtlasData((atlas) => (id ? readRepoPage(atlas, id) : Promise.resolve(undefined)), [id]);
  if (id === null) return null;
  if (id === '') return <p className="notice">No repository selected. Open one from a <a href={`${rootRel}projects/`}>project</a>.</p>;
  return (
    <DataState data={page}>
      {(value) => value ? <RepoView page={value} rootRel={rootRel} /> : <p className="notice" role="alert">No repository with id <code>{id}</code> in this atlas.</p>}
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
