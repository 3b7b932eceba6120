/**
 * Effects that push UI state into a live sigma instance (STYLE §2.12: controllers own one concern
 * each and never touch graph attributes): filter visibility → `isHidden`, focus → custom
 * `focusRole` states, hover → `isHighlighted` on the neighbourhood, and camera moves. Each is a
 * plain function of (sigma, graph, state) so the React layer only decides when to call it.
 */
import type Sigma from 'sigma';
import type { AtlasGraph } from './atlas-graph.ts';
import type { EdgeFocusRole, FocusRole } from './sigma-options.ts';
import type { Focus, Visibility } from './visibility.ts';

/** Camera zoom (sigma ratio, 1 = whole graph) when centring on a searched / listed node. */
export const FOCUS_CAMERA_RATIO = 0.35;
export const CAMERA_ANIMATION_MS = 400;

type AnySigma = Sigma;

export function applyVisibility(sigma: AnySigma, graph: AtlasGraph, visibility: Visibility): void {
  const shownNodes: string[] = [];
  const hiddenNodes: string[] = [];
  graph.forEachNode((n) => (visibility.nodes.has(n) ? shownNodes : hiddenNodes).push(n));
  const shownEdges: string[] = [];
  const hiddenEdges: string[] = [];
  graph.forEachEdge((e) => (visibility.edges.has(e) ? shownEdges : hiddenEdges).push(e));
  sigma.setNodesState(hiddenNodes, { isHidden: true });
  sigma.setNodesState(shownNodes, { isHidden: false });
  sigma.setEdgesState(hiddenEdges, { isHidden: true });
  sigma.setEdgesState(shownEdges, { isHidden: false });
}

export function nodeFocusRole(focus: Focus, node: string): FocusRole {
  if (node === focus.node) return 'focus';
  const dependent = focus.dependents.has(node);
  const dependency = focus.dependencies.has(node);
  return dependent && dependency ? 'both' : dependent ? 'dependent' : dependency ? 'dependency' : 'none';
}

/**
 * Edge u→v lies on a dependents path when v is the focus or a dependent and u a dependent; on a
 * dependencies path when u is the focus or a dependency and v a dependency.
 */
export function edgeFocusRole(focus: Focus, source: string, target: string): EdgeFocusRole {
  if (focus.dependents.has(source) && (target === focus.node || focus.dependents.has(target))) return 'dependent';
  if (focus.dependencies.has(target) && (source === focus.node || focus.dependencies.has(source))) return 'dependency';
  return 'none';
}

/** Sets focus roles for `focus` and resets the previous ones; returns what to reset next time. */
export function applyFocus(sigma: AnySigma, graph: AtlasGraph, focus: Focus | null, previous: { nodes: string[]; edges: string[] }): { nodes: string[]; edges: string[] } {
  const setNode = sigma.setNodeState.bind(sigma) as (key: string, state: Record<string, unknown>) => void;
  const setEdge = sigma.setEdgeState.bind(sigma) as (key: string, state: Record<string, unknown>) => void;
  for (const n of previous.nodes) if (graph.hasNode(n)) setNode(n, { focusRole: 'none' });
  for (const e of previous.edges) if (graph.hasEdge(e)) setEdge(e, { focusRole: 'none' });
  const next = { nodes: [] as string[], edges: [] as string[] };
  if (focus) {
    for (const n of [focus.node, ...focus.dependents.keys(), ...focus.dependencies.keys()]) {
      setNode(n, { focusRole: nodeFocusRole(focus, n) });
      next.nodes.push(n);
    }
    graph.forEachEdge((edge, _a, source, target) => {
      const role = edgeFocusRole(focus, source, target);
      if (role === 'none') return;
      setEdge(edge, { focusRole: role });
      next.edges.push(edge);
    });
  }
  (sigma.setGraphState as (s: Record<string, unknown>) => void)({ hasFocus: focus !== null });
  return next;
}

/** Hover highlights the node, its neighbours and the edges between them; returns a detach function. */
export function attachHover(sigma: AnySigma, onHover: (node: string | null) => void): () => void {
  const graph = sigma.getGraph();
  let highlighted: { nodes: string[]; edges: string[] } = { nodes: [], edges: [] };
  const clear = () => {
    sigma.setNodesState(highlighted.nodes, { isHighlighted: false });
    sigma.setEdgesState(highlighted.edges, { isHighlighted: false });
    highlighted = { nodes: [], edges: [] };
  };
  const enter = ({ node }: { node: string }) => {
    clear();
    highlighted = { nodes: [node, ...graph.neighbors(node)], edges: graph.edges(node) };
    sigma.setNodesState(highlighted.nodes, { isHighlighted: true });
    sigma.setEdgesState(highlighted.edges, { isHighlighted: true });
    onHover(node);
  };
  const leave = () => {
    clear();
    onHover(null);
  };
  sigma.on('enterNode', enter);
  sigma.on('leaveNode', leave);
  return () => {
    sigma.off('enterNode', enter);
    sigma.off('leaveNode', leave);
  };
}

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** Centres the camera on a node (after the next frame, once states and bbox are processed). */
export function centreOnNode(sigma: AnySigma, node: string): void {
  requestAnimationFrame(() => {
    const data = sigma.getNodeDisplayData(node);
    if (!data) return;
    const camera = sigma.getCamera();
    const target = { x: data.x, y: data.y, ratio: Math.min(camera.getState().ratio, FOCUS_CAMERA_RATIO) };
    if (prefersReducedMotion()) camera.setState(target);
    else void camera.animate(target, { duration: CAMERA_ANIMATION_MS });
  });
}

/** Frames the camera on the given nodes (graph coordinates), or on everything when empty. */
export function fitToNodes(sigma: AnySigma, graph: AtlasGraph, nodes: Iterable<string>): void {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const n of nodes) {
    const { x, y } = graph.getNodeAttributes(n);
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  if (!Number.isFinite(minX)) sigma.setCustomBBox(null);
  else {
    // A single node (or a line) has no extent: pad so normalisation does not divide by zero.
    const pad = Math.max(1, (maxX - minX + maxY - minY) * 0.02);
    sigma.setCustomBBox({ x: [minX - pad, maxX + pad], y: [minY - pad, maxY + pad] });
  }
  sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  sigma.refresh();
}
