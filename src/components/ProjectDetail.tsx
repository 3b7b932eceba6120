/**
 * Project page island (DESIGN §7 Project page; issue #3): each metric with how it was computed —
 * the dependents behind criticality (with paths on demand), the contributor shares behind the pony
 * factor, the signals behind adoption, the source and reason of the status — then repos,
 * project-level links with edge counts, the interactive dependency subgraph, SCF funding and badge
 * snippets. All text from the atlas is rendered as React text.
 */
import { useEffect } from 'react';
import { href, projectHref, repoHref } from '../lib/site-root.ts';
import { readProjectPage, type FundingRow, type ProjectLinkRow, type ProjectPage } from '../queries/project.ts';
import { AtlasGate } from './AtlasGate.tsx';
import { DataState } from './DataState.tsx';
import { formatCount, formatDate, formatDecimal, formatShare, formatUsd } from './format.ts';
import { AdoptionBreakdown } from './project/AdoptionBreakdown.tsx';
import { BadgeSnippets } from './project/BadgeSnippets.tsx';
import { ContributorShares } from './project/ContributorShares.tsx';
import { CriticalityBreakdown } from './project/CriticalityBreakdown.tsx';
import './project/entity-detail.css';
import { ProjectSubgraph } from './project/ProjectSubgraph.tsx';
import { StatusBreakdown } from './project/StatusBreakdown.tsx';
import { PonyFactor, StatusText } from './StatusText.tsx';
import { useAtlasData } from './use-atlas-data.ts';
import { useQueryId } from './use-query-id.ts';

const SECTIONS = [
  ['criticality', 'Criticality'],
  ['pony-factor', 'Pony factor'],
  ['adoption', 'Adoption'],
  ['status', 'Status'],
  ['repositories', 'Repositories'],
  ['links', 'Depends on / dependents'],
  ['subgraph', 'Subgraph'],
  ['funding', 'Funding'],
  ['badges', 'Badges'],
] as const;

function ProjectLinks({ rows, rootRel, empty, testId }: { rows: ProjectLinkRow[]; rootRel: string; empty: string; testId: string }) {
  if (rows.length === 0) return <p>{empty}</p>;
  return (
    <ul className="link-list" data-testid={testId}>
      {rows.map((r) => (
        <li key={r.project_id} data-project-id={r.project_id} data-repo-edges={r.repo_edge_count} data-metric-edges={r.metric_edge_count}>
          <a href={projectHref(rootRel, r.project_id)}>{r.name ?? r.project_id}</a>{' '}
          <span className="muted">— {r.repo_edge_count} repo {r.repo_edge_count === 1 ? 'edge' : 'edges'}, {r.metric_edge_count} in metric scope</span>
        </li>
      ))}
    </ul>
  );
}

function sum(rows: readonly FundingRow[], pick: (f: FundingRow) => number | null): number | null {
  const known = rows.map(pick).filter((v): v is number => v !== null);
  return known.length ? known.reduce((a, b) => a + b, 0) : null;
}

function FundingTable({ funding }: { funding: FundingRow[] }) {
  if (funding.length === 0) return <p data-testid="funding-empty">No SCF funding is recorded for this project.</p>;
  return (
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
        <tfoot>
          <tr data-testid="funding-total">
            <th scope="row" colSpan={2}>Total ({funding.length} {funding.length === 1 ? 'award' : 'awards'})</th>
            <td className="num">{formatUsd(sum(funding, (f) => f.awarded_usd))}</td><td className="num">{formatUsd(sum(funding, (f) => f.paid_usd))}</td><td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function ProjectView({ page, rootRel }: { page: ProjectPage; rootRel: string }) {
  const { project: p, repos, dependsOn, dependents, contributors, funding } = page;
  useEffect(() => {
    document.title = `${p.name} — PG Atlas`;
  }, [p.name]);
  const repoIds = repos.map((r) => r.repo_id);
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

      <nav className="page-toc" aria-label="On this page">
        <ul>{SECTIONS.map(([id, label]) => <li key={id}><a href={`#${id}`}>{label}</a></li>)}</ul>
      </nav>

      <h2>Metrics</h2>
      <dl className="stats" data-testid="project-metrics">
        <div><dt>Criticality</dt><dd data-testid="metric-criticality">{formatCount(p.criticality)}</dd><dd className="muted">reference (sum over repos) {formatCount(p.criticality_repo_sum)}{p.criticality_pct !== null ? `; percentile ${formatDecimal(p.criticality_pct, 1)}` : ''}</dd></div>
        <div><dt>Direct dependents</dt><dd>{formatCount(p.direct_dependents)}</dd><dd className="muted">{formatCount(p.dependent_projects)} dependent projects</dd></div>
        <div><dt>Pony factor</dt><dd data-testid="metric-pony"><PonyFactor value={p.pony_factor} /></dd><dd className="muted">top contributor {formatShare(p.top_contributor_share)}</dd></div>
        <div><dt>Contributors</dt><dd>{formatCount(p.contributors_total)}</dd><dd className="muted">{formatCount(p.contributors_active_30d)} active 30 d, {formatCount(p.contributors_active_90d)} active 90 d</dd></div>
        <div><dt>Adoption</dt><dd data-testid="metric-adoption">{formatDecimal(p.adoption)}</dd><dd className="muted">{p.adoption_repos ? `from ${p.adoption_repos} of ${p.repo_count} repos` : 'no signals'}</dd></div>
        <div><dt>SCF awarded</dt><dd>{formatUsd(p.total_awarded_usd)}</dd><dd className="muted">paid {formatUsd(p.total_paid_usd)}</dd></div>
      </dl>

      <section aria-labelledby="criticality">
        <h2 id="criticality">Criticality: who depends on it</h2>
        <CriticalityBreakdown projectId={p.project_id} criticality={p.criticality} criticalityRepoSum={p.criticality_repo_sum} repoIds={repoIds} rootRel={rootRel} />
      </section>

      <section aria-labelledby="pony-factor">
        <h2 id="pony-factor">Pony factor: contributor shares</h2>
        {repos.length === 0 ? <p>This project has no repositories, so it has no contributors and no pony factor.</p> : (
          <>
            <dl className="stats" data-testid="contributor-aggregates">
              <div><dt>Contributors (24 months)</dt><dd>{formatCount(p.contributors_total)}</dd></div>
              <div><dt>Active 30 d / 90 d</dt><dd>{formatCount(p.contributors_active_30d)} / {formatCount(p.contributors_active_90d)}</dd></div>
              <div><dt>Top contributor share</dt><dd>{formatShare(p.top_contributor_share)}</dd></div>
              <div><dt>Commits in window</dt><dd data-testid="commits-window">{formatCount(p.commits_window)}</dd><dd className="muted">{formatCount(p.bot_commits_window)} more by bots, not attributed</dd></div>
            </dl>
            <p className="muted explain">
              People are summed across the project's repositories (one person's commits in two repositories count together). Contributors are shown
              by the first characters of a one-way hash, never by name or e-mail.
            </p>
            <ContributorShares contributors={contributors} ponyFactor={p.pony_factor} showRepos />
          </>
        )}
      </section>

      <section aria-labelledby="adoption">
        <h2 id="adoption">Adoption: signals and percentiles</h2>
        <AdoptionBreakdown repos={repos} adoption={p.adoption} rootRel={rootRel} />
      </section>

      <section aria-labelledby="status">
        <h2 id="status">Activity status: source and reason</h2>
        <StatusBreakdown project={p} />
      </section>

      <section aria-labelledby="repositories">
        <h2 id="repositories">Repositories ({repos.length})</h2>
        {repos.length === 0 ? <p>No repositories are known for this project.</p> : (
          <div className="table-wrap">
            <table data-testid="project-repos">
              <thead><tr><th scope="col">Repository</th><th scope="col" className="num">Criticality</th><th scope="col" className="num">Direct dependents</th><th scope="col" className="num">Pony factor</th><th scope="col" className="num">Active contributors (90 d)</th><th scope="col" className="num">Adoption</th><th scope="col">Last commit</th></tr></thead>
              <tbody>
                {repos.map((r) => (
                  <tr key={r.repo_id} data-repo-id={r.repo_id}>
                    <th scope="row">
                      <a href={repoHref(rootRel, r.repo_id)}>{r.full_name}</a>
                      {r.archived ? <> <span className="flag">archived</span></> : null}
                      {r.unreachable ? <> <span className="flag flag-warn">unreachable</span></> : null}
                    </th>
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
      </section>

      <div className="columns" id="links">
        <section aria-labelledby="depends-heading">
          <h2 id="depends-heading">Depends on ({dependsOn.length})</h2>
          <ProjectLinks rows={dependsOn} rootRel={rootRel} empty="No in-ecosystem dependencies recorded." testId="depends-on" />
        </section>
        <section aria-labelledby="dependents-heading">
          <h2 id="dependents-heading">Has dependents ({dependents.length})</h2>
          <ProjectLinks rows={dependents} rootRel={rootRel} empty="No in-ecosystem dependents recorded." testId="dependents" />
        </section>
      </div>
      <p className="muted explain">Edge counts: repository-level dependency edges between the two projects, in every scope; “in metric scope” leaves out dev and ci.</p>

      <section aria-labelledby="subgraph">
        <h2 id="subgraph">Dependency subgraph</h2>
        <ProjectSubgraph projectId={p.project_id} rootRel={rootRel} repoCount={repos.length} />
      </section>

      <section aria-labelledby="funding">
        <h2 id="funding">SCF funding</h2>
        <FundingTable funding={funding} />
      </section>

      <section aria-labelledby="badges">
        <h2 id="badges">Badges</h2>
        <BadgeSnippets projectId={p.project_id} />
      </section>
    </article>
  );
}

function ProjectLoader({ rootRel }: { rootRel: string }) {
  const id = useQueryId();
  const page = useAtlasData((atlas) => (id ? readProjectPage(atlas, id) : Promise.resolve(undefined)), [id]);
  const leaderboard = <a href={href(rootRel, 'projects/')}>projects leaderboard</a>;
  if (id === null) return null;
  if (id === '') return <p className="notice">No project selected. Pick one from the {leaderboard}.</p>;
  return (
    <DataState data={page}>
      {(value) => value ? <ProjectView page={value} rootRel={rootRel} /> : <p className="notice" role="alert">No project with id <code>{id}</code> in this atlas. Find it in the {leaderboard}.</p>}
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
