import { describe, expect, it } from 'vitest';
import { buildProjectLevelGraph, buildRepoLevelGraph } from './atlas-graph.ts';
import { nodeSize, riskBucket, nodeColour, legendEntries, EXTERNAL_COLOR, RISK_COLORS } from './appearance.ts';
import { transitiveReach } from './transitive.ts';
import { DEFAULT_VIEW, parseViewState, serializeViewState } from './view-state.ts';
import { computeFocus, computeVisibility } from './visibility.ts';
import { edgeFocusRole, nodeFocusRole } from './sigma-controllers.ts';
import type { ProjectGraphData, RepoGraphData } from '../../queries/graph.ts';

function project(id: string, status: string, extra: Partial<ProjectGraphData['nodes'][number]> = {}): ProjectGraphData['nodes'][number] {
  return { project_id: id, name: id.toUpperCase(), activity_status: status, criticality: 0, x: 0, y: 0, category: 'Apps', pony_factor: 2, in_active_subgraph: 1, ...extra };
}

// a → b → c (runtime), d → c (dev only), e isolated, f (discontinued) → a
const projects: ProjectGraphData = {
  nodes: [project('a', 'live'), project('b', 'live'), project('c', 'in-dev', { category: 'Tools' }), project('d', 'live'), project('e', 'live'), project('f', 'discontinued', { in_active_subgraph: 0 })],
  edges: [
    { from_project: 'a', to_project: 'b', repo_edge_count: 1, metric_edge_count: 1 },
    { from_project: 'b', to_project: 'c', repo_edge_count: 2, metric_edge_count: 2 },
    { from_project: 'd', to_project: 'c', repo_edge_count: 1, metric_edge_count: 0 },
    { from_project: 'f', to_project: 'a', repo_edge_count: 1, metric_edge_count: 1 },
    { from_project: 'a', to_project: 'a', repo_edge_count: 1, metric_edge_count: 1 },
  ],
};

describe('graph building', () => {
  it('keeps data attributes only and drops self loops', () => {
    const g = buildProjectLevelGraph(projects);
    expect(g.order).toBe(6);
    expect(g.size).toBe(4);
    expect(g.getNodeAttributes('c')).toMatchObject({ label: 'C', kind: 'project', status: 'in-dev', category: 'Tools' });
    expect(g.getNodeAttributes('c')).not.toHaveProperty('color');
    expect(g.getEdgeAttributes('d', 'c')).toMatchObject({ inMetricScope: false, weight: 1 });
  });

  it('builds repo level with external packages', () => {
    const data: RepoGraphData = {
      nodes: [
        { id: 'r1', kind: 'repo', name: 'o/r1', package_type: null, project_id: 'p', activity_status: 'live', category: 'Apps', criticality: 0, pony_factor: 1, in_active_subgraph: 1, x: 0, y: 0 },
        { id: 'pkg:npm/x', kind: 'external', name: 'x', package_type: 'npm', project_id: null, activity_status: null, category: null, criticality: 1, pony_factor: null, in_active_subgraph: 1, x: 1, y: 1 },
      ],
      edges: [
        { from_id: 'r1', to_id: 'pkg:npm/x', scope: 'runtime', in_metric_scope: 1 },
        { from_id: 'r1', to_id: 'missing', scope: 'runtime', in_metric_scope: 1 },
      ],
    };
    const g = buildRepoLevelGraph(data);
    expect(g.order).toBe(2);
    expect(g.size).toBe(1);
    expect(g.getNodeAttribute('pkg:npm/x', 'kind')).toBe('external');
  });
});

describe('transitiveReach', () => {
  const g = buildProjectLevelGraph(projects);
  it('follows edges against their direction for dependents, with distances', () => {
    expect([...transitiveReach(g, 'c', 'dependents')].sort()).toEqual([['a', 2], ['b', 1], ['d', 1], ['f', 3]]);
  });
  it('follows edges for dependencies and respects the edge filter', () => {
    expect([...transitiveReach(g, 'f', 'dependencies')].sort()).toEqual([['a', 1], ['b', 2], ['c', 3]]);
    expect([...transitiveReach(g, 'c', 'dependents', (e) => e.inMetricScope).keys()].sort()).toEqual(['a', 'b', 'f']);
  });
  it('terminates on cycles and ignores unknown nodes', () => {
    const cyc = buildProjectLevelGraph({ nodes: [project('x', 'live'), project('y', 'live')], edges: [
      { from_project: 'x', to_project: 'y', repo_edge_count: 1, metric_edge_count: 1 },
      { from_project: 'y', to_project: 'x', repo_edge_count: 1, metric_edge_count: 1 },
    ] });
    expect([...transitiveReach(cyc, 'x', 'dependents')]).toEqual([['y', 1]]);
    expect(transitiveReach(cyc, 'nope', 'dependents').size).toBe(0);
  });
});

describe('visibility', () => {
  const g = buildProjectLevelGraph(projects);
  const base = { statuses: DEFAULT_VIEW.statuses, category: '', activeOnly: false, includeDevCi: false, hideIsolated: true };
  it('hides nodes without drawn edges by default and counts them', () => {
    const v = computeVisibility(g, base);
    expect([...v.nodes].sort()).toEqual(['a', 'b', 'c', 'f']);
    expect(v.hiddenIsolated).toBe(2); // d (dev-only edge) and e
  });
  it('dev/ci scope, status, category and active filters', () => {
    expect([...computeVisibility(g, { ...base, includeDevCi: true }).nodes].sort()).toEqual(['a', 'b', 'c', 'd', 'f']);
    expect([...computeVisibility(g, { ...base, statuses: ['live'] }).nodes].sort()).toEqual(['a', 'b']);
    expect([...computeVisibility(g, { ...base, hideIsolated: false, category: 'Tools' }).nodes]).toEqual(['c']);
    expect([...computeVisibility(g, { ...base, activeOnly: true }).nodes].sort()).toEqual(['a', 'b', 'c']);
  });
  it('keeps the focus and its transitive sets whatever the filters', () => {
    const focus = computeFocus(g, 'b', false)!;
    expect([...focus.dependents.keys()].sort()).toEqual(['a', 'f']);
    expect([...focus.dependencies.keys()]).toEqual(['c']);
    const v = computeVisibility(g, { ...base, statuses: ['in-dev'] }, focus);
    expect([...v.nodes].sort()).toEqual(['a', 'b', 'c', 'f']);
    expect(v.edges.has('f->a')).toBe(true);
  });
});

describe('focus roles', () => {
  const g = buildProjectLevelGraph(projects);
  const focus = computeFocus(g, 'b', true)!;
  it('names each node by its relation to the focus', () => {
    expect(['a', 'b', 'c', 'd', 'e', 'f'].map((n) => nodeFocusRole(focus, n))).toEqual(['dependent', 'focus', 'dependency', 'none', 'none', 'dependent']);
  });
  it('marks edges on dependent and dependency paths only', () => {
    expect(edgeFocusRole(focus, 'a', 'b')).toBe('dependent');
    expect(edgeFocusRole(focus, 'f', 'a')).toBe('dependent');
    expect(edgeFocusRole(focus, 'b', 'c')).toBe('dependency');
    expect(edgeFocusRole(focus, 'd', 'c')).toBe('none');
  });
});

describe('appearance', () => {
  it('log-scales size with a floor and a cap', () => {
    expect(nodeSize(null)).toBe(nodeSize(0));
    expect(nodeSize(1)).toBeGreaterThan(nodeSize(0));
    expect(nodeSize(1e9)).toBe(28);
    expect(nodeSize(7) - nodeSize(3)).toBeCloseTo(nodeSize(3) - nodeSize(1));
  });
  it('buckets pony factor risk', () => {
    expect([null, 0, 1, 2, 3, 4, 10].map(riskBucket)).toEqual(['unknown', 'unknown', 'one', 'few', 'few', 'many', 'many']);
    expect(nodeColour({ kind: 'project', status: 'live', ponyFactor: 1 }, 'risk')).toBe(RISK_COLORS.one);
    expect(nodeColour({ kind: 'external', status: null, ponyFactor: null }, 'status')).toBe(EXTERNAL_COLOR);
  });
  it('legend has a text label for every entry and names the external shape', () => {
    const entries = legendEntries('status', 'repo');
    expect(entries.every((e) => e.label.length > 0)).toBe(true);
    expect(entries.find((e) => e.key === 'external')).toMatchObject({ shape: 'square' });
  });
});

describe('view state in the URL', () => {
  it('default view is the empty query string', () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe('');
    expect(parseViewState('')).toEqual(DEFAULT_VIEW);
  });
  it('round-trips every field and ignores junk', () => {
    const state = { ...DEFAULT_VIEW, level: 'repo' as const, colourBy: 'risk' as const, statuses: ['live', 'in-dev'], category: 'A & B', activeOnly: true, includeDevCi: true, hideIsolated: false, labels: 'many' as const, focus: 'daoip-5:scf:project:x' };
    expect(parseViewState(serializeViewState(state))).toEqual(state);
    expect(parseViewState('?level=zzz&status=live,bogus&labels=huge')).toMatchObject({ level: 'project', statuses: ['live'], labels: 'normal' });
  });
});
