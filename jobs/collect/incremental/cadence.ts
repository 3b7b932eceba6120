/**
 * Refresh cadence of repos (issue #4 "Incremental"): recently active repos are refreshed every run,
 * dormant ones less often. The reference cadence refreshes a repo every 1..9 runs by the percentile
 * of the age of its last push: percentile 0 (most recently pushed) → every run, the oldest decile →
 * every 9th run. A run is identified by its collection day, and each repo gets a stable phase from its
 * id, so dormant repos are spread evenly over days instead of all refreshing on the same run.
 * Pure: ids, ages and the run day in, the set of due repos out.
 */
import { stableHash } from './stable-hash.ts';

/** Longest refresh interval, in runs (the reference cadence: every 1..9 runs). */
export const MAX_REFRESH_INTERVAL_RUNS = 9;

export interface CadenceInput {
  id: string;
  /** Days since the repo's last push (or head commit); null when unknown. */
  pushAgeDays: number | null;
  /** Whether the previous snapshot has this repo's files to carry over. */
  hasPrevious: boolean;
}

/** Percentile rank as in DESIGN §5.4: share of values strictly below `x`, × 100. */
export function percentileRank(values: readonly number[], x: number): number {
  if (values.length === 0) return 0;
  let below = 0;
  for (const v of values) if (v < x) below += 1;
  return (below / values.length) * 100;
}

/** Refresh interval (1..MAX_REFRESH_INTERVAL_RUNS) for an age percentile in [0, 100). */
export function refreshInterval(agePercentile: number): number {
  const p = Math.min(Math.max(agePercentile, 0), 99.999);
  return 1 + Math.floor((p / 100) * MAX_REFRESH_INTERVAL_RUNS);
}

/** Run number of a collection day (days since 1970-01-01, UTC). */
export function runDayOf(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

export interface CadenceDecision {
  id: string;
  due: boolean;
  interval: number;
  reason: 'new' | 'unknown-age' | 'due' | 'not-due' | 'forced';
}

/** Which repos to refresh on `runDay`. Repos without previous data or without a known age are always due. */
export function planRefresh(repos: readonly CadenceInput[], runDay: number, force = false): CadenceDecision[] {
  const ages = repos.map((r) => r.pushAgeDays).filter((a): a is number => a !== null);
  return repos.map((repo) => {
    if (force) return { id: repo.id, due: true, interval: 1, reason: 'forced' };
    if (!repo.hasPrevious) return { id: repo.id, due: true, interval: 1, reason: 'new' };
    if (repo.pushAgeDays === null) return { id: repo.id, due: true, interval: 1, reason: 'unknown-age' };
    const interval = refreshInterval(percentileRank(ages, repo.pushAgeDays));
    const due = (runDay + stableHash(repo.id)) % interval === 0;
    return { id: repo.id, due, interval, reason: due ? 'due' : 'not-due' };
  });
}
