/**
 * The signals behind a project's adoption score (DESIGN §5.4; issue #3: "the signals and percentiles
 * behind adoption and their coverage"): per repo the raw downloads / stars / forks, their
 * percentile ranks among repos where each is known, the composite (mean of the available
 * percentiles) and how many signals it rests on; then the project mean over repos with a composite.
 */
import { repoHref } from '../../lib/site-root.ts';
import type { ProjectRepoRow } from '../../queries/project.ts';
import { formatCount, formatDecimal } from '../format.ts';

/** Signals in the composite (DESIGN §5.4: downloads, stars, forks). */
export const ADOPTION_SIGNAL_COUNT = 3;

function Signal({ value, pct }: { value: number | null; pct: number | null }) {
  if (value === null) return <span className="muted">unknown</span>;
  return <>{formatCount(value)} <span className="muted">(pct {formatDecimal(pct)})</span></>;
}

export function AdoptionBreakdown({ repos, adoption, rootRel }: { repos: readonly ProjectRepoRow[]; adoption: number | null; rootRel: string }) {
  if (repos.length === 0) return <p>This project has no repositories, so it has no adoption score.</p>;
  const scored = repos.filter((r) => r.adoption !== null);
  return (
    <>
      <p className="explain">
        Each signal is ranked among all repositories where it is known: percentile = share of those repositories with a strictly smaller
        value (the smallest value is 0, ties share the lower rank). A repository's composite is the mean of its available percentiles; the
        project's adoption is the mean of its repositories' composites — here{' '}
        <strong data-testid="adoption-mean">{formatDecimal(adoption)}</strong>
        {scored.length ? <> over {scored.length} of {repos.length} {repos.length === 1 ? 'repository' : 'repositories'}</> : <>, as no repository has a signal</>}.
      </p>
      <div className="table-wrap">
        <table data-testid="adoption-signals">
          <thead>
            <tr>
              <th scope="col">Repository</th>
              <th scope="col" className="num">Downloads (30 d)</th>
              <th scope="col" className="num">Stars</th>
              <th scope="col" className="num">Forks</th>
              <th scope="col" className="num">Composite</th>
              <th scope="col">Coverage</th>
            </tr>
          </thead>
          <tbody>
            {repos.map((r) => (
              <tr key={r.repo_id} data-repo-id={r.repo_id}>
                <th scope="row"><a href={repoHref(rootRel, r.repo_id)}>{r.full_name}</a></th>
                <td className="num"><Signal value={r.downloads_30d} pct={r.downloads_pct} /></td>
                <td className="num"><Signal value={r.stars} pct={r.stars_pct} /></td>
                <td className="num"><Signal value={r.forks} pct={r.forks_pct} /></td>
                <td className="num">{formatDecimal(r.adoption)}</td>
                <td>{r.adoption_signals ? `based on ${r.adoption_signals} of ${ADOPTION_SIGNAL_COUNT} signals` : 'no signal'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
