/**
 * Buckets for the home risk views and the leaderboard filters they link to (DESIGN §7 Home:
 * "pony-factor risk distribution", "a risk view (criticality × pony factor)"). Each bucket is a
 * fixed SQL condition on a `projects` row, so user input never becomes SQL: URLs carry bucket ids.
 */

export interface Bucket {
  id: string;
  label: string;
  /** SQL condition over `projects` columns (no parameters). */
  where: string;
}

/** Projects whose status counts as active (DESIGN §5.1: live or in-dev). */
export const ACTIVE_STATUS_SQL = "activity_status IN ('live', 'in-dev')";

/**
 * Pony-factor buckets (DESIGN §5.3; the issue names 1, 2, 3–5, 6+ and unknown). 0 is its own bucket:
 * repos but no commits in the 24-month window, which is neither a risk of one nor unknown.
 */
export const PONY_BUCKETS: readonly Bucket[] = [
  { id: '1', label: '1', where: 'pony_factor = 1' },
  { id: '2', label: '2', where: 'pony_factor = 2' },
  { id: '3-5', label: '3–5', where: 'pony_factor BETWEEN 3 AND 5' },
  { id: '6+', label: '6+', where: 'pony_factor >= 6' },
  { id: '0', label: '0 (no commits in window)', where: 'pony_factor = 0' },
  { id: 'unknown', label: 'Unknown (no repos)', where: 'pony_factor IS NULL' },
];

/** Percentile cut-offs of `criticality_pct` for the criticality buckets (ours; top decile, top half). */
export const CRITICALITY_TOP_PCT = 90;
export const CRITICALITY_HIGH_PCT = 50;

export const CRITICALITY_BUCKETS: readonly Bucket[] = [
  { id: 'top', label: `Top ${100 - CRITICALITY_TOP_PCT}% (≥ ${CRITICALITY_TOP_PCT}th percentile)`, where: `criticality > 0 AND criticality_pct >= ${CRITICALITY_TOP_PCT}` },
  { id: 'high', label: `${CRITICALITY_HIGH_PCT}th–${CRITICALITY_TOP_PCT}th percentile`, where: `criticality > 0 AND criticality_pct >= ${CRITICALITY_HIGH_PCT} AND criticality_pct < ${CRITICALITY_TOP_PCT}` },
  { id: 'low', label: `Below the ${CRITICALITY_HIGH_PCT}th percentile`, where: `criticality > 0 AND (criticality_pct IS NULL OR criticality_pct < ${CRITICALITY_HIGH_PCT})` },
  { id: 'none', label: 'No dependents (0)', where: 'criticality = 0' },
  { id: 'unknown', label: 'Unknown (no repos)', where: 'criticality IS NULL' },
];

export function findBucket(buckets: readonly Bucket[], id: string | null): Bucket | undefined {
  return id === null ? undefined : buckets.find((b) => b.id === id);
}
