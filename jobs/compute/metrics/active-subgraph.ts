/**
 * Active subgraph (DESIGN §5.1): the part of the dependency graph that the funding programme's
 * metrics look at. Seeds are active repos whose strongly connected component has no incoming edge
 * from outside the component (for acyclic parts: active repos with no dependents); the active
 * subgraph is everything reachable from a seed along dependent → dependency edges.
 *
 * Consequences kept on purpose: an active leaf keeps its inactive dependencies; a live repo whose
 * only dependent is a dead repo vanishes with it; a reachable cycle is kept (once); no seeds → empty.
 * Activity is the caller's: `isActive` must return false for external packages and for repos with
 * no project (§5.1).
 */
import { indexGraph, type DependencyGraph } from './dependency-graph.ts';
import { stronglyConnectedComponents } from './strongly-connected.ts';

export interface ActiveSubgraph {
  /** Seed vertex ids, sorted. */
  seeds: string[];
  /** Vertex ids of the active subgraph (seeds included). */
  members: Set<string>;
}

/** O(V + E): one Tarjan pass, one pass over the edges, one traversal from the seeds. */
export function activeSubgraph(graph: DependencyGraph, isActive: (id: string) => boolean): ActiveSubgraph {
  const g = indexGraph(graph);
  const { count, componentOf } = stronglyConnectedComponents(g.n, g.out);

  const hasOutsideDependent = new Uint8Array(count);
  for (let v = 0; v < g.n; v++) {
    for (let e = g.out.start[v]; e < g.out.start[v + 1]; e++) {
      const w = g.out.targets[e];
      if (componentOf[v] !== componentOf[w]) hasOutsideDependent[componentOf[w]] = 1;
    }
  }

  const seeds: string[] = [];
  const seen = new Uint8Array(g.n);
  const queue = new Int32Array(g.n);
  let tail = 0;
  for (let v = 0; v < g.n; v++) {
    if (hasOutsideDependent[componentOf[v]] || !isActive(g.ids[v])) continue;
    seeds.push(g.ids[v]);
    seen[v] = 1;
    queue[tail++] = v;
  }
  for (let head = 0; head < tail; head++) {
    const v = queue[head];
    for (let e = g.out.start[v]; e < g.out.start[v + 1]; e++) {
      const w = g.out.targets[e];
      if (!seen[w]) {
        seen[w] = 1;
        queue[tail++] = w;
      }
    }
  }

  const members = new Set<string>();
  for (let v = 0; v < g.n; v++) if (seen[v]) members.add(g.ids[v]);
  seeds.sort();
  return { seeds, members };
}
