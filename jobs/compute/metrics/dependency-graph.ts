/**
 * The metric graph as the pure metrics of DESIGN §5.1–5.2 take it, and its integer-indexed form.
 * Kept independent of graphology so the metrics run on typed arrays at 100k vertices / 1M edges
 * (DESIGN §10). `indexGraph` turns string ids into dense indices and builds forward and reverse
 * adjacency in CSR form (offsets + targets), with duplicate edges, self-loops and edges to unknown
 * vertices dropped.
 */

export interface DependencyGraph {
  /** Vertex ids (repos and external packages), sorted. */
  vertices: string[];
  /** dependent → dependency, metric scopes only, no self loops. */
  edges: Array<[from: string, to: string]>;
}

/** Compressed sparse rows: the neighbours of vertex v are `targets[start[v] .. start[v + 1])`, ascending. */
export interface Csr {
  start: Int32Array;
  targets: Int32Array;
}

export interface IndexedGraph {
  n: number;
  ids: string[];
  indexOf: Map<string, number>;
  /** dependent → dependencies. */
  out: Csr;
  /** dependency → dependents. */
  in: Csr;
}

/** Builds CSR adjacency from parallel endpoint arrays; duplicates are removed, rows sorted. */
export function buildCsr(n: number, from: Int32Array, to: Int32Array): Csr {
  const count = new Int32Array(n + 1);
  for (let i = 0; i < from.length; i++) count[from[i] + 1]++;
  for (let v = 0; v < n; v++) count[v + 1] += count[v];
  const fill = count.slice(0, n);
  const raw = new Int32Array(from.length);
  for (let i = 0; i < from.length; i++) raw[fill[from[i]]++] = to[i];
  const start = new Int32Array(n + 1);
  const targets = new Int32Array(from.length);
  let k = 0;
  for (let v = 0; v < n; v++) {
    start[v] = k;
    const row = raw.subarray(count[v], count[v + 1]).sort();
    for (let i = 0; i < row.length; i++) {
      if (i > 0 && row[i] === row[i - 1]) continue;
      targets[k++] = row[i];
    }
  }
  start[n] = k;
  return { start, targets: targets.slice(0, k) };
}

/**
 * Indexes a graph. When `include` is given, only edges whose both endpoints are included are
 * kept (the induced subgraph); vertex numbering is unchanged.
 */
export function indexGraph(graph: DependencyGraph, include?: (id: string) => boolean): IndexedGraph {
  const ids = graph.vertices;
  const n = ids.length;
  const indexOf = new Map<string, number>();
  for (let i = 0; i < n; i++) indexOf.set(ids[i], i);
  const from = new Int32Array(graph.edges.length);
  const to = new Int32Array(graph.edges.length);
  let m = 0;
  for (const [a, b] of graph.edges) {
    const u = indexOf.get(a);
    const v = indexOf.get(b);
    if (u === undefined || v === undefined || u === v) continue;
    if (include && !(include(a) && include(b))) continue;
    from[m] = u;
    to[m] = v;
    m++;
  }
  const f = from.subarray(0, m);
  const t = to.subarray(0, m);
  return { n, ids, indexOf, out: buildCsr(n, f, t), in: buildCsr(n, t, f) };
}
