/**
 * Precomputed, deterministic graph layouts (DESIGN §7: "layout precomputed at build time"). The
 * browser only draws; it never runs a layout on a thousand nodes.
 *
 * ForceAtlas2 is deterministic given its start positions, so those come from a hash of each node
 * id (not Math.random), and coordinates are rounded so the stored values are stable bytes.
 * Only the core runs ForceAtlas2: isolated nodes are placed on rings outside it, and leaves (one
 * neighbour) on a small circle around their neighbour. Iterations shrink as the core grows
 * (layoutIterations), which keeps the 10× planning scale within a minute (docs/BENCHMARKS.md).
 */
import { UndirectedGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { compareCodeUnits } from '../../snapshot/code-unit-order.ts';

// The package is CommonJS whose module.exports *is* the layout function, while its types declare
// an ES default export; under NodeNext the default import is module.exports, typed as the namespace.
const forceAtlas2 = forceAtlas2Module as unknown as typeof import('graphology-layout-forceatlas2').default;

/** Iterations of ForceAtlas2: enough to settle a few thousand nodes (docs/BENCHMARKS.md). */
export const LAYOUT_ITERATIONS = 200;
/** Cores up to this size get every iteration; larger ones fewer (1/√n), so time grows ~n log n · √n. */
export const FULL_ITERATIONS_UP_TO = 1000;
/** Fewest iterations, for the largest cores. */
export const MIN_LAYOUT_ITERATIONS = 30;
/** Below this many nodes every connected node runs ForceAtlas2 (leaves too: they are what a small graph shows). */
export const LEAF_PLACEMENT_MIN_NODES = 2000;
/** Distance of leaves from their anchor, as a share of the core's radius. */
export const LEAF_RADIUS_SHARE = 0.02;
/** Above this many connected nodes, Barnes-Hut makes each iteration O(n log n) instead of O(n²). */
export const BARNES_HUT_MIN_NODES = 300;
/** Decimal places kept in stored coordinates. */
export const LAYOUT_DECIMALS = 2;

/**
 * A stable, seedless hash of a node id for its start position: FNV-1a over `seed:id`, then
 * murmur3's finaliser so that the x and y streams (seeds 1 and 2) are not correlated — without it,
 * similar ids start on a line and the layout keeps that line.
 */
function hash32(text: string, seed: number): number {
  const input = `${seed}:${text}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    h ^= input.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function round(v: number): number {
  const f = 10 ** LAYOUT_DECIMALS;
  return Math.round(v * f) / f;
}

export interface LayoutInput {
  nodes: string[];
  /** Undirected for layout purposes; weight = number of underlying edges. */
  edges: { from: string; to: string; weight: number }[];
}

/** Iterations for a core of `n` nodes: many for small graphs, fewer as Barnes-Hut steps get dearer. */
export function layoutIterations(n: number): number {
  return Math.max(MIN_LAYOUT_ITERATIONS, Math.min(LAYOUT_ITERATIONS, Math.round(LAYOUT_ITERATIONS * Math.sqrt(FULL_ITERATIONS_UP_TO / Math.max(n, 1)))));
}

export function computeLayout(input: LayoutInput): Map<string, { x: number; y: number }> {
  const graph = new UndirectedGraph<{ x: number; y: number }, { weight: number }>({ multi: false, allowSelfLoops: false });
  const nodes = [...input.nodes].sort();
  for (const id of nodes) {
    graph.addNode(id, { x: (hash32(id, 1) / 0xffffffff) * 1000 - 500, y: (hash32(id, 2) / 0xffffffff) * 1000 - 500 });
  }
  for (const e of [...input.edges].sort((a, b) => compareCodeUnits(a.from, b.from) || compareCodeUnits(a.to, b.to))) {
    if (e.from === e.to || !graph.hasNode(e.from) || !graph.hasNode(e.to)) continue;
    if (graph.hasEdge(e.from, e.to)) graph.updateEdgeAttribute(e.from, e.to, 'weight', (w: number | undefined) => (w ?? 0) + e.weight);
    else graph.addEdge(e.from, e.to, { weight: e.weight });
  }
  const isolated = nodes.filter((n) => graph.degree(n) === 0);
  // Leaves (one neighbour, which has others) add nothing to the shape of the core: they are placed
  // around their neighbour afterwards, which keeps the force layout to the nodes that matter.
  const leaves = nodes.length >= LEAF_PLACEMENT_MIN_NODES ? nodes.filter((n) => graph.degree(n) === 1 && graph.degree(graph.neighbors(n)[0]) > 1) : [];
  const positions = new Map<string, { x: number; y: number }>();
  let radius = 100;
  const core = graph.copy();
  for (const n of [...isolated, ...leaves]) core.dropNode(n);
  if (core.order > 0) {
    const settings = { ...forceAtlas2.inferSettings(core), barnesHutOptimize: core.order > BARNES_HUT_MIN_NODES };
    forceAtlas2.assign(core, { iterations: layoutIterations(core.order), settings, getEdgeWeight: 'weight' });
    let cx = 0;
    let cy = 0;
    core.forEachNode((_n, a) => { cx += a.x; cy += a.y; });
    cx /= core.order;
    cy /= core.order;
    radius = 1;
    core.forEachNode((n, a) => {
      const x = a.x - cx;
      const y = a.y - cy;
      positions.set(n, { x, y });
      radius = Math.max(radius, Math.hypot(x, y));
    });
  }
  // Leaves on a small circle around their anchor, in id order, with a per-anchor rotation.
  const leavesOf = new Map<string, string[]>();
  for (const leaf of leaves) {
    const anchor = graph.neighbors(leaf)[0];
    leavesOf.set(anchor, [...(leavesOf.get(anchor) ?? []), leaf]);
  }
  const leafStep = radius * LEAF_RADIUS_SHARE;
  for (const [anchor, list] of leavesOf) {
    const a = positions.get(anchor) ?? { x: 0, y: 0 };
    const r = leafStep * (1 + Math.sqrt(list.length) / 2);
    const turn = (hash32(anchor, 3) / 0xffffffff) * 2 * Math.PI;
    list.forEach((leaf, i) => {
      const angle = turn + (i / list.length) * 2 * Math.PI;
      positions.set(leaf, { x: a.x + r * Math.cos(angle), y: a.y + r * Math.sin(angle) });
    });
  }
  // Isolated nodes on rings just outside the core, in id order.
  const perRing = Math.max(24, Math.ceil(Math.sqrt(isolated.length) * 6));
  isolated.forEach((n, i) => {
    const ring = Math.floor(i / perRing);
    const angle = ((i % perRing) / perRing) * 2 * Math.PI + ring * 0.37;
    const r = radius * (1.15 + ring * 0.08);
    positions.set(n, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
  });
  const out = new Map<string, { x: number; y: number }>();
  for (const n of nodes) {
    const p = positions.get(n)!;
    out.set(n, { x: round(p.x), y: round(p.y) });
  }
  return out;
}
