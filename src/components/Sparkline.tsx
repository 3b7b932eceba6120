/**
 * A tiny inline SVG sparkline of monthly commits (DESIGN §5.3 "commits per month (for sparklines)"),
 * always paired with a visible text summary so the trend is not carried by the drawing alone
 * (DESIGN §7 accessibility). The SVG is decorative once the text says the same.
 */

export interface SparkPoint {
  month: string;
  commits: number;
}

const WIDTH = 160;
const HEIGHT = 32;
/** Months named in the "recent" part of the summary. */
export const RECENT_MONTHS = 3;

/** The sparkline in words: total, span, busiest month and the last few months. */
export function sparklineSummary(points: readonly SparkPoint[]): string {
  if (points.length === 0) return 'No commit history.';
  const total = points.reduce((s, p) => s + p.commits, 0);
  const peak = points.reduce((best, p) => (p.commits > best.commits ? p : best), points[0]);
  const recent = points.slice(-RECENT_MONTHS).map((p) => `${p.month}: ${p.commits.toLocaleString('en-US')}`).join(', ');
  return `${total.toLocaleString('en-US')} commits from ${points[0].month} to ${points[points.length - 1].month}; busiest month ${peak.month} (${peak.commits.toLocaleString('en-US')}); latest months ${recent}.`;
}

export function Sparkline({ points, label }: { points: SparkPoint[]; label: string }) {
  if (points.length === 0) return <span className="muted">No commit history</span>;
  const max = Math.max(1, ...points.map((p) => p.commits));
  const step = points.length > 1 ? WIDTH / (points.length - 1) : 0;
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${(i * step).toFixed(1)},${(HEIGHT - (p.commits / max) * (HEIGHT - 2) - 1).toFixed(1)}`).join(' ');
  return (
    <>
      <svg className="sparkline" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
        <path d={path} fill="none" stroke="currentColor" strokeWidth="1.5" />
      </svg>
      <span className="sparkline-summary" data-testid="sparkline-summary"><span className="visually-hidden">{label}: </span>{sparklineSummary(points)}</span>
    </>
  );
}
