import { describe, expect, it } from 'vitest';
import { bfsLayers, chunkIds, IN_LIST_CHUNK, shortestPath, type Neighbours } from './paths.ts';

/** Neighbours over a hand-made adjacency list, recording how many queries the walk made. */
function adjacency(edges: [string, string][]): Neighbours & { calls: number } {
  const fn = Object.assign(async (frontier: readonly string[]) => {
    fn.calls++;
    return edges.filter(([from]) => frontier.includes(from));
  }, { calls: 0 });
  return fn;
}

describe('shortestPath', () => {
  it('follows the shortest chain to the nearest target', async () => {
    // a → b → c → t, and a → d → t (shorter).
    const path = await shortestPath('a', new Set(['t']), adjacency([['a', 'b'], ['b', 'c'], ['c', 't'], ['a', 'd'], ['d', 't']]));
    expect(path).toEqual(['a', 'd', 't']);
  });

  it('stops at the first of several targets and breaks ties by id', async () => {
    const path = await shortestPath('a', new Set(['t1', 't2']), adjacency([['a', 'y'], ['a', 'x'], ['x', 't2'], ['y', 't1']]));
    expect(path).toEqual(['a', 'x', 't2']);
  });

  it('returns the start alone when it is a target, and null when unreachable or too deep', async () => {
    expect(await shortestPath('t', new Set(['t']), adjacency([]))).toEqual(['t']);
    expect(await shortestPath('a', new Set(['t']), adjacency([['a', 'b'], ['t', 'a']]))).toBeNull();
    expect(await shortestPath('a', new Set(['t']), adjacency([['a', 'b'], ['b', 't']]), 1)).toBeNull();
  });

  it('terminates on cycles', async () => {
    const graph = adjacency([['a', 'b'], ['b', 'a']]);
    expect(await shortestPath('a', new Set(['t']), graph)).toBeNull();
    expect(graph.calls).toBeLessThanOrEqual(2);
  });
});

describe('bfsLayers', () => {
  const chain = adjacency([['p', 'a'], ['a', 'b'], ['b', 'c'], ['c', 'p']]);

  it('gives each reached id its BFS depth up to the limit', async () => {
    const { depth, truncated } = await bfsLayers(['p'], 2, chain, 100);
    expect(Object.fromEntries(depth)).toEqual({ p: 0, a: 1, b: 2 });
    expect(truncated).toBe(false);
  });

  it('keeps a node reached twice at its smallest depth (cycles)', async () => {
    const { depth } = await bfsLayers(['p'], 5, chain, 100);
    expect(Object.fromEntries(depth)).toEqual({ p: 0, a: 1, b: 2, c: 3 });
  });

  it('cuts at maxNodes and says so', async () => {
    const star = adjacency([['s', 'z'], ['s', 'y'], ['s', 'x']]);
    const { depth, truncated } = await bfsLayers(['s'], 1, star, 3);
    expect([...depth.keys()]).toEqual(['s', 'x', 'y']);
    expect(truncated).toBe(true);
  });
});

describe('chunkIds', () => {
  it('splits long id lists for IN queries', () => {
    const ids = Array.from({ length: IN_LIST_CHUNK * 2 + 1 }, (_, i) => `id${i}`);
    expect(chunkIds(ids).map((c) => c.length)).toEqual([IN_LIST_CHUNK, IN_LIST_CHUNK, 1]);
  });
});
