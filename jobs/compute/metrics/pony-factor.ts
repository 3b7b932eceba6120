/**
 * Pony factor (DESIGN §5.3): the smallest number of contributors whose commits make up at least
 * half of all commits. The caller decides whose commits these are (window, bots and identity
 * resolution live in jobs/compute/contributors/); for a project it passes each person's commits
 * summed across the project's repos.
 */

/** Share of all commits the top contributors must reach (DESIGN §5.3: "≥ 50% of the total"). */
export const PONY_FACTOR_SHARE = 0.5;

/** Smallest k such that the k largest counts sum to ≥ half the total; 0 for no commits. */
export function ponyFactor(counts: readonly number[]): number {
  const positive = counts.filter((c) => Number.isFinite(c) && c > 0).sort((a, b) => b - a);
  const total = positive.reduce((sum, c) => sum + c, 0);
  if (total === 0) return 0;
  let running = 0;
  for (let k = 0; k < positive.length; k++) {
    running += positive[k];
    // running / total ≥ share, without a division (exact for integer counts and share 0.5).
    if (running >= total * PONY_FACTOR_SHARE) return k + 1;
  }
  return positive.length;
}
