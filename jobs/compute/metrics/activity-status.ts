/**
 * Activity status (DESIGN §5.5). The baseline comes from OpenGrants or an override (§4); git
 * activity can only upgrade it: a `discontinued` or `non-responsive` project with a commit in any
 * of its repos in the last 90 days before the snapshot date becomes `live` when its tranche
 * completion is 100%, else `in-dev`. Git silence never downgrades (mature tools are quiet).
 * Every result carries its source and a human-readable reason for the methodology page.
 */
import { anchorOf, daysBefore, parseInstant, utcDate } from './time-window.ts';

export type ActivityStatus = 'live' | 'in-dev' | 'discontinued' | 'non-responsive';

/** Days before the snapshot date in which a commit upgrades a dormant project (DESIGN §5.5). */
export const ACTIVITY_UPGRADE_WINDOW_DAYS = 90;

/** Tranche completion at which an upgraded project counts as live rather than in-dev (DESIGN §5.5). */
export const LIVE_TRANCHE_COMPLETION_PCT = 100;

/** Source recorded when the git cascade changed the status. */
export const GIT_ACTIVITY_SOURCE = 'git-activity';

export interface ActivityStatusInput {
  baseline: ActivityStatus;
  /** Where the baseline came from, e.g. `opengrants`, `override`, `application`. */
  baselineSource: string;
  /** Why, e.g. "OpenGrants integrationStatus 'Abandoned' → discontinued". */
  baselineReason: string;
  /** Latest commit (ISO 8601) over all the project's repos, bots included; null when unknown. */
  lastCommitInRepos: string | null;
  /** Tranche completion in percent (0–100), null when unknown. */
  trancheCompletionPct: number | null;
  /** Snapshot date, YYYY-MM-DD. */
  asOf: string;
}

export interface ActivityStatusResult {
  status: ActivityStatus;
  source: string;
  reason: string;
}

const UPGRADABLE: ReadonlySet<ActivityStatus> = new Set(['discontinued', 'non-responsive']);

export function activityStatus(input: ActivityStatusInput): ActivityStatusResult {
  const { baseline, baselineSource, baselineReason } = input;
  const unchanged = { status: baseline, source: baselineSource, reason: baselineReason };
  if (!UPGRADABLE.has(baseline) || input.lastCommitInRepos === null) return unchanged;

  const anchor = anchorOf(input.asOf);
  const commit = parseInstant(input.lastCommitInRepos);
  // A commit after the snapshot date is outside every window (it cannot be known at as_of).
  if (commit === null || commit >= anchor || commit < daysBefore(anchor, ACTIVITY_UPGRADE_WINDOW_DAYS)) return unchanged;

  const tranche = input.trancheCompletionPct;
  const status: ActivityStatus = tranche !== null && tranche >= LIVE_TRANCHE_COMPLETION_PCT ? 'live' : 'in-dev';
  const trancheText = tranche === null ? 'tranche unknown' : `tranche ${tranche}%`;
  return {
    status,
    source: GIT_ACTIVITY_SOURCE,
    reason:
      `${baselineReason}; upgraded to ${status}: commit on ${utcDate(commit)} within ` +
      `${ACTIVITY_UPGRADE_WINDOW_DAYS} days of ${input.asOf}, ${trancheText}`,
  };
}
