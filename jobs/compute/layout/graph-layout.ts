/**
 * Precomputed, deterministic graph layouts (DESIGN §7: "layout precomputed at build time"). The
 * browser only draws; it never runs a layout on a thousand nodes.
 *
 * ForceAtlas2 is deterministic given its start positions, so those come from a hash of each node
 * id (not Math.random), and coordinates are rounded so the stored values are stable bytes.
 * Isolated nodes carry no layout information; they are placed on a ring outside the connected
 * part so they don't crowd the core.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

/** Iterations of ForceAtlas2: enough to settle a few thousand nodes (docs/BENCHMARKS.md). */
export const LAYOUT_ITERATIONS = 200;
/** Above this many connected nodes, Barnes-Hut makes each iteration O(n log n) instead of O(n²). */
export const BARNES_HUT_MIN_NODES = 300;
/** Decimal places kept in stored coordinates. */
export const LAYOUT_DECIMALS = 2;

/** FNV-1a 32-bit: a stable, seedless hash of a node id for its start position. */
function hash32(text: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
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

export function computeLayout(input: LayoutInput): Map<string, { x: number; y: number }> {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const nodes = [...input.nodes].sort();
  for (const id of nodes) {
    graph.addNode(id, { x: (hash32(id, 1) / 0xffffffff) * 1000 - 500, y: (hash32(id, 2) / 0xffffffff) * 1000 - 500 });
  }
  for (const e of [...input.edges].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to))) {
    if (e.from === e.to || !graph.hasNode(e.from) || !graph.hasNode(e.to)) continue;
    if (graph.hasEdge(e.from, e.to)) graph.updateEdgeAttribute(e.from, e.to, 'weight', (w) => (w ?? 0) + e.weight);
    else graph.addEdge(e.from, e.to, { weight: e.weight });
  }
  const connected = nodes.filter((n) => graph.degree(n) > 0);
  const isolated = nodes.filter((n) => graph.degree(n) === 0);
  const positions = new Map<string, { x: number; y: number }>();
  let radius = 100;
  if (connected.length > 0) {
    const core = graph.copy();
    for (const n of isolated) core.dropNode(n);
    const settings = { ...forceAtlas2.inferSettings(core), barnesHutOptimize: core.order > BARNES_HUT_MIN_NODES };
    forceAtlas2.assign(core, { iterations: LAYOUT_ITERATIONS, settings, getEdgeWeight: 'weight' });
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
