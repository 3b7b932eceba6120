/**
 * One table of a repo's dependency edges (DESIGN §7 repo page: "dependencies split in-ecosystem /
 * external with provenance, scope and version ranges"): target, scope, version ranges, provenance
 * (JSON arrays in the atlas, shown as lists) and confidence.
 */
import { repoHref } from '../../lib/site-root.ts';
import type { DependencyRow } from '../../queries/repo.ts';
import { jsonList } from '../format.ts';

export function DependencyTable({ rows, rootRel, testId, empty }: { rows: readonly DependencyRow[]; rootRel: string; testId: string; empty: string }) {
  if (rows.length === 0) return <p data-testid={`${testId}-empty`}>{empty}</p>;
  return (
    <div className="table-wrap">
      <table data-testid={testId}>
        <thead><tr><th scope="col">Dependency</th><th scope="col">Scope</th><th scope="col">Version ranges</th><th scope="col">Provenance</th><th scope="col">Confidence</th></tr></thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.to_id} data-to-id={d.to_id} data-scope={d.scope}>
              <th scope="row">
                {d.to_kind === 'repo' ? <a href={repoHref(rootRel, d.to_id)}>{d.target_name ?? d.to_id}</a> : <span>{d.target_name ?? d.to_id}</span>}
                {d.to_kind === 'external' && d.target_name ? <><br /><span className="mono muted">{d.to_id}</span></> : null}
              </th>
              <td>{d.scope}</td>
              <td className="mono">{jsonList(d.version_ranges).join(', ') || 'any'}</td>
              <td>{jsonList(d.provenance).join(', ') || '—'}</td>
              <td>{d.confidence}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
