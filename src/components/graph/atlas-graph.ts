/**
 * Builds the graphology graph of one explorer level (DESIGN §7 Graph explorer) from atlas rows,
 * once per level. Attributes are data only (STYLE §2.12 "Graph = data"): layout position from
 * graph_layout, name, kind, status, category, criticality, pony factor, active-subgraph flag, and
 * per edge its scope. Size, colour, fading and visibility are derived in sigma styles from UI state.
 * Edge direction: source depends on target.
 */
import { DirectedGraph } from 'graphology';
import type { ProjectGraphData, RepoGraphData } from '../../queries/graph.ts';

export type GraphLevel = 'project' | 'repo';
export type NodeKind = 'project' | 'repo' | 'external';

export interface AtlasNodeAttributes {
  x: number;
  y: number;
  label: string;
  kind: NodeKind;
  /** Activity status of the project (of the repo's project at repo level); null when unknown or external. */
  status: string | null;
  category: string | null;
  criticality: number | null;
  ponyFactor: number | null;
  inActiveSubgraph: boolean;
  /** Project of a repo (for links); the project itself at project level; null for external packages. */
  projectId: string | null;
  /** Ecosystem of an external package (`npm`, `cargo`…). */
  packageType: string | null;
}

export interface AtlasEdgeAttributes {
  /** In the metric scopes (runtime, build, unknown); false = dev/ci only (DESIGN §5.1). */
  inMetricScope: boolean;
  /** Dependency scope at repo level; 'project' at project level. */
  scope: string;
  /** Repo edges behind a project edge (1 at repo level). */
  weight: number;
}

export type AtlasGraph = DirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>;

function newGraph(): AtlasGraph {
  return new DirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>({ multi: false, allowSelfLoops: false });
}

function addEdgeOnce(graph: AtlasGraph, from: string, to: string, attributes: AtlasEdgeAttributes): void {
  if (from === to || !graph.hasNode(from) || !graph.hasNode(to) || graph.hasEdge(from, to)) return;
  graph.addDirectedEdgeWithKey(`${from}->${to}`, from, to, attributes);
}

export function buildProjectLevelGraph(data: ProjectGraphData): AtlasGraph {
  const graph = newGraph();
  for (const n of data.nodes) {
    graph.addNode(n.project_id, {
      x: n.x,
      y: n.y,
      label: n.name,
      kind: 'project',
      status: n.activity_status,
      category: n.category,
      criticality: n.criticality,
      ponyFactor: n.pony_factor,
      inActiveSubgraph: n.in_active_subgraph === 1,
      projectId: n.project_id,
      packageType: null,
    });
  }
  for (const e of data.edges) {
    addEdgeOnce(graph, e.from_project, e.to_project, { inMetricScope: e.metric_edge_count > 0, scope: 'project', weight: e.repo_edge_count });
  }
  return graph;
}

export function buildRepoLevelGraph(data: RepoGraphData): AtlasGraph {
  const graph = newGraph();
  for (const n of data.nodes) {
    if (graph.hasNode(n.id)) continue;
    graph.addNode(n.id, {
      x: n.x,
      y: n.y,
      label: n.name,
      kind: n.kind === 'external' ? 'external' : 'repo',
      status: n.activity_status,
      category: n.category,
      criticality: n.criticality,
      ponyFactor: n.pony_factor,
      inActiveSubgraph: n.in_active_subgraph === 1,
      projectId: n.project_id,
      packageType: n.package_type,
    });
  }
  for (const e of data.edges) {
    addEdgeOnce(graph, e.from_id, e.to_id, { inMetricScope: e.in_metric_scope === 1, scope: e.scope, weight: 1 });
  }
  return graph;
}
