/**
 * The contributor shares behind a pony factor (DESIGN §5.3): commits per person sorted high to low,
 * each person's share and the running (cumulative) share, and the smallest k whose commits reach
 * half of the total — the people the pony factor counts. Pure, so the page shows exactly the
 * arithmetic the metric performs.
 */

/** Fraction of the window's commits the top-k contributors must reach (DESIGN §5.3: "≥ 50%"). */
export const PONY_THRESHOLD = 0.5;

export interface ContributorCommits {
  contributor_hash: string;
  commits: number;
}

export interface ContributorShare extends ContributorCommits {
  /** 1-based rank by commits (ties broken by hash, which does not change k). */
  rank: number;
  share: number;
  cumulative: number;
  /** True for the k people whose commits first reach the threshold. */
  inPonySet: boolean;
}

export interface ContributorShareTable {
  rows: ContributorShare[];
  total: number;
  /** The pony factor recomputed from the rows: 0 when there are no commits. */
  k: number;
}

export function contributorShares(input: readonly ContributorCommits[]): ContributorShareTable {
  const sorted = [...input].filter((c) => c.commits > 0).sort((a, b) => b.commits - a.commits || (a.contributor_hash < b.contributor_hash ? -1 : a.contributor_hash > b.contributor_hash ? 1 : 0));
  const total = sorted.reduce((sum, c) => sum + c.commits, 0);
  let running = 0;
  let k = 0;
  const rows = sorted.map((c, i) => {
    const before = running;
    running += c.commits;
    // A person is in the set while the people ranked above them have not yet reached the threshold
    // (total × 0.5 is exact for integer totals, so there is no floating-point doubt at 50%).
    const inPonySet = total > 0 && before < total * PONY_THRESHOLD;
    if (inPonySet) k = i + 1;
    return { ...c, rank: i + 1, share: c.commits / total, cumulative: running / total, inPonySet };
  });
  return { rows, total, k };
}
