/**
 * A repo's transitive blast radius (DESIGN §5.2: "for every vertex the list of transitive
 * dependents"; issue #3 repo page): every repo with a path to this one inside the active subgraph,
 * nearest first, with its distance, paginated.
 */
import { projectHref, repoHref } from '../../lib/site-root.ts';
import type { BlastRadiusRow } from '../../queries/repo.ts';
import { formatCount } from '../format.ts';
import { usePaged } from '../project/PageControls.tsx';

/** Rows shown before "show more". */
export const BLAST_RADIUS_PAGE = 50;

export function BlastRadius({ rows, rootRel }: { rows: readonly BlastRadiusRow[]; rootRel: string }) {
  const { visible, controls } = usePaged(rows, BLAST_RADIUS_PAGE);
  if (rows.length === 0) return <p data-testid="blast-radius-empty">Nothing in the active subgraph reaches this repository, so a change here affects no other tracked repository.</p>;
  const direct = rows.filter((r) => r.distance === 1).length;
  return (
    <>
      <p className="explain">
        {formatCount(rows.length)} {rows.length === 1 ? 'repository reaches' : 'repositories reach'} this one along metric-scope dependency edges inside the
        active subgraph: {formatCount(direct)} directly, {formatCount(rows.length - direct)} through others.
      </p>
      <ol className="dependent-list" data-testid="blast-radius">
        {visible.map((r) => (
          <li key={r.dependent_id} data-dependent-id={r.dependent_id} data-distance={r.distance}>
            {r.full_name ? <a href={repoHref(rootRel, r.dependent_id)}>{r.full_name}</a> : <span className="mono">{r.dependent_id}</span>}
            {r.project_id ? <> (<a href={projectHref(rootRel, r.project_id)}>{r.project_name ?? r.project_id}</a>)</> : null}
            {' '}<span className="muted">— {r.distance === 1 ? 'direct' : `${r.distance} steps away`}</span>
          </li>
        ))}
      </ol>
      {controls}
    </>
  );
}
