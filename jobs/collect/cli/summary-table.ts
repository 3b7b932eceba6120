/**
 * The final summary table of a collect run (issue #4 "a final summary table"): one row per source with
 * state, retrieval date, duration, main counts and the first error. Pure: records in, text out.
 */
import type { SourceStatusRecord } from '../snapshot-writer/source-status.ts';

/** Longest first-error text shown in the table (the full list is in snapshot.json). */
export const SUMMARY_ERROR_WIDTH = 70;

export function summaryTable(sources: Record<string, SourceStatusRecord>): string {
  const header = ['source', 'state', 'retrieved', 'duration', 'counts', 'first error'];
  const rows = Object.entries(sources).map(([name, r]) => [
    name,
    `${r.state}${r.carried_over ? ' (carried)' : ''}`,
    r.retrieved_by ?? '',
    r.duration_ms !== undefined ? `${(r.duration_ms / 1000).toFixed(1)} s` : '',
    Object.entries(r.counts ?? {})
      .map(([k, v]) => `${k} ${v}`)
      .join(', '),
    (r.stale_reason ?? r.errors?.[0] ?? '').slice(0, SUMMARY_ERROR_WIDTH),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
