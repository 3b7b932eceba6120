/**
 * Sanity gate (DESIGN §9): refuse to deploy an atlas that lost data against the previous deploy —
 * projects, repos or dependency edges dropping by more than a share — unless forced on purpose.
 * Pure: takes two sets of counts, returns a report; reading files is in read-counts.ts.
 */

/**
 * Default largest tolerated drop (20 %). Real week-to-week churn is a few percent (projects retire,
 * repos get archived); a fifth disappearing at once means a collector or upstream failed.
 */
export const DEFAULT_MAX_DROP_SHARE = 0.2;
export const GATED_COUNTS = ['projects', 'repos', 'edges'] as const;
export type GatedCount = (typeof GATED_COUNTS)[number];
export type GateCounts = Record<GatedCount, number>;

export interface GateCheck {
  count: GatedCount;
  previous: number;
  next: number;
  /** (previous − next) / previous; negative when the count grew. */
  dropShare: number;
  passed: boolean;
}

export interface GateReport {
  /** Whether deploying may go ahead (true when forced). */
  allowed: boolean;
  forced: boolean;
  maxDropShare: number;
  checks: GateCheck[];
  /** Set when there is nothing to compare with (first deploy). */
  note: string | null;
}

export function validateMaxDropShare(value: number): number {
  if (!Number.isFinite(value) || value < 0 || value > 1) throw new Error(`gate: --max-drop must be a share between 0 and 1, got ${value}`);
  return value;
}

export function evaluateGate(previous: GateCounts | null, next: GateCounts, options: { maxDropShare?: number; force?: boolean } = {}): GateReport {
  const maxDropShare = validateMaxDropShare(options.maxDropShare ?? DEFAULT_MAX_DROP_SHARE);
  const forced = options.force ?? false;
  if (!previous) return { allowed: true, forced, maxDropShare, checks: [], note: 'no previous deploy to compare with' };
  const checks = GATED_COUNTS.map((count): GateCheck => {
    const before = previous[count];
    const after = next[count];
    const dropShare = before > 0 ? (before - after) / before : 0;
    return { count, previous: before, next: after, dropShare, passed: dropShare <= maxDropShare };
  });
  const passed = checks.every((c) => c.passed);
  return { allowed: passed || forced, forced: forced && !passed, maxDropShare, checks, note: null };
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** A Markdown report for the job summary and the terminal. */
export function formatGateReport(report: GateReport): string {
  const verdict = report.forced ? 'FORCED (drops above the limit were overridden)' : report.allowed ? 'passed' : 'REFUSED';
  const lines = [`### Sanity gate: ${verdict}`, '', `Largest tolerated drop: ${percent(report.maxDropShare)}`, ''];
  if (report.note) return [...lines, report.note, ''].join('\n');
  lines.push('| count | previous | new | change | |', '| --- | ---: | ---: | ---: | --- |');
  for (const c of report.checks) {
    const change = c.next - c.previous;
    lines.push(`| ${c.count} | ${c.previous} | ${c.next} | ${change >= 0 ? '+' : ''}${change} (${percent(-c.dropShare)}) | ${c.passed ? 'ok' : 'dropped too much'} |`);
  }
  if (!report.allowed) lines.push('', 'Re-run with `--force` (workflow input `force`) if the drop is intended.');
  return `${lines.join('\n')}\n`;
}
