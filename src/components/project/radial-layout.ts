/**
 * Deterministic radial positions for a project's dependency subgraph (DESIGN §7 Project page:
 * "its dependency subgraph (interactive)"). The shown nodes are few (≤ MAX_SUBGRAPH_NODES), so a
 * layout by BFS depth is computed in the browser instead of cutting the global layout: the project
 * (or its repos) in the centre, one ring per depth; with both directions, dependents take the left
 * half and dependencies the right half, so direction is readable without arrow heads.
 */

export type SubgraphSide = 'self' | 'dependent' | 'dependency';

export interface RadialInput {
  id: string;
  depth: number;
  side: SubgraphSide;
}

export interface Point {
  x: number;
  y: number;
}

/** Radius of the ring holding the centre nodes when there are several (repo level). */
export const CENTRE_RING_RADIUS = 0.35;

function byId(a: RadialInput, b: RadialInput): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Spread `count` points over the arc [from, to) radians, centred in their slots. */
function arcAngles(count: number, from: number, to: number): number[] {
  const step = (to - from) / count;
  return Array.from({ length: count }, (_, i) => from + step * (i + 0.5));
}

export function radialLayout(nodes: readonly RadialInput[]): Map<string, Point> {
  const positions = new Map<string, Point>();
  const centre = nodes.filter((n) => n.side === 'self').sort(byId);
  if (centre.length === 1) positions.set(centre[0].id, { x: 0, y: 0 });
  else arcAngles(centre.length, 0, 2 * Math.PI).forEach((a, i) => positions.set(centre[i].id, { x: CENTRE_RING_RADIUS * Math.cos(a), y: CENTRE_RING_RADIUS * Math.sin(a) }));

  const hasDependents = nodes.some((n) => n.side === 'dependent');
  const hasDependencies = nodes.some((n) => n.side === 'dependency');
  const split = hasDependents && hasDependencies;
  // Angles: 0 = right. Dependents on the left half (π/2 … 3π/2), dependencies on the right half.
  const arcs: Record<'dependent' | 'dependency', [number, number]> = split
    ? { dependent: [Math.PI / 2, (3 * Math.PI) / 2], dependency: [-Math.PI / 2, Math.PI / 2] }
    : { dependent: [0, 2 * Math.PI], dependency: [0, 2 * Math.PI] };

  const depths = [...new Set(nodes.filter((n) => n.side !== 'self').map((n) => n.depth))].sort((a, b) => a - b);
  for (const side of ['dependent', 'dependency'] as const) {
    for (const depth of depths) {
      const ring = nodes.filter((n) => n.side === side && n.depth === depth).sort(byId);
      if (ring.length === 0) continue;
      const [from, to] = arcs[side];
      arcAngles(ring.length, from, to).forEach((a, i) => positions.set(ring[i].id, { x: depth * Math.cos(a), y: depth * Math.sin(a) }));
    }
  }
  return positions;
}
