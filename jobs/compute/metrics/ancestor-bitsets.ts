/**
 * Transitive-dependent counting for criticality (DESIGN §5.2, §10: "do it with the right
 * algorithm, not one BFS per vertex"). The induced subgraph on the active members is condensed
 * into its strongly connected components, numbered in topological order (dependents first). For a
 * block of component columns [lo, hi), every component gets a bitset of which components in that
 * block are its strict ancestors (they have a path to it), built in one topological sweep:
 *   anc(c) = ∪ over direct dependents p of ( anc(p) ∪ {p} ).
 * Columns are processed block by block so memory stays under `BITSET_BUDGET_BYTES` whatever the
 * graph size; time is O(E_condensed × C / 32) word operations in the worst (dense) case.
 */
import { buildCsr, indexGraph, type Csr, type DependencyGraph, type IndexedGraph } from './dependency-graph.ts';
import { stronglyConnectedComponents, type Components } from './strongly-connected.ts';

/**
 * Upper bound on the bitset rows held at once (one block of columns × all components). 64 MiB
 * keeps 10k components in a single block and 100k components in ~20 blocks. Engineering choice,
 * sized for the 2-core CI machines of DESIGN §9–10.
 */
export const BITSET_BUDGET_BYTES = 64 * 1024 * 1024;

export interface Condensation {
  graph: IndexedGraph;
  /** 1 for vertices of the active subgraph. */
  member: Uint8Array;
  /**
   * Components renumbered so that the components of members come first (0 .. memberComponents − 1,
   * still in topological order) and the isolated non-member vertices after them.
   */
  components: Components;
  memberComponents: number;
  /** Direct dependents of each component (other components), ascending. */
  dependents: Csr;
  /** Per column word: bit set where that component has more than one vertex. */
  multiVertexMask: Uint32Array;
}

/** Condenses the subgraph induced by `members`; non-members become isolated singletons, numbered last. */
export function condenseMembers(graph: DependencyGraph, members: ReadonlySet<string>): Condensation {
  const g = indexGraph(graph, (id) => members.has(id));
  const member = new Uint8Array(g.n);
  for (let v = 0; v < g.n; v++) if (members.has(g.ids[v])) member[v] = 1;
  const tarjan = stronglyConnectedComponents(g.n, g.out);
  // No induced edge touches a non-member, so a component is all members or one non-member.
  const isMemberComponent = new Uint8Array(tarjan.count);
  for (let v = 0; v < g.n; v++) if (member[v]) isMemberComponent[tarjan.componentOf[v]] = 1;
  const renumber = new Int32Array(tarjan.count);
  let memberComponents = 0;
  for (let c = 0; c < tarjan.count; c++) if (isMemberComponent[c]) renumber[c] = memberComponents++;
  let next = memberComponents;
  for (let c = 0; c < tarjan.count; c++) if (!isMemberComponent[c]) renumber[c] = next++;
  const count = tarjan.count;
  const componentOf = new Int32Array(g.n);
  const size = new Int32Array(count);
  for (let v = 0; v < g.n; v++) {
    componentOf[v] = renumber[tarjan.componentOf[v]];
    size[componentOf[v]]++;
  }
  const components: Components = { count, componentOf, size };
  let m = 0;
  for (let v = 0; v < g.n; v++) {
    for (let e = g.out.start[v]; e < g.out.start[v + 1]; e++) {
      if (componentOf[v] !== componentOf[g.out.targets[e]]) m++;
    }
  }
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  m = 0;
  for (let v = 0; v < g.n; v++) {
    for (let e = g.out.start[v]; e < g.out.start[v + 1]; e++) {
      const a = componentOf[v];
      const b = componentOf[g.out.targets[e]];
      if (a !== b) {
        from[m] = b;
        to[m] = a;
        m++;
      }
    }
  }
  const dependents = buildCsr(count, from, to);
  const multiVertexMask = new Uint32Array((count + 31) >>> 5);
  for (let c = 0; c < count; c++) if (size[c] > 1) multiVertexMask[c >>> 5] |= 1 << (c & 31);
  return { graph: g, member, components, memberComponents, dependents, multiVertexMask };
}

/** One block of ancestor bitsets: row of member component c (lo ≤ c < memberComponents) at `rows[(c - lo) * words]`. */
export interface AncestorBlock {
  lo: number;
  hi: number;
  words: number;
  rows: Uint32Array;
}

/** Number of components in one column block for a budget (a multiple of 32, at least 32). */
export function blockColumns(componentCount: number, budgetBytes: number): number {
  const wordsPerRow = Math.max(1, Math.floor(budgetBytes / 4 / Math.max(1, componentCount)));
  const needed = Math.max(1, (componentCount + 31) >>> 5);
  return Math.min(wordsPerRow, needed) * 32;
}

/**
 * Calls `visit` once per column block, with the ancestor bitsets of every component c ≥ lo. The
 * rows are only valid during the call (the buffer is reused for the next block).
 */
export function forEachAncestorBlock(
  cond: Condensation,
  visit: (block: AncestorBlock) => void,
  budgetBytes: number = BITSET_BUDGET_BYTES,
): void {
  // Non-member components have no edges: no rows or columns needed for them.
  const count = cond.memberComponents;
  const step = blockColumns(count, budgetBytes);
  const { start, targets } = cond.dependents;
  // One buffer for all blocks, so memory is bounded by the budget rather than by when the
  // garbage collector returns earlier blocks.
  const buffer = new Uint32Array(count * (step >>> 5));
  // Per row, the range of words that may be non-zero ([firstWord, lastWord], empty when first >
  // last): sparse rows cost only their span when merged into a dependency's row.
  const firstWord = new Int32Array(count);
  const lastWord = new Int32Array(count);
  for (let lo = 0; lo < count; lo += step) {
    const hi = Math.min(count, lo + step);
    const words = (hi - lo + 31) >>> 5;
    const rows = buffer.subarray(0, (count - lo) * words);
    rows.fill(0);
    firstWord.fill(words, lo);
    lastWord.fill(-1, lo);
    for (let c = lo + 1; c < count; c++) {
      const base = (c - lo) * words;
      let first = words;
      let last = -1;
      // Dependents have smaller numbers; those below lo contribute nothing to this block.
      for (let e = start[c + 1] - 1; e >= start[c]; e--) {
        const p = targets[e];
        if (p < lo) break;
        const local = p - lo;
        const pBase = local * words;
        const from = firstWord[p];
        const to = lastWord[p];
        for (let w = from; w <= to; w++) rows[base + w] |= rows[pBase + w];
        if (from < first) first = from;
        if (to > last) last = to;
        if (p < hi) {
          const w = local >>> 5;
          rows[base + w] |= 1 << (local & 31);
          if (w < first) first = w;
          if (w > last) last = w;
        }
      }
      firstWord[c] = first;
      lastWord[c] = last;
    }
    visit({ lo, hi, words, rows });
  }
}

/** 32-bit population count. */
export function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/**
 * Number of vertices in the components whose bits are set in `row[offset .. offset + words)`, for
 * a block starting at column `lo` (a multiple of 32).
 */
export function vertexCountOfRow(cond: Condensation, row: Uint32Array, offset: number, words: number, lo: number): number {
  const mask = cond.multiVertexMask;
  const size = cond.components.size;
  const firstWord = lo >>> 5;
  let total = 0;
  for (let w = 0; w < words; w++) {
    const bits = row[offset + w];
    if (bits === 0) continue;
    total += popcount32(bits);
    let multi = bits & mask[firstWord + w];
    while (multi !== 0) {
      const low = multi & -multi;
      const c = lo + w * 32 + (31 - Math.clz32(low));
      total += size[c] - 1;
      multi ^= low;
    }
  }
  return total;
}
