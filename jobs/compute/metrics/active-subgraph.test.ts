import { describe, expect, it } from 'vitest';
import { activeSubgraph } from './active-subgraph.ts';
import type { DependencyGraph } from './dependency-graph.ts';

function graphOf(edges: Array<[string, string]>, extra: string[] = []): DependencyGraph {
  const vertices = [...new Set([...edges.flat(), ...extra])].sort();
  return { vertices, edges };
}
const activeIn = (ids: string[]) => (id: string) => ids.includes(id);

describe('activeSubgraph (DESIGN §5.1, §5.7 items 2–3)', () => {
  it('keeps a live leaf, its discontinued dependency and the external behind it', () => {
    const g = graphOf([['leaf', 'core'], ['core', 'pkg:npm/ext']]);
    const { seeds, members } = activeSubgraph(g, activeIn(['leaf']));
    expect(seeds).toEqual(['leaf']);
    expect([...members].sort()).toEqual(['core', 'leaf', 'pkg:npm/ext']);
  });

  it('drops a live repo depended on only by a discontinued leaf', () => {
    const g = graphOf([['deadleaf', 'live']]);
    const { seeds, members } = activeSubgraph(g, activeIn(['live']));
    expect(seeds).toEqual([]);
    expect(members.size).toBe(0);
  });

  it('never seeds from unknown-status repos or external packages', () => {
    const g = graphOf([['unknown', 'pkg:npm/a']], ['pkg:npm/b']);
    // The caller says only live/in-dev project repos are active.
    const { seeds, members } = activeSubgraph(g, () => false);
    expect(seeds).toEqual([]);
    expect(members.size).toBe(0);
  });

  it('keeps a reachable cycle once', () => {
    const g = graphOf([['leaf', 'x'], ['x', 'y'], ['y', 'x'], ['y', 'ext']]);
    const { seeds, members } = activeSubgraph(g, activeIn(['leaf']));
    expect(seeds).toEqual(['leaf']);
    expect([...members].sort()).toEqual(['ext', 'leaf', 'x', 'y']);
  });

  it('is empty when there is no active leaf', () => {
    expect(activeSubgraph(graphOf([['a', 'b']]), () => false).members.size).toBe(0);
    expect(activeSubgraph({ vertices: [], edges: [] }, () => true)).toEqual({ seeds: [], members: new Set() });
  });

  it('seeds a cycle of active repos that nothing outside depends on', () => {
    const g = graphOf([['a', 'b'], ['b', 'a'], ['b', 'ext']]);
    const { seeds, members } = activeSubgraph(g, activeIn(['a', 'b']));
    expect(seeds).toEqual(['a', 'b']);
    expect([...members].sort()).toEqual(['a', 'b', 'ext']);
  });

  it('does not seed a cycle that has a dependent outside it', () => {
    const g = graphOf([['dead', 'a'], ['a', 'b'], ['b', 'a']]);
    expect(activeSubgraph(g, activeIn(['a', 'b'])).members.size).toBe(0);
  });

  it('keeps an isolated active repo as its own seed and drops an isolated inactive one', () => {
    const g = graphOf([], ['zero', 'dormant']);
    const { seeds, members } = activeSubgraph(g, activeIn(['zero']));
    expect(seeds).toEqual(['zero']);
    expect([...members]).toEqual(['zero']);
  });

  it('handles a 100k-vertex chain without recursion', () => {
    const n = 100_000;
    const ids = Array.from({ length: n }, (_, i) => `v${String(i).padStart(6, '0')}`);
    const edges: Array<[string, string]> = [];
    for (let i = 0; i + 1 < n; i++) edges.push([ids[i], ids[i + 1]]);
    edges.push([ids[n - 1], ids[1]]); // one long cycle below the head
    const { seeds, members } = activeSubgraph({ vertices: ids, edges }, (id) => id === ids[0]);
    expect(seeds).toEqual([ids[0]]);
    expect(members.size).toBe(n);
  });
});
