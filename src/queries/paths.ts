/**
 * Breadth-first walks over the dependency graph for the entity pages (DESIGN §7 Project page:
 * "the dependents that make up criticality … with paths on demand", and the project subgraph with
 * depth 1–3). The walks are bounded (depth, node count) and run level by level, one parameterised
 * query per level, so a page never loads the whole edge table. The graph access is injected as a
 * `neighbours` function: the SQL lives in the callers, the walk is pure and unit-tested.
 */

/** Directed pairs [from, to] leaving the given frontier (callers decide which direction "leaves" means). */
export type Neighbours = (frontier: readonly string[]) => Promise<ReadonlyArray<readonly [string, string]>>;

/**
 * Longest path the "show path" search follows. Criticality paths are shortest paths inside the
 * active subgraph; this bound only stops a runaway walk on a malformed atlas.
 */
export const MAX_PATH_DEPTH = 32;

/** Most ids bound into one `IN (…)` list (well below SQLite's host-parameter limit). */
export const IN_LIST_CHUNK = 500;

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `?, ?, ?` for `n` parameters. */
export function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

/** Splits ids into chunks of at most IN_LIST_CHUNK for `IN (…)` queries. */
export function chunkIds(ids: readonly string[]): string[][] {
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += IN_LIST_CHUNK) chunks.push(ids.slice(i, i + IN_LIST_CHUNK));
  return chunks;
}

/**
 * A shortest chain of ids from `start` to any id in `targets` following `neighbours`, or null when
 * none is reachable within `maxDepth` steps. Ties go to the smallest ids, so the answer is stable.
 */
export async function shortestPath(start: string, targets: ReadonlySet<string>, neighbours: Neighbours, maxDepth = MAX_PATH_DEPTH): Promise<string[] | null> {
  if (targets.has(start)) return [start];
  const parent = new Map<string, string | null>([[start, null]]);
  let frontier = [start];
  for (let depth = 0; depth < maxDepth && frontier.length > 0; depth++) {
    const pairs = [...(await neighbours(frontier))].sort((a, b) => compareIds(a[0], b[0]) || compareIds(a[1], b[1]));
    const next: string[] = [];
    for (const [from, to] of pairs) {
      if (parent.has(to) || !parent.has(from)) continue;
      parent.set(to, from);
      if (targets.has(to)) {
        const chain = [to];
        for (let at = parent.get(to); at !== null && at !== undefined; at = parent.get(at)) chain.push(at);
        return chain.reverse();
      }
      next.push(to);
    }
    frontier = next.sort(compareIds);
  }
  return null;
}

export interface Layers {
  /** Every reached id with its BFS depth (seeds at 0). */
  depth: Map<string, number>;
  /** True when `maxNodes` stopped the walk before `maxDepth`. */
  truncated: boolean;
}

/**
 * Ids within `maxDepth` steps of the seeds, with their depth. Stops adding ids once `maxNodes` are
 * held (the rest of that level is dropped, smallest ids kept) and reports the cut.
 */
export async function bfsLayers(seeds: readonly string[], maxDepth: number, neighbours: Neighbours, maxNodes: number): Promise<Layers> {
  const depth = new Map<string, number>();
  for (const s of [...seeds].sort(compareIds)) depth.set(s, 0);
  let frontier = [...depth.keys()];
  let truncated = false;
  for (let d = 1; d <= maxDepth && frontier.length > 0; d++) {
    const found = new Set<string>();
    for (const [, to] of await neighbours(frontier)) if (!depth.has(to)) found.add(to);
    const next = [...found].sort(compareIds);
    const room = Math.max(0, maxNodes - depth.size);
    if (next.length > room) truncated = true;
    frontier = next.slice(0, room);
    for (const id of frontier) depth.set(id, d);
  }
  return { depth, truncated };
}
