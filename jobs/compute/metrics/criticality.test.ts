import { describe, expect, it } from 'vitest';
import { activeSubgraph } from './active-subgraph.ts';
import { criticality } from './criticality.ts';
import type { DependencyGraph } from './dependency-graph.ts';
import { projectCriticality } from './project-criticality.ts';
import { transitiveDependents } from './transitive-dependents.ts';
import { seededRandom } from '../bench/seeded-random.ts';

function graphOf(edges: Array<[string, string]>, extra: string[] = []): DependencyGraph {
  return { vertices: [...new Set([...edges.flat(), ...extra])].sort(), edges };
}
const all = (g: DependencyGraph) => new Set(g.vertices);
const asObject = (m: Map<string, unknown>) => Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)));


/** The definition, literally: for each vertex, BFS over reversed member-to-member edges. */
function naiveScores(g: DependencyGraph, members: Set<string>): Map<string, number> {
  const dependentsOf = new Map<string, Set<string>>();
  for (const [a, b] of g.edges) {
    if (a === b || !members.has(a) || !members.has(b)) continue;
    if (!dependentsOf.has(b)) dependentsOf.set(b, new Set());
    dependentsOf.get(b)!.add(a);
  }
  const out = new Map<string, number>();
  for (const v of g.vertices) {
    if (!members.has(v)) {
      out.set(v, 0);
      continue;
    }
    const seen = new Set<string>([v]);
    const queue = [v];
    while (queue.length > 0) {
      for (const d of dependentsOf.get(queue.shift()!) ?? []) {
        if (!seen.has(d)) {
          seen.add(d);
          queue.push(d);
        }
      }
    }
    out.set(v, seen.size - 1);
  }
  return out;
}

function randomGraph(rng: () => number, n: number, m: number): DependencyGraph {
  const vertices = Array.from({ length: n }, (_, i) => `v${String(i).padStart(4, '0')}`);
  const edges: Array<[string, string]> = [];
  for (let i = 0; i < m; i++) {
    const a = vertices[Math.floor(rng() * n)];
    const b = vertices[Math.floor(rng() * n)];
    if (a !== b) edges.push([a, b]);
  }
  return { vertices, edges };
}

describe('criticality (DESIGN §5.2, §5.7 item 1)', () => {
  it('chain A→B→C: C = 2, B = 1, A = 0', () => {
    const g = graphOf([['A', 'B'], ['B', 'C']]);
    expect(asObject(criticality(g, all(g)).score)).toEqual({ A: 0, B: 1, C: 2 });
  });

  it('a hub with four leaves = 4', () => {
    const g = graphOf([['l1', 'hub'], ['l2', 'hub'], ['l3', 'hub'], ['l4', 'hub']]);
    const r = criticality(g, all(g));
    expect(r.score.get('hub')).toBe(4);
    expect(r.directDependents.get('hub')).toBe(4);
    expect(r.score.get('l1')).toBe(0);
  });

  it('isolated and empty graphs', () => {
    const g = graphOf([], ['alone']);
    expect(asObject(criticality(g, all(g)).score)).toEqual({ alone: 0 });
    expect(criticality({ vertices: [], edges: [] }, new Set()).score.size).toBe(0);
  });

  it('vertices outside the active subgraph score 0 and paths through them do not count', () => {
    const g = graphOf([['dead', 'x'], ['leaf', 'y'], ['y', 'x']]);
    const members = new Set(['leaf', 'y', 'x']);
    const r = criticality(g, members);
    expect(asObject(r.score)).toEqual({ dead: 0, leaf: 0, x: 2, y: 1 });
    expect(r.directDependents.get('x')).toBe(1);
    expect(r.totalDirectDependents.get('x')).toBe(2);
  });

  it('counts the other vertices of a cycle and everything above it', () => {
    const g = graphOf([['top', 'a'], ['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'ext']]);
    expect(asObject(criticality(g, all(g)).score)).toEqual({ a: 3, b: 3, c: 3, ext: 4, top: 0 });
  });

  it('counts a dependent reached by two paths once', () => {
    const g = graphOf([['top', 'l'], ['top', 'r'], ['l', 'base'], ['r', 'base']]);
    expect(criticality(g, all(g)).score.get('base')).toBe(3);
  });

  it('§5.7 item 3 fixture: ext 2, core 1, leaf 0, zero 0, dormant 0; empty project null; second run identical', () => {
    const g = graphOf([['leaf', 'core'], ['core', 'pkg:cargo/ext']], ['zero', 'dormant']);
    const status: Record<string, string> = { leaf: 'live', core: 'discontinued', zero: 'live', dormant: 'discontinued' };
    const isActive = (id: string) => status[id] === 'live' || status[id] === 'in-dev';
    const run = () => {
      const { members } = activeSubgraph(g, isActive);
      const score = criticality(g, members).score;
      const projects = projectCriticality(
        g,
        members,
        new Map([['leaf', 'p-leaf'], ['core', 'p-core'], ['zero', 'p-zero'], ['dormant', 'p-dormant']]),
        ['p-empty'],
      );
      return { score: asObject(score), projects: asObject(projects) };
    };
    const first = run();
    expect(first.score).toEqual({ 'pkg:cargo/ext': 2, core: 1, leaf: 0, zero: 0, dormant: 0 });
    expect(first.projects['p-empty']).toEqual({ criticality: null, repoSum: null });
    expect(first.projects['p-core']).toEqual({ criticality: 1, repoSum: 1 });
    expect(first.projects['p-zero']).toEqual({ criticality: 0, repoSum: 0 });
    expect(run()).toEqual(first);
  });

  it('project criticality counts a dependent of two of its repos once; repoSum counts it twice', () => {
    const g = graphOf([['app', 'sdk-a'], ['app', 'sdk-b'], ['sdk-a', 'sdk-b']]);
    const r = projectCriticality(g, all(g), new Map([['sdk-a', 'sdk'], ['sdk-b', 'sdk'], ['app', 'apps']]));
    // sdk-a: {app} = 1; sdk-b: {app, sdk-a} = 2; outside the project only app reaches it.
    expect(r.get('sdk')).toEqual({ criticality: 1, repoSum: 3 });
    expect(r.get('apps')).toEqual({ criticality: 0, repoSum: 0 });
  });

  it('project criticality counts vertices of a cycle that are outside the project', () => {
    const g = graphOf([['x', 'p1'], ['p1', 'x'], ['top', 'x']]);
    const r = projectCriticality(g, all(g), new Map([['p1', 'P']]));
    expect(r.get('P')).toEqual({ criticality: 2, repoSum: 2 });
  });

  it('matches a naive BFS on random graphs with cycles, in one block and in many small blocks', () => {
    const rng = seededRandom(20260823);
    for (let round = 0; round < 30; round++) {
      const n = 5 + Math.floor(rng() * 150);
      const g = randomGraph(rng, n, Math.floor(rng() * n * 2.5));
      const members = rng() < 0.5 ? all(g) : activeSubgraph(g, () => rng() < 0.4).members;
      const expected = naiveScores(g, members);
      for (const budget of [undefined, 4 * 32]) {
        const got = criticality(g, members, budget).score;
        for (const v of g.vertices) expect([round, v, got.get(v)]).toEqual([round, v, expected.get(v)]);
      }
      const radius = transitiveDependents(g, members);
      for (const v of g.vertices) expect(radius.get(v)!.length).toBe(expected.get(v));
    }
  });

  it('project criticality matches a naive union on random graphs', () => {
    const rng = seededRandom(7);
    for (let round = 0; round < 20; round++) {
      const n = 10 + Math.floor(rng() * 120);
      const g = randomGraph(rng, n, n * 2);
      const members = all(g);
      const repoProject = new Map<string, string>();
      for (const v of g.vertices) if (rng() < 0.8) repoProject.set(v, `p${Math.floor(rng() * 8)}`);
      const radius = transitiveDependents(g, members);
      const got = projectCriticality(g, members, repoProject, ['p-none'], { budgetBytes: 4 * 32 });
      const scores = criticality(g, members).score;
      expect(projectCriticality(g, members, repoProject, ['p-none'], { repoScores: scores })).toEqual(got);
      for (const p of ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7']) {
        const repos = [...repoProject].filter(([, q]) => q === p).map(([r]) => r);
        if (repos.length === 0) continue;
        const outside = new Set<string>();
        for (const r of repos) for (const d of radius.get(r)!) if (repoProject.get(d.id) !== p) outside.add(d.id);
        const repoSum = repos.reduce((s, r) => s + scores.get(r)!, 0);
        expect(got.get(p)).toEqual({ criticality: outside.size, repoSum });
      }
      expect(got.get('p-none')).toEqual({ criticality: null, repoSum: null });
    }
  });
});

describe('transitiveDependents (DESIGN §5.2 blast radius)', () => {
  it('lists dependents with their shortest distance, nearest first', () => {
    const g = graphOf([['A', 'B'], ['B', 'C'], ['A', 'C'], ['Z', 'A']]);
    const r = transitiveDependents(g, all(g), ['C', 'missing']);
    expect(r.get('C')).toEqual([
      { id: 'A', distance: 1 },
      { id: 'B', distance: 1 },
      { id: 'Z', distance: 2 },
    ]);
    expect(r.get('missing')).toEqual([]);
  });

  it('ignores paths that leave the active subgraph', () => {
    const g = graphOf([['dead', 'mid'], ['mid', 'C'], ['leaf', 'C']]);
    const r = transitiveDependents(g, new Set(['leaf', 'C']));
    expect(r.get('C')).toEqual([{ id: 'leaf', distance: 1 }]);
    expect(r.get('mid')).toEqual([]);
  });
});
