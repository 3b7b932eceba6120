/**
 * Side panel of the focused node (DESIGN §7: click focuses a node with its transitive dependents /
 * dependencies): what it is, links to its page, and both transitive lists with their distance,
 * each entry linking to its page. It also states edge direction in words, beside the arrow heads.
 */
import { forwardRef, useState } from 'react';
import { formatCount, statusLabel } from '../format.ts';
import type { AtlasGraph } from './atlas-graph.ts';
import { DEPENDENCY_EDGE_COLOR, DEPENDENT_EDGE_COLOR } from './appearance.ts';
import { NodeLink, kindText } from './node-links.tsx';
import type { Focus } from './visibility.ts';

/** Entries listed before a "show all" button, so a hub's thousands of dependents don't flood the page. */
export const PANEL_LIST_LIMIT = 200;

function ReachList({ title, reach, graph, rootRel, colour, testId }: { title: string; reach: Map<string, number>; graph: AtlasGraph; rootRel: string; colour: string; testId: string }) {
  const [all, setAll] = useState(false);
  const sorted = [...reach].sort((a, b) => a[1] - b[1] || graph.getNodeAttribute(a[0], 'label').localeCompare(graph.getNodeAttribute(b[0], 'label')));
  const shown = all ? sorted : sorted.slice(0, PANEL_LIST_LIMIT);
  return (
    <section>
      <h3>
        <span className="chip" aria-hidden="true" style={{ background: colour }} /> {title} ({formatCount(reach.size)})
      </h3>
      {reach.size === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ol className="graph-reach" data-testid={testId}>
          {shown.map(([id, distance]) => (
            <li key={id} data-node-id={id}>
              <NodeLink rootRel={rootRel} id={id} a={graph.getNodeAttributes(id)} /> <span className="muted">{distance === 1 ? 'direct' : `${distance} steps`}</span>
            </li>
          ))}
        </ol>
      )}
      {sorted.length > shown.length ? (
        <button type="button" onClick={() => setAll(true)}>
          Show all {formatCount(sorted.length)}
        </button>
      ) : null}
    </section>
  );
}

export const FocusPanel = forwardRef<HTMLHeadingElement, { graph: AtlasGraph; focus: Focus | null; rootRel: string; onClear: () => void }>(function FocusPanel({ graph, focus, rootRel, onClear }, headingRef) {
  if (!focus) {
    return (
      <aside className="graph-panel" aria-label="Focused node">
        <h2 ref={headingRef} tabIndex={-1}>No node focused</h2>
        <p className="muted">Click a node, pick one in the search, or use a Focus button in the list to see everything it depends on and everything that depends on it, transitively.</p>
      </aside>
    );
  }
  const a = graph.getNodeAttributes(focus.node);
  return (
    <aside className="graph-panel" aria-label="Focused node" data-testid="graph-focus-panel">
      <h2 ref={headingRef} tabIndex={-1}>{a.label}</h2>
      <p>
        <NodeLink rootRel={rootRel} id={focus.node} a={a} /> — {kindText(a)}
        {a.kind !== 'external' ? <>, {statusLabel(a.status)}</> : null}, criticality {formatCount(a.criticality)}
      </p>
      <p className="muted">Arrows point from a dependent to what it depends on. Press Escape to clear the focus.</p>
      <p className="muted" data-testid="graph-reach-note">These lists follow every edge in the current scope, active or not; criticality counts only dependents inside the active subgraph, so the two numbers can differ.</p>
      <button type="button" onClick={onClear}>Clear focus</button>
      <ReachList key={`dependents-${focus.node}`} title="Transitive dependents (depend on it)" reach={focus.dependents} graph={graph} rootRel={rootRel} colour={DEPENDENT_EDGE_COLOR} testId="graph-dependents" />
      <ReachList key={`dependencies-${focus.node}`} title="Transitive dependencies (it depends on)" reach={focus.dependencies} graph={graph} rootRel={rootRel} colour={DEPENDENCY_EDGE_COLOR} testId="graph-dependencies" />
    </aside>
  );
});
