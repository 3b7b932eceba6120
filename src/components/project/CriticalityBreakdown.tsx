/**
 * How a project's criticality was computed (DESIGN §5.2 Project; issue #3: "the dependents that
 * make up criticality (direct and transitive, with paths on demand)"): the distinct repos and
 * packages outside the project that reach any of its repos, each with its distance, and on request
 * the chain of `depends_on` edges from that dependent to the project.
 */
import { useState } from 'react';
import { projectHref, repoHref } from '../../lib/site-root.ts';
import { readCriticalityDependents, readDependencyPath, type CriticalityDependentRow, type PathStep } from '../../queries/project-criticality.ts';
import { useAtlas } from '../AtlasGate.tsx';
import { DataState } from '../DataState.tsx';
import { formatCount } from '../format.ts';
import { useAtlasData } from '../use-atlas-data.ts';
import { usePaged } from './PageControls.tsx';

/** Dependents listed before "show more". */
export const DEPENDENTS_INITIAL = 50;

type PathState = { status: 'idle' } | { status: 'loading' } | { status: 'ready'; steps: PathStep[] | null } | { status: 'error'; message: string };

function VertexLink({ id, label, kind, rootRel }: { id: string; label: string | null; kind: string; rootRel: string }) {
  if (kind === 'repo') return <a href={repoHref(rootRel, id)}>{label ?? id}</a>;
  return <span className="mono">{label ?? id}</span>;
}

function DependentItem({ row, repoIds, rootRel }: { row: CriticalityDependentRow; repoIds: readonly string[]; rootRel: string }) {
  const atlas = useAtlas();
  const [path, setPath] = useState<PathState>({ status: 'idle' });
  const open = path.status !== 'idle';
  const toggle = () => {
    if (open) return setPath({ status: 'idle' });
    setPath({ status: 'loading' });
    readDependencyPath(atlas, row.dependent_id, repoIds).then(
      (steps) => setPath({ status: 'ready', steps }),
      (error: unknown) => setPath({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  };
  const pathId = `path-${encodeURIComponent(row.dependent_id).replace(/%/g, '_')}`;
  return (
    <li data-dependent-id={row.dependent_id} data-distance={row.distance}>
      <VertexLink id={row.dependent_id} label={row.label} kind={row.kind} rootRel={rootRel} />
      {row.project_id ? <> (<a href={projectHref(rootRel, row.project_id)}>{row.project_name ?? row.project_id}</a>)</> : row.kind === 'repo' ? <span className="muted"> (no project)</span> : null}
      {' '}<span className="muted">— {row.distance === 1 ? 'direct dependent' : `transitive, ${row.distance} steps away`}</span>{' '}
      <button type="button" className="inline-button" aria-expanded={open} aria-controls={open ? pathId : undefined} onClick={toggle}>
        {open ? 'Hide path' : 'Show path'}
      </button>
      {path.status === 'loading' ? <p role="status" className="muted">Finding the path…</p> : null}
      {path.status === 'error' ? <p className="notice notice-error">Path query failed: {path.message}</p> : null}
      {path.status === 'ready' && path.steps === null ? <p className="muted" id={pathId}>No path along metric-scope edges was found.</p> : null}
      {path.status === 'ready' && path.steps ? (
        <ol className="dependency-path" id={pathId} data-testid="dependency-path" aria-label={`Dependency path from ${row.label ?? row.dependent_id}, each item depends on the next`}>
          {path.steps.map((s) => (
            <li key={s.id} data-vertex-id={s.id}><VertexLink id={s.id} label={s.label} kind={s.kind} rootRel={rootRel} /></li>
          ))}
        </ol>
      ) : null}
    </li>
  );
}

function DependentList({ rows, repoIds, rootRel }: { rows: CriticalityDependentRow[]; repoIds: readonly string[]; rootRel: string }) {
  const { visible, controls } = usePaged(rows, DEPENDENTS_INITIAL);
  return (
    <>
      <ol className="dependent-list" data-testid="criticality-dependents">
        {visible.map((row) => <DependentItem key={row.dependent_id} row={row} repoIds={repoIds} rootRel={rootRel} />)}
      </ol>
      {controls}
    </>
  );
}

export interface CriticalityBreakdownProps {
  projectId: string;
  criticality: number | null;
  criticalityRepoSum: number | null;
  repoIds: readonly string[];
  rootRel: string;
}

export function CriticalityBreakdown({ projectId, criticality, criticalityRepoSum, repoIds, rootRel }: CriticalityBreakdownProps) {
  const data = useAtlasData((atlas) => readCriticalityDependents(atlas, projectId), [projectId]);
  if (repoIds.length === 0) return <p>This project has no repositories, so it has no criticality (shown as —).</p>;
  return (
    <DataState data={data}>
      {(rows) => {
        const direct = rows.filter((r) => r.distance === 1).length;
        return (
          <>
            <p className="explain">
              Criticality <strong data-testid="criticality-count">{formatCount(criticality)}</strong> counts the distinct repositories and packages
              outside this project that reach any of its {repoIds.length} {repoIds.length === 1 ? 'repository' : 'repositories'} along
              dependency edges in the metric scopes (runtime, build, unknown — not dev or ci), within the active subgraph.
              Here: {formatCount(direct)} direct and {formatCount(rows.length - direct)} transitive.
            </p>
            <p className="muted" data-testid="criticality-repo-sum">
              Reference (sum over repos): {formatCount(criticalityRepoSum)} — the reference implementation adds up its repos' scores, which counts a
              dependent once per repo it uses and also counts the project's own repos that depend on each other.
            </p>
            {criticality !== null && rows.length !== criticality ? (
              <p className="notice">This list has {rows.length} entries but the stored criticality is {criticality}; the atlas may be inconsistent.</p>
            ) : null}
            {rows.length === 0 ? <p>Nothing outside the project depends on it.</p> : <DependentList rows={rows} repoIds={repoIds} rootRel={rootRel} />}
          </>
        );
      }}
    </DataState>
  );
}
