/** A tiny inline SVG sparkline of monthly commits (DESIGN §5.3 commits per month). */

export interface SparkPoint {
  month: string;
  commits: number;
}

const WIDTH = 160;
const HEIGHT = 32;

export function Sparkline({ points, label }: { points: SparkPoint[]; label: string }) {
  if (points.length === 0) return <span className="muted">No commit history</span>;
  const max = Math.max(1, ...points.map((p) => p.commits));
  const step = points.length > 1 ? WIDTH / (points.length - 1) : 0;
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${(i * step).toFixed(1)},${(HEIGHT - (p.commits / max) * (HEIGHT - 2) - 1).toFixed(1)}`).join(' ');
  const total = points.reduce((s, p) => s + p.commits, 0);
  return (
    <svg className="sparkline" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img">
      <title>{`${label}: ${total} commits from ${points[0].month} to ${points[points.length - 1].month}, peak ${max} in a month`}</title>
      <path d={path} fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}
