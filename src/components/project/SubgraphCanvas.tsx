/**
 * The drawing of a project's dependency subgraph (DESIGN §7 Project page), loaded on demand so sigma
 * and graphology are only fetched when the section is shown. Positions come from the deterministic
 * radial layout; the graph holds data only (STYLE §2.12); a node click opens that node's page.
 */
import { DirectedGraph } from 'graphology';
import { useEffect, useRef, useState } from 'react';
import type Sigma from 'sigma';
import type { SigmaOptions } from 'sigma/types';
import type { ProjectSubgraph, SubgraphEdge } from '../../queries/project-subgraph.ts';
import { STATUS_COLORS } from '../format.ts';
import { nodeSize } from '../graph-model.ts';
import { SigmaGraph } from '../SigmaGraph.tsx';
import { radialLayout } from './radial-layout.ts';

/** Colour of nodes whose project status is unknown (repos without a project). */
const UNKNOWN_STATUS_COLOR = '#999999';
/** Extra radius of the centre node(s) so the project stands out by size, not colour alone. */
const CENTRE_SIZE_BONUS = 4;

/** Graph units between rings (the frame is fitted to the nodes, so only the ratio to sizes matters). */
const RING_SPACING = 60;

// Node sizes in screen pixels (sigma 4 defaults to position units, which makes a 1-ring view's
// nodes balloon once it is fitted to the frame); fit the frame on every refresh (not "once"), so a
// deeper view fits again after a control change.
const CANVAS_OPTIONS: SigmaOptions = {
  settings: { renderEdgeLabels: false, labelDensity: 1, labelRenderedSizeThreshold: 0, autoRescale: true, itemSizesReference: 'screen' },
} as SigmaOptions;

export interface SubgraphCanvasProps {
  subgraph: ProjectSubgraph;
  label: string;
  hrefFor: (id: string) => string;
}

/**
 * Makes the graph's contents equal `subgraph` (radial positions, data attributes only) by dropping,
 * adding and updating nodes and edges in place; sigma follows these events. (A `clear()` and refill
 * left sigma 4 drawing stale sizes, so the update is a diff.)
 */
function syncGraph(g: DirectedGraph, subgraph: ProjectSubgraph): void {
  const positions = radialLayout(subgraph.nodes);
  const wanted = new Set(subgraph.nodes.map((n) => n.id));
  for (const id of g.nodes()) if (!wanted.has(id)) g.dropNode(id);
  for (const n of subgraph.nodes) {
    const p = positions.get(n.id) ?? { x: 0, y: 0 };
    g.mergeNode(n.id, {
      x: p.x * RING_SPACING,
      y: p.y * RING_SPACING,
      size: nodeSize(n.criticality) + (n.side === 'self' ? CENTRE_SIZE_BONUS : 0),
      color: STATUS_COLORS[n.activity_status ?? ''] ?? UNKNOWN_STATUS_COLOR,
      label: n.label,
    });
  }
  const wantedEdges = new Map<string, SubgraphEdge>();
  for (const e of subgraph.edges) if (e.from !== e.to && wanted.has(e.from) && wanted.has(e.to)) wantedEdges.set(`${e.from}\u0000${e.to}`, e);
  for (const edge of g.edges()) {
    if (!wantedEdges.has(`${g.source(edge)}\u0000${g.target(edge)}`)) g.dropEdge(edge);
  }
  for (const e of wantedEdges.values()) g.mergeEdge(e.from, e.to, { size: Math.min(4, 0.5 + Math.log2(1 + e.edge_count)) });
}

export default function SubgraphCanvas({ subgraph, label, hrefFor }: SubgraphCanvasProps) {
  // One graph object for the life of the canvas: a new view refills it and sigma follows the graph
  // events, instead of a new renderer (and WebGL context) per control change.
  const [graph] = useState(() => {
    const g = new DirectedGraph({ multi: false, allowSelfLoops: false });
    syncGraph(g, subgraph);
    return g;
  });
  const filled = useRef(subgraph);
  useEffect(() => {
    if (filled.current === subgraph) return;
    filled.current = subgraph;
    syncGraph(graph, subgraph);
  }, [graph, subgraph]);
  const hrefRef = useRef(hrefFor);
  hrefRef.current = hrefFor;

  const onReady = (sigma: Sigma) => {
    const click = ({ node }: { node: string }) => window.location.assign(hrefRef.current(node));
    sigma.on('clickNode', click);
    return () => {
      sigma.off('clickNode', click);
    };
  };
  return <SigmaGraph graph={graph} options={CANVAS_OPTIONS} onReady={onReady} className="subgraph-canvas" label={label} />;
}
