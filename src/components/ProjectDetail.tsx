/**
 * Project page island (DESIGN §7 Project page): status and reason, metrics with their context,
 * repos, project-level dependencies and dependents with edge counts, contributor aggregates (hash
 * prefixes only) and SCF funding rows. All text from the atlas is rendered as React text.
 */
import { useEffect } from 'react';
import { projectHref, repoHref } from '../lib/site-root.ts';
import { readProjectPage, type ProjectLinkRow, type ProjectPage } from '../queries/project.ts';
import { AtlasGate } from './AtlasGate.tsx';
import { DataState } from './DataState.tsx';
import { formatCount, formatDate, formatDecimal, formatShare, formatUsd, hashPrefix } from './format.ts';
import { PonyFactor, StatusText } from './StatusText.tsx';
import { useAtlasData } from './use-atlas-data.ts';
import { useQueryId } from './use-query-id.ts';

function ProjectLinks({ rows, rootRel, empty, testId }: { rows: ProjectLinkRow[]; rootRel: string; empty: string; testId: string }) {
  if (rows.length === 0) return <p>{empty}</p>;
  return (
    <ul className="link-list" data-testid={testId}>
      {rows.map((r) => (
        <li key={r.project_id}>
          <a href={projectHref(rootRel, r.project_id)}>{r.name ?? r.project_id}</a>{' '}
          <span className="muted">— {r.repo_edge_count} repo {r.repo_edge_count === 1 ? 'edge' : 'edges'}{r.metric_edge_count !== r.repo_edge_count ? `, ${r.metric_edge_count} in metric scope` : ''}</span>
        </li>
      ))}
    </ul>
  );
}

function ProjectView({ page, rootRel }: { page: ProjectPage; rootRel: string }) {
  const { project: p, repos, dependsOn, dependents, contributors, contributorCount, commitTotal, funding } = page;
  useEffect(() => {
    document.title = `${p.name} — PG Atlas`;
  }, [p.name]);
  return (
    <article data-testid="project" data-project-id={p.project_id}>
      <h1>{p.name}</h1>
      <p className="muted mono">{p.project_id}</p>
      <p>
        <StatusText status={p.activity_status} /> <span className="muted">— {p.status_reason} (source: {p.status_source})</span>
      </p>
      <p>
        {p.category ? <>Category: {p.category}. </> : null}Type: {p.type}.
        {p.website ? <> Website: <a href={/^https?:\/\//i.test(p.website) ? p.website : undefined} rel="nofollow noopener">{p.website}</a>.</> : null}
      </p>
      {p.description ? <p className="description" data-testid="description">{p.description}</p> : null}

      <h2>Metrics</h2>
      <dl className="stats" data-testid="project-metrics">
        <div><dt>Criticality</dt><dd data-testid="metric-criticality">{formatCount(p.criticality)}</dd><dd className="muted">repo sum {formatCount(p.criticality_repo_sum)}{p.criticality_pct !== null ? `, percentile ${formatDecimal(p.criticality_pct, 1)}` : ''}</dd></div>
        <div><dt>Direct dependents</dt><dd>{formatCount(p.direct_dependents)}</dd><dd className="muted">{formatCount(p.dependent_projects)} dependent projects</dd></div>
        <div><dt>Pony factor</dt><dd data-testid="metric-pony"><PonyFactor value={p.pony_factor} /></dd><dd className="muted">top contributor {formatShare(p.top_contributor_share)}</dd></div>
        <div><dt>Contributors</dt><dd>{formatCount(p.contributors_total)}</dd><dd className="muted">{formatCount(p.contributors_active_30d)} active 30 d, {formatCount(p.contributors_active_90d)} active 90 d</dd></div>
        <div><dt>Adoption</dt><dd data-testid="metric-adoption">{formatDecimal(p.adoption)}</dd><dd className="muted">{p.adoption_repos ? `from ${p.adoption_repos} of ${p.repo_count} repos` : 'no signals'}</dd></div>
        <div><dt>SCF awarded</dt><dd>{formatUsd(p.total_awarded_usd)}</dd><dd className="muted">paid {formatUsd(p.total_paid_usd)}</dd></div>
      </dl>

      <h2>Repositories ({repos.length})</h2>
      {repos.length === 0 ? <p>No repositories are known for this project.</p> : (
        <div className="table-wrap">
          <table data-testid="project-repos">
            <thead><tr><th scope="col">Repository</th><th scope="col" className="num">Criticality</th><th scope="col" className="num">Direct dependents</th><th scope="col" className="num">Pony factor</th><th scope="col" className="num">Active contributors (90 d)</th><th scope="col" className="num">Adoption</th><th scope="col">Last commit</th></tr></thead>
            <tbody>
              {repos.map((r) => (
                <tr key={r.repo_id} data-repo-id={r.repo_id}>
                  <th scope="row"><a href={repoHref(rootRel, r.repo_id)}>{r.full_name}</a>{r.archived ? <span className="muted"> (archived)</span> : null}</th>
                  <td className="num">{formatCount(r.criticality)}</td>
                  <td className="num">{formatCount(r.direct_dependents)}</td>
                  <td className="num"><PonyFactor value={r.pony_factor} /></td>
                  <td className="num">{formatCount(r.contributors_active_90d)}</td>
                  <td className="num">{formatDecimal(r.adoption)}{r.adoption_signals ? <span className="muted"> ({r.adoption_signals}/3)</span> : null}</td>
                  <td>{formatDate(r.latest_commit_at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <div className="columns">
        <section aria-labelledby="depends-heading">
          <h2 id="depends-heading">Depends on</h2>
          <ProjectLinks rows={dependsOn} rootRel={rootRel} empty="No in-ecosystem dependencies recorded." testId="depends-on" />
        </section>
        <section aria-labelledby="dependents-heading">
          <h2 id="dependents-heading">Has dependents</h2>
          <ProjectLinks rows={dependents} rootRel={rootRel} empty="No in-ecosystem dependents recorded." testId="dependents" />
        </section>
      </div>

      <h2>Contributors</h2>
      {contributorCount === 0 ? <p>No commits in the window.</p> : (
        <>
          <p>{formatCount(contributorCount)} contributors made {formatCount(commitTotal)} commits in the window. Contributors are identified by a hash prefix, never by name or e-mail.</p>
          <div className="table-wrap">
            <table data-testid="contributors">
              <thead><tr><th scope="col">Contributor (hash prefix)</th><th scope="col" className="num">Commits</th><th scope="col" className="num">Share</th><th scope="col" className="num">Repos</th></tr></thead>
              <tbody>
                {contributors.map((c) => (
                  <tr key={c.contributor_hash}>
                    <td className="mono">{hashPrefix(c.contributor_hash)}</td>
                    <td className="num">{formatCount(c.commits)}</td>
                    <td className="num">{formatShare(commitTotal ? c.commits / commitTotal : null)}</td>
                    <td className="num">{c.repos}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      <h2>SCF funding</h2>
      {funding.length === 0 ? <p>No funding rows recorded.</p> : (
        <div className="table-wrap">
          <table data-testid="funding">
            <thead><tr><th scope="col">Round</th><th scope="col">Award</th><th scope="col" className="num">Awarded</th><th scope="col" className="num">Paid</th><th scope="col" className="num">Tranches complete</th></tr></thead>
            <tbody>
              {funding.map((f, i) => (
                <tr key={i}>
                  <td>{f.round}</td><td>{f.award_type ?? '—'}</td><td className="num">{formatUsd(f.awarded_usd)}</td><td className="num">{formatUsd(f.paid_usd)}</td>
                  <td className="num">{f.tranche_completion_pct === null ? '—' : `${formatDecimal(f.tranche_completion_pct, 0)}%`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}

function ProjectLoader({ rootRel }: { rootRel: string }) {
  const id = useQueryId();
  const page = useAtlasData((atlas) => (id ? readProjectPage(atlas, id) : Promise.resolve(undefined)), [id]);
  if (id === null) return null;
  if (id === '') return <p className="notice">No project selected. Pick one from the <a href={`${rootRel}projects/`}>projects list</a>.</p>;
  return (
    <DataState data={page}>
      {(value) => value ? <ProjectView page={value} rootRel={rootRel} /> : <p className="notice" role="alert">No project with id <code>{id}</code> in this atlas.</p>}
    </DataState>
  );
}

export default function ProjectDetail({ rootRel }: { rootRel: string }) {
  return (
    <AtlasGate>
      <ProjectLoader rootRel={rootRel} />
    </AtlasGate>
  );
}
