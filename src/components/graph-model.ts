/**
 * Builds the graphology graph of the project-level ecosystem from atlas rows (DESIGN §7 Graph
 * explorer): data attributes only (position from the precomputed layout, size from criticality,
 * colour from activity status); hover and focus live in sigma state, not here (STYLE §2.12).
 */
import { DirectedGraph } from 'graphology';
import type { ProjectGraphData } from '../queries/graph.ts';
import { STATUS_COLORS } from './format.ts';

/** Node radius in pixels: a floor so zero-criticality projects stay visible, √ so hubs don't swamp. */
export const MIN_NODE_SIZE = 3;
export const NODE_SIZE_PER_SQRT_CRITICALITY = 2.5;
export const MAX_NODE_SIZE = 30;

export function nodeSize(criticality: number | null): number {
  return Math.min(MAX_NODE_SIZE, MIN_NODE_SIZE + NODE_SIZE_PER_SQRT_CRITICALITY * Math.sqrt(Math.max(0, criticality ?? 0)));
}

export function buildProjectGraph(data: ProjectGraphData): DirectedGraph {
  const graph = new DirectedGraph({ multi: false, allowSelfLoops: false });
  for (const n of data.nodes) {
    graph.addNode(n.project_id, {
      x: n.x,
      y: n.y,
      size: nodeSize(n.criticality),
      color: STATUS_COLORS[n.activity_status] ?? '#999999',
      label: n.name,
      status: n.activity_status,
      criticality: n.criticality,
    });
  }
  for (const e of data.edges) {
    if (e.from_project === e.to_project || graph.hasEdge(e.from_project, e.to_project)) continue;
    graph.addDirectedEdge(e.from_project, e.to_project, { size: Math.min(4, 0.5 + Math.log2(1 + e.repo_edge_count)), weight: e.repo_edge_count });
  }
  return graph;
}
