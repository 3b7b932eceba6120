/** Home page island (DESIGN §7 Home): headline counts and the ten most critical projects. */
import { projectHref } from '../lib/site-root.ts';
import { readHeadlineCounts, readTopCritical } from '../queries/home.ts';
import { AtlasGate } from './AtlasGate.tsx';
import { DataState } from './DataState.tsx';
import { formatCount, formatDate, formatDecimal } from './format.ts';
import { PonyFactor, StatusText } from './StatusText.tsx';
import { useAtlasData } from './use-atlas-data.ts';

function Dashboard({ rootRel }: { rootRel: string }) {
  const data = useAtlasData(async (atlas) => ({ counts: await readHeadlineCounts(atlas), top: await readTopCritical(atlas) }), []);
  return (
    <DataState data={data}>
      {({ counts, top }) => (
        <>
          {counts ? (
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
                <div><dt>Dependency coverage</dt><dd>{counts.dependency_coverage_pct === null ? '—' : `${formatDecimal(counts.dependency_coverage_pct, 1)}%`}</dd></div>
              </dl>
            </section>
          ) : (
            <p className="notice">The atlas has no metadata row.</p>
          )}
          <section aria-labelledby="top-heading">
            <h2 id="top-heading">Most critical projects</h2>
            {top.length === 0 ? (
              <p>No project has a criticality score yet.</p>
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
