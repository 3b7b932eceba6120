/**
 * Which nodes and edges the explorer shows (DESIGN §7 filters: status, category, active subgraph,
 * scope), as plain sets that drive both sigma's `isHidden` state and the accessible list, so the
 * list is always exactly what is drawn. A focused node and its transitive dependents/dependencies
 * stay shown whatever the filters: the focus answers "who depends on X", which filters must not
 * truncate.
 */
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from './atlas-graph.ts';
import { transitiveReach } from './transitive.ts';
import type { GraphViewState } from './view-state.ts';

export type VisibilityFilters = Pick<GraphViewState, 'statuses' | 'category' | 'activeOnly' | 'includeDevCi' | 'hideIsolated'>;

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
  /** Nodes that pass the filters but were hidden for having no drawn edge. */
  hiddenIsolated: number;
}

export interface Focus {
  node: string;
  dependents: Map<string, number>;
  dependencies: Map<string, number>;
}

export function edgeInScope(attributes: AtlasEdgeAttributes, includeDevCi: boolean): boolean {
  return includeDevCi || attributes.inMetricScope;
}

export function nodePassesFilters(a: AtlasNodeAttributes, f: VisibilityFilters): boolean {
  if (a.status !== null && !f.statuses.includes(a.status)) return false;
  if (f.category && a.kind !== 'external' && a.category !== f.category) return false;
  if (f.activeOnly && !a.inActiveSubgraph) return false;
  return true;
}

export function computeFocus(graph: AtlasGraph, node: string, includeDevCi: boolean): Focus | null {
  if (!graph.hasNode(node)) return null;
  const inScope = (a: AtlasEdgeAttributes) => edgeInScope(a, includeDevCi);
  return { node, dependents: transitiveReach(graph, node, 'dependents', inScope), dependencies: transitiveReach(graph, node, 'dependencies', inScope) };
}

export function computeVisibility(graph: AtlasGraph, f: VisibilityFilters, focus: Focus | null = null): Visibility {
  const passing = new Set<string>();
  graph.forEachNode((node, a) => {
    if (nodePassesFilters(a, f)) passing.add(node);
  });
  const inFocus = (n: string) => focus !== null && (n === focus.node || focus.dependents.has(n) || focus.dependencies.has(n));
  const edges = new Set<string>();
  const connected = new Set<string>();
  graph.forEachEdge((edge, a, source, target) => {
    if (!edgeInScope(a, f.includeDevCi)) return;
    const shown = (passing.has(source) && passing.has(target)) || (inFocus(source) && inFocus(target));
    if (!shown) return;
    edges.add(edge);
    connected.add(source);
    connected.add(target);
  });
  const nodes = new Set<string>();
  let hiddenIsolated = 0;
  for (const node of passing) {
    if (f.hideIsolated && !connected.has(node)) hiddenIsolated++;
    else nodes.add(node);
  }
  if (focus) {
    nodes.add(focus.node);
    for (const n of focus.dependents.keys()) nodes.add(n);
    for (const n of focus.dependencies.keys()) nodes.add(n);
  }
  return { nodes, edges, hiddenIsolated };
}
