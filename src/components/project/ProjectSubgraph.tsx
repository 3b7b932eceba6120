/**
 * The interactive dependency subgraph of a project page (DESIGN §7 Project page; issue #3: "depth
 * 1–3 and direction (dependents / dependencies / both)", project level with a repo-level option).
 * Controls live in the URL; the drawing (sigma) loads on demand; a list of the same nodes, with
 * depth and side in words, serves keyboard and screen-reader users.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { projectHref, repoHref } from '../../lib/site-root.ts';
import { MAX_SUBGRAPH_NODES, readProjectSubgraph, SUBGRAPH_DEPTHS, type ProjectSubgraph as Subgraph, type SubgraphDirection, type SubgraphLevel, type SubgraphNode } from '../../queries/project-subgraph.ts';
import { DataState } from '../DataState.tsx';
import { STATUS_COLORS, STATUS_LABELS, formatCount, statusLabel } from '../format.ts';
import { useAtlasData } from '../use-atlas-data.ts';
import { readSubgraphView, writeSubgraphView, type SubgraphView } from './subgraph-url-state.ts';

const SubgraphCanvas = lazy(() => import('./SubgraphCanvas.tsx'));

const DIRECTION_LABELS: Record<SubgraphDirection, string> = {
  dependents: 'Dependents (who uses it)',
  dependencies: 'Dependencies (what it uses)',
  both: 'Both',
};
const LEVEL_LABELS: Record<SubgraphLevel, string> = { project: 'Projects', repo: 'Repositories' };

function sideText(n: SubgraphNode, level: SubgraphLevel): string {
  if (n.side === 'self') return level === 'project' ? 'this project' : 'repository of this project';
  const steps = n.depth === 1 ? 'directly' : `${n.depth} steps away`;
  return n.side === 'dependent' ? `depends on it ${steps}` : `it depends on this ${steps}`;
}

function NodeList({ subgraph, view, rootRel }: { subgraph: Subgraph; view: SubgraphView; rootRel: string }) {
  return (
    <ul className="link-list" data-testid="subgraph-nodes" aria-label="Nodes shown in the subgraph">
      {subgraph.nodes.map((n) => (
        <li key={n.id} data-node-id={n.id} data-depth={n.depth} data-side={n.side}>
          <a href={view.level === 'project' ? projectHref(rootRel, n.id) : repoHref(rootRel, n.id)}>{n.label}</a>{' '}
          <span className="muted">— {sideText(n, view.level)}; {statusLabel(n.activity_status)}, criticality {formatCount(n.criticality)}</span>
        </li>
      ))}
    </ul>
  );
}

export function ProjectSubgraph({ projectId, rootRel, repoCount }: { projectId: string; rootRel: string; repoCount: number }) {
  const [view, setView] = useState<SubgraphView | null>(null);
  useEffect(() => setView(readSubgraphView(window.location.search)), []);
  const update = (patch: Partial<SubgraphView>) => {
    if (!view) return;
    const next = { ...view, ...patch };
    setView(next);
    const url = new URL(window.location.href);
    url.search = writeSubgraphView(url.search, next);
    window.history.replaceState(window.history.state, '', url);
  };
  // No query until the view is read from the URL, so a shared link never draws the default first.
  const data = useAtlasData((atlas) => (view ? readProjectSubgraph(atlas, { projectId, ...view }) : Promise.resolve(null)), [projectId, view], { keepPrevious: true });
  if (!view) return null;
  const hrefFor = (id: string) => (view.level === 'project' ? projectHref(rootRel, id) : repoHref(rootRel, id));
  return (
    <div data-testid="subgraph">
      <form className="subgraph-controls" aria-label="Subgraph view" onSubmit={(e) => e.preventDefault()}>
        <label>Depth
          <select value={view.depth} onChange={(e) => update({ depth: Number(e.currentTarget.value) })} data-testid="subgraph-depth">
            {SUBGRAPH_DEPTHS.map((d) => <option key={d} value={d}>{d} {d === 1 ? 'step' : 'steps'}</option>)}
          </select>
        </label>
        <label>Direction
          <select value={view.direction} onChange={(e) => update({ direction: e.currentTarget.value as SubgraphDirection })} data-testid="subgraph-direction">
            {(Object.keys(DIRECTION_LABELS) as SubgraphDirection[]).map((d) => <option key={d} value={d}>{DIRECTION_LABELS[d]}</option>)}
          </select>
        </label>
        <label>Level
          <select value={view.level} onChange={(e) => update({ level: e.currentTarget.value as SubgraphLevel })} data-testid="subgraph-level">
            {(Object.keys(LEVEL_LABELS) as SubgraphLevel[]).map((l) => <option key={l} value={l}>{LEVEL_LABELS[l]}</option>)}
          </select>
        </label>
      </form>
      {view.level === 'repo' && repoCount === 0 ? <p>This project has no repositories to draw at repository level.</p> : (
        <DataState data={data}>
          {(subgraph) => subgraph === null ? <p role="status">Loading…</p> : (
            <>
              <p aria-live="polite" data-testid="subgraph-summary">
                {subgraph.nodes.length - subgraph.nodes.filter((n) => n.side === 'self').length === 0
                  ? `No ${view.direction === 'both' ? 'dependents or dependencies' : view.direction} within ${view.depth} ${view.depth === 1 ? 'step' : 'steps'}.`
                  : `${subgraph.nodes.length} ${view.level === 'project' ? 'projects' : 'repositories'} and ${subgraph.edges.length} dependency links within ${view.depth} ${view.depth === 1 ? 'step' : 'steps'}.`}
                {subgraph.truncated ? ` Only the first ${MAX_SUBGRAPH_NODES} nodes are shown; lower the depth to see a complete view.` : ''}
              </p>
              <ul className="legend" aria-label="Colour legend: activity status">
                {Object.entries(STATUS_LABELS).map(([status, label]) => (
                  <li key={status}><span className="chip" aria-hidden="true" style={{ background: STATUS_COLORS[status] }} />{label}</li>
                ))}
                <li className="muted">{view.direction === 'both' ? 'Dependents on the left, dependencies on the right; ' : ''}one ring per step; the largest node is this project{view.level === 'repo' ? "'s repositories" : ''}.</li>
              </ul>
              <Suspense fallback={<p role="status">Loading the drawing…</p>}>
                <SubgraphCanvas subgraph={subgraph} hrefFor={hrefFor} label={`Dependency subgraph with ${subgraph.nodes.length} nodes; the same nodes are listed below.`} />
              </Suspense>
              <NodeList subgraph={subgraph} view={view} rootRel={rootRel} />
            </>
          )}
        </DataState>
      )}
    </div>
  );
}
