/** The end-of-run summary of a build: counts, per-source status, every warning, output paths. */
import type { SnapshotWarning, SourceStatus } from '../snapshot/types.ts';

export interface BuildSummary {
  asOf: string;
  label: string | null;
  counts: {
    projects: number;
    activeProjects: number;
    repos: number;
    externalPackages: number;
    edges: number;
    metricEdges: number;
    contributors: number;
    activeContributors30d: number;
    activeContributors90d: number;
  };
  sources: SourceStatus[];
  warnings: SnapshotWarning[];
}

export interface BuildReport extends BuildSummary {
  snapshotDir: string;
  dbPath: string;
  distDir: string | null;
}

export function formatSummary(r: BuildReport): string {
  const lines: string[] = [];
  lines.push('', `PG Atlas build summary — snapshot as of ${r.asOf}${r.label ? ` (${r.label})` : ''}`, '');
  const c = r.counts;
  const counts: [string, number][] = [
    ['projects', c.projects], ['  active (live / in-dev)', c.activeProjects], ['repos', c.repos],
    ['external packages', c.externalPackages], ['depends_on edges', c.edges], ['  in metric scopes', c.metricEdges],
    ['contributors (24-month window)', c.contributors], ['  active 30 days', c.activeContributors30d], ['  active 90 days', c.activeContributors90d],
  ];
  for (const [k, v] of counts) lines.push(`  ${k.padEnd(32)} ${String(v).padStart(8)}`);
  lines.push('', '  source          state     records  warnings  retrieved');
  for (const s of r.sources) {
    lines.push(`  ${s.name.padEnd(15)} ${s.state.padEnd(9)} ${String(s.records).padStart(7)}  ${String(s.warnings).padStart(8)}  ${s.retrievedAt ?? '-'}`);
    for (const e of s.errors.slice(0, 3)) lines.push(`      first issue: ${e}`);
  }
  lines.push('', `  warnings: ${r.warnings.length}`);
  const bySource = new Map<string, SnapshotWarning[]>();
  for (const w of r.warnings) bySource.set(w.source, [...(bySource.get(w.source) ?? []), w]);
  for (const [source, list] of [...bySource.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`  [${source}] ${list.length}`);
    for (const w of list) lines.push(`    ${w.file}${w.field ? ` ${w.field}` : ''}: ${w.message}`);
  }
  lines.push('', `  atlas.sqlite  ${r.dbPath}`);
  if (r.distDir) lines.push(`  site          ${r.distDir}`);
  lines.push('');
  return `${lines.join('\n')}\n`;
}
