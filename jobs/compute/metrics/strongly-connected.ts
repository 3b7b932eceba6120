/**
 * Strongly connected components (Tarjan), iterative so that 100k-vertex graphs (DESIGN §10) do not
 * overflow the call stack. Used by the active subgraph (§5.1: seeds are judged per component) and
 * by criticality (§5.2: ancestor sets are propagated over the condensed DAG).
 */
import type { Csr } from './dependency-graph.ts';

export interface Components {
  count: number;
  /**
   * Component of each vertex, numbered in topological order of the condensation: if an edge goes
   * from component a to a different component b, then a < b (dependents before dependencies).
   */
  componentOf: Int32Array;
  size: Int32Array;
}

/** Tarjan's algorithm over CSR adjacency with explicit stacks. */
export function stronglyConnectedComponents(n: number, out: Csr): Components {
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  let sp = 0;
  const callVertex = new Int32Array(n);
  const callEdge = new Int32Array(n);
  let cp = 0;
  const emitted = new Int32Array(n).fill(-1);
  let nextIndex = 0;
  let emittedCount = 0;
  const { start, targets } = out;

  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    index[root] = low[root] = nextIndex++;
    stack[sp++] = root;
    onStack[root] = 1;
    callVertex[cp] = root;
    callEdge[cp] = start[root];
    cp++;
    while (cp > 0) {
      const v = callVertex[cp - 1];
      const e = callEdge[cp - 1];
      if (e < start[v + 1]) {
        callEdge[cp - 1] = e + 1;
        const w = targets[e];
        if (index[w] === -1) {
          index[w] = low[w] = nextIndex++;
          stack[sp++] = w;
          onStack[w] = 1;
          callVertex[cp] = w;
          callEdge[cp] = start[w];
          cp++;
        } else if (onStack[w] && index[w] < low[v]) {
          low[v] = index[w];
        }
        continue;
      }
      cp--;
      if (cp > 0) {
        const parent = callVertex[cp - 1];
        if (low[v] < low[parent]) low[parent] = low[v];
      }
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack[--sp];
          onStack[w] = 0;
          emitted[w] = emittedCount;
        } while (w !== v);
        emittedCount++;
      }
    }
  }

  // Tarjan emits a component only after every component it reaches: emission order is reverse
  // topological. Flip it so dependents come first.
  const componentOf = new Int32Array(n);
  const size = new Int32Array(emittedCount);
  for (let v = 0; v < n; v++) {
    const c = emittedCount - 1 - emitted[v];
    componentOf[v] = c;
    size[c]++;
  }
  return { count: emittedCount, componentOf, size };
}
