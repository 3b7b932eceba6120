/**
 * The contributor shares behind a pony factor (DESIGN §5.3; issue #3: "the contributor shares behind
 * the pony factor (pseudonymous)"): rank, hash prefix, commits, share and cumulative share, with the
 * 50% line drawn after the k-th person and those k people marked in text as well as by shading.
 * Shared by the project page (union over repos) and the repo page.
 */
import { Fragment } from 'react';
import { formatCount, formatShare } from '../format.ts';
import { contributorShares, PONY_THRESHOLD, type ContributorCommits } from './contributor-shares.ts';
import { usePaged } from './PageControls.tsx';

/** Contributors appear as the first 8 hex digits of their hash only (DESIGN §11; issue #3 brief). */
export const CONTRIBUTOR_PREFIX_LENGTH = 8;

/** Rows shown before "show more" (the pony set is always shown in full). */
export const CONTRIBUTOR_ROWS_INITIAL = 20;

export interface ContributorSharesProps {
  contributors: readonly (ContributorCommits & { repos?: number })[];
  /** The published pony factor, compared with the one recomputed from the rows. */
  ponyFactor: number | null;
  /** Show the "repos" column (project page: union over repos). */
  showRepos?: boolean;
}

export function ContributorShares({ contributors, ponyFactor, showRepos = false }: ContributorSharesProps) {
  const table = contributorShares(contributors);
  const repoCount = new Map(contributors.map((c) => [c.contributor_hash, c.repos]));
  const { visible, controls } = usePaged(table.rows, Math.max(CONTRIBUTOR_ROWS_INITIAL, table.k + 1));
  if (table.rows.length === 0) return <p data-testid="contributor-shares-empty">No attributed commits in the window, so there are no shares to show (pony factor {ponyFactor ?? '—'}).</p>;
  const half = Math.round(PONY_THRESHOLD * 100);
  const columns = showRepos ? 6 : 5;
  return (
    <>
      <p className="explain" data-testid="pony-explanation">
        {formatCount(table.total)} commits by {formatCount(table.rows.length)} people. Sorted by commits, the top{' '}
        <strong>{table.k}</strong> {table.k === 1 ? 'person reaches' : 'people reach'} {half}% of all commits, so the pony factor is {table.k}
        {ponyFactor !== null && ponyFactor !== table.k ? <> (the atlas records {ponyFactor}; the rows below are its inputs)</> : null}.
        Rows marked “in pony set” are those people.
      </p>
      <div className="table-wrap">
        <table data-testid="contributor-shares">
          <caption className="visually-hidden">Contributor shares of commits in the window, largest first; a dashed line marks where {half}% is reached.</caption>
          <thead>
            <tr>
              <th scope="col" className="num">Rank</th>
              <th scope="col">Contributor (hash prefix)</th>
              <th scope="col" className="num">Commits</th>
              <th scope="col" className="num">Share</th>
              <th scope="col" className="num">Cumulative share</th>
              {showRepos ? <th scope="col" className="num">Repos</th> : null}
            </tr>
          </thead>
          <tbody>
            {visible.map((c) => (
              <Fragment key={c.contributor_hash}>
                <tr className={c.inPonySet ? 'in-pony-set' : undefined} data-commits={c.commits} data-in-pony-set={c.inPonySet ? '1' : '0'}>
                  <td className="num">{c.rank}</td>
                  <td><span className="mono">{c.contributor_hash.slice(0, CONTRIBUTOR_PREFIX_LENGTH)}</span>{c.inPonySet ? <span className="muted"> — in pony set</span> : null}</td>
                  <td className="num">{formatCount(c.commits)}</td>
                  <td className="num">{formatShare(c.share)}</td>
                  <td className="num">{formatShare(c.cumulative)}</td>
                  {showRepos ? <td className="num">{repoCount.get(c.contributor_hash) ?? '—'}</td> : null}
                </tr>
                {c.rank === table.k ? (
                  <tr className="threshold-row" data-testid="pony-threshold">
                    <td colSpan={columns}>{half}% of commits reached with {table.k} {table.k === 1 ? 'person' : 'people'} — pony factor {table.k}</td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      {controls}
    </>
  );
}
