/**
 * Transitive dependents / dependencies of one node (DESIGN §7: click focuses a node with its
 * transitive dependents and dependencies), by breadth-first search over the edges already loaded
 * in the browser. Edges point from dependent to dependency, so dependents are found against the
 * edge direction. Linear in the edges reached; `includeEdge` restricts the search to a scope.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';

export type Direction = 'dependents' | 'dependencies';

/** Reached node → distance in edges (≥ 1); the start node is not included. */
export function transitiveReach<E extends Attributes>(
  graph: AbstractGraph<Attributes, E>,
  start: string,
  direction: Direction,
  includeEdge: (attributes: E) => boolean = () => true,
): Map<string, number> {
  const reached = new Map<string, number>();
  if (!graph.hasNode(start)) return reached;
  const queue: string[] = [start];
  const distance = new Map<string, number>([[start, 0]]);
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    const next = distance.get(node)! + 1;
    const visit = (_edge: string, attributes: E, source: string, target: string) => {
      if (!includeEdge(attributes)) return;
      const other = direction === 'dependents' ? source : target;
      if (distance.has(other)) return;
      distance.set(other, next);
      reached.set(other, next);
      queue.push(other);
    };
    if (direction === 'dependents') graph.forEachInEdge(node, visit);
    else graph.forEachOutEdge(node, visit);
  }
  return reached;
}
