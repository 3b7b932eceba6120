/**
 * Criticality of repos and external packages (DESIGN §5.2): the number of distinct vertices of the
 * active subgraph (§5.1) that have a path to a vertex — its transitive dependents. Only paths
 * inside the active subgraph count (the subgraph induced by `members`); vertices outside it score 0.
 *
 * Direct dependents are reported twice, because both are useful and they differ:
 * - `directDependents`: distinct direct dependents inside the active subgraph (consistent with
 *   the score: a vertex with score 0 has 0 here);
 * - `totalDirectDependents`: distinct direct dependents in the whole metric graph, active or not
 *   (what a repo page lists as "used by").
 *
 * Complexity: see ancestor-bitsets.ts — linear passes plus O(E × C / 32) word operations over the
 * condensation, memory bounded by BITSET_BUDGET_BYTES.
 */
import { indexGraph, type DependencyGraph } from './dependency-graph.ts';
import { BITSET_BUDGET_BYTES, condenseMembers, forEachAncestorBlock, vertexCountOfRow } from './ancestor-bitsets.ts';

export interface CriticalityResult {
  /** Transitive dependents inside the active subgraph, for every vertex of the graph. */
  score: Map<string, number>;
  /** Distinct direct dependents inside the active subgraph. */
  directDependents: Map<string, number>;
  /** Distinct direct dependents in the whole metric graph. */
  totalDirectDependents: Map<string, number>;
}

export function criticality(
  graph: DependencyGraph,
  members: ReadonlySet<string>,
  budgetBytes: number = BITSET_BUDGET_BYTES,
): CriticalityResult {
  const cond = condenseMembers(graph, members);
  const { count, componentOf, size } = cond.components;
  const memberCount = cond.memberComponents;
  const g = cond.graph;

  const componentScore = new Float64Array(count);
  forEachAncestorBlock(
    cond,
    ({ lo, words, rows }) => {
      for (let c = lo; c < memberCount; c++) {
        componentScore[c] += vertexCountOfRow(cond, rows, (c - lo) * words, words, lo);
      }
    },
    budgetBytes,
  );

  const full = indexGraph(graph);
  const score = new Map<string, number>();
  const directDependents = new Map<string, number>();
  const totalDirectDependents = new Map<string, number>();
  for (let v = 0; v < g.n; v++) {
    const id = g.ids[v];
    const c = componentOf[v];
    // Other vertices of the same strongly connected component also reach v.
    score.set(id, cond.member[v] ? componentScore[c] + size[c] - 1 : 0);
    directDependents.set(id, g.in.start[v + 1] - g.in.start[v]);
    totalDirectDependents.set(id, full.in.start[v + 1] - full.in.start[v]);
  }
  return { score, directDependents, totalDirectDependents };
}
