/**
 * Blast radius (DESIGN §5.2: "for every vertex the list of transitive dependents"): for each
 * target vertex, every vertex of the active subgraph that reaches it, with the length of its
 * shortest path, following only edges inside the active subgraph — the same dependents that
 * criticality counts, so `list.length === score` for every vertex.
 *
 * One breadth-first search on reversed edges per target: O(T × (V + E)) time and an output of
 * up to T × V rows. At the real scale (~3k vertices, ~9k edges, DESIGN §10) that is a few
 * million steps; the counts themselves come from criticality.ts, which scales further. Callers
 * that only need some vertices pass `targets`.
 */
import { indexGraph, type DependencyGraph } from './dependency-graph.ts';

export interface TransitiveDependent {
  id: string;
  /** Edges on the shortest path from the dependent to the target (1 = direct dependent). */
  distance: number;
}

/**
 * @returns for each target (default: every vertex of the graph), its transitive dependents sorted
 *   by distance then id; empty for vertices outside the active subgraph or absent from the graph.
 */
export function transitiveDependents(
  graph: DependencyGraph,
  members: ReadonlySet<string>,
  targets?: Iterable<string>,
): Map<string, TransitiveDependent[]> {
  const g = indexGraph(graph, (id) => members.has(id));
  const distance = new Int32Array(g.n).fill(-1);
  const queue = new Int32Array(g.n);
  const result = new Map<string, TransitiveDependent[]>();
  for (const target of targets ?? g.ids) {
    const t = g.indexOf.get(target);
    const list: TransitiveDependent[] = [];
    result.set(target, list);
    if (t === undefined || !members.has(target)) continue;
    distance[t] = 0;
    queue[0] = t;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const v = queue[head];
      for (let e = g.in.start[v]; e < g.in.start[v + 1]; e++) {
        const w = g.in.targets[e];
        if (distance[w] !== -1) continue;
        distance[w] = distance[v] + 1;
        queue[tail++] = w;
        list.push({ id: g.ids[w], distance: distance[w] });
      }
    }
    for (let i = 0; i < tail; i++) distance[queue[i]] = -1;
    list.sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return result;
}
