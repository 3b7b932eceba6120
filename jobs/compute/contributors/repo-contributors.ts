/**
 * Contributor statistics of one repo (DESIGN §5.3): who wrote its non-merge commits in the
 * 24 months before the snapshot date, resolved to hashed identities, and the aggregates the site
 * shows (pony factor, total and active contributors, top-contributor share, commits per month).
 *
 * Rules, in order, per commit:
 * - an author date that is not ISO 8601 → skipped (`invalidDate`);
 * - dated at or after the as_of anchor → ignored (`afterAsOf`), in no window and no first/last;
 * - first/last commit of the repo span its whole history and include bots (repo activity);
 * - bot / AI-tool authors (automation-identity.ts) → `botCommitsWindow`, never attributed;
 * - the author (not the committer: web-merged commits have GitHub as committer) is credited;
 *   co-authors only with `creditCoAuthors` (DESIGN §5.3 default: not credited);
 * - no usable address and no name → skipped (`unattributable`).
 * Output carries hashes and counts only, never an e-mail or a name.
 */
import type { GitCommit, MailmapEntry } from '../../snapshot/types.ts';
import { ponyFactor } from '../metrics/pony-factor.ts';
import { anchorOf, daysBefore, monthsBefore, parseInstant } from '../metrics/time-window.ts';
import { automationKind } from './automation-identity.ts';
import { contributorHash, identityKey } from './identity-key.ts';
import { applyMailmap, type Identity } from './mailmap.ts';

/** Contributor window: 24 months before the snapshot date (DESIGN §5.3). */
export const CONTRIBUTOR_WINDOW_MONTHS = 24;
/** "Active contributor" windows, days before the snapshot date (DESIGN §5.3). */
export const ACTIVE_WINDOW_SHORT_DAYS = 30;
export const ACTIVE_WINDOW_LONG_DAYS = 90;

export interface ContributorOptions {
  /** Snapshot date, YYYY-MM-DD. */
  asOf: string;
  /** Credit `Co-authored-by` trailers with one commit each (default false, DESIGN §5.3). */
  creditCoAuthors?: boolean;
}

export interface ContributorActivity {
  /** SHA-256 hex of the identity key. */
  hash: string;
  /** Commits in the window. */
  commits: number;
  /** First and last commit in this repo over its whole history up to as_of (ISO 8601 UTC). */
  first: string;
  last: string;
}

export interface ContributorAggregates {
  /** Contributors with at least one commit in the window, most commits first (ties by hash). */
  contributors: ContributorActivity[];
  /** null only for a project without repos. */
  ponyFactor: number | null;
  contributorsTotal: number;
  activeContributors30d: number;
  activeContributors90d: number;
  /**
   * Top contributor's share of the credited window commits (4 decimals); null when none. Equals
   * top / commitsWindow unless co-authors are credited.
   */
  topContributorShare: number | null;
  /** Attributed (human) commits in the window. */
  commitsWindow: number;
  /** Bot and AI-tool commits in the window: counted, not attributed. */
  botCommitsWindow: number;
  /** First and last commit over all history up to as_of, bots included; null without commits. */
  firstCommit: string | null;
  lastCommit: string | null;
  /** Attributed commits per month (`YYYY-MM`, UTC), every month of the window, ascending. */
  commitsPerMonth: Record<string, number>;
}

export interface RepoContributorStats extends ContributorAggregates {
  /** Distinct people who ever committed up to as_of (window or not). */
  contributorsAllTime: number;
  skipped: { afterAsOf: number; invalidDate: number; unattributable: number };
}

export interface RepoCommitLog {
  commits: readonly GitCommit[];
  mailmap: readonly MailmapEntry[];
}

interface Tally {
  commits: number;
  first: number;
  last: number;
}

const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const monthKey = (ms: number) => new Date(ms).toISOString().slice(0, 7);

/** The window bounds for an as_of date: [start, anchor), and the two active thresholds. */
export function contributorWindows(asOf: string) {
  const anchor = anchorOf(asOf);
  return {
    anchor,
    start: monthsBefore(anchor, CONTRIBUTOR_WINDOW_MONTHS),
    active30: daysBefore(anchor, ACTIVE_WINDOW_SHORT_DAYS),
    active90: daysBefore(anchor, ACTIVE_WINDOW_LONG_DAYS),
  };
}

/** Every `YYYY-MM` from the window start to the month before the anchor instant, with 0. */
export function emptyMonths(asOf: string): Record<string, number> {
  const { start, anchor } = contributorWindows(asOf);
  const months: Record<string, number> = {};
  const last = monthKey(anchor - 1);
  const d = new Date(start);
  for (let y = d.getUTCFullYear(), m = d.getUTCMonth(); ; m++) {
    if (m === 12) {
      m = 0;
      y++;
    }
    const key = `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}`;
    months[key] = 0;
    if (key >= last) break;
  }
  return months;
}

export function repoContributorStats(log: RepoCommitLog, options: ContributorOptions): RepoContributorStats {
  const w = contributorWindows(options.asOf);
  const people = new Map<string, Tally>();
  const hashOfKey = new Map<string, string>();
  const skipped = { afterAsOf: 0, invalidDate: 0, unattributable: 0 };
  const commitsPerMonth = emptyMonths(options.asOf);
  let botCommitsWindow = 0;
  let commitsWindow = 0;
  let first: number | null = null;
  let last: number | null = null;

  /** Credits one commit to an already mailmapped identity; false when it has no usable key. */
  const credit = (identity: Identity, t: number, inWindow: boolean): boolean => {
    const key = identityKey(identity);
    if (key === null) return false;
    let hash = hashOfKey.get(key);
    if (hash === undefined) {
      hash = contributorHash(key);
      hashOfKey.set(key, hash);
    }
    const tally = people.get(hash);
    if (tally === undefined) people.set(hash, { commits: inWindow ? 1 : 0, first: t, last: t });
    else {
      if (inWindow) tally.commits++;
      if (t < tally.first) tally.first = t;
      if (t > tally.last) tally.last = t;
    }
    return true;
  };

  for (const commit of log.commits) {
    const t = parseInstant(commit.authorDateUtc);
    if (t === null) {
      skipped.invalidDate++;
      continue;
    }
    if (t >= w.anchor) {
      skipped.afterAsOf++;
      continue;
    }
    if (first === null || t < first) first = t;
    if (last === null || t > last) last = t;
    const inWindow = t >= w.start;
    const author = applyMailmap({ name: commit.authorName, email: commit.authorEmail }, log.mailmap);
    if (automationKind(author.name, author.email) !== null) {
      if (inWindow) botCommitsWindow++;
      continue;
    }
    if (!credit(author, t, inWindow)) {
      skipped.unattributable++;
      continue;
    }
    if (inWindow) {
      commitsWindow++;
      commitsPerMonth[monthKey(t)]++;
    }
    if (options.creditCoAuthors) {
      const authorKey = identityKey(author);
      const seen = new Set<string>(authorKey === null ? [] : [authorKey]);
      for (const co of commit.coAuthors) {
        const mapped = applyMailmap(co, log.mailmap);
        const key = identityKey(mapped);
        if (key === null || seen.has(key) || automationKind(mapped.name, mapped.email) !== null) continue;
        seen.add(key);
        credit(mapped, t, inWindow);
      }
    }
  }

  const contributors = [...people]
    .filter(([, tally]) => tally.commits > 0)
    .map(([hash, tally]) => ({ hash, commits: tally.commits, first: isoSeconds(tally.first), last: isoSeconds(tally.last) }))
    .sort((a, b) => b.commits - a.commits || (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));

  return {
    ...aggregate(contributors, w, commitsWindow),
    botCommitsWindow,
    firstCommit: first === null ? null : isoSeconds(first),
    lastCommit: last === null ? null : isoSeconds(last),
    commitsPerMonth,
    contributorsAllTime: people.size,
    skipped,
  };
}

/** Pony factor, counts and top share over window contributors (shared with the project roll-up). */
export function aggregate(
  contributors: readonly ContributorActivity[],
  w: { active30: number; active90: number },
  commitsWindow: number,
): Pick<ContributorAggregates, 'contributors' | 'ponyFactor' | 'contributorsTotal' | 'activeContributors30d' | 'activeContributors90d' | 'topContributorShare' | 'commitsWindow'> {
  let active30 = 0;
  let active90 = 0;
  let top = 0;
  let credited = 0;
  for (const c of contributors) {
    credited += c.commits;
    const lastMs = Date.parse(c.last);
    if (lastMs >= w.active30) active30++;
    if (lastMs >= w.active90) active90++;
    if (c.commits > top) top = c.commits;
  }
  return {
    contributors: [...contributors],
    ponyFactor: ponyFactor(contributors.map((c) => c.commits)),
    contributorsTotal: contributors.length,
    activeContributors30d: active30,
    activeContributors90d: active90,
    topContributorShare: credited === 0 ? null : Math.round((top * 10_000) / credited) / 10_000,
    commitsWindow,
  };
}
