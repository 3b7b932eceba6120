/**
 * A project's dependency neighbourhood for its page (DESIGN §7 Project page: "its dependency
 * subgraph (interactive)"; issue #3: depth 1–3 and direction). Project level walks `project_edges`
 * (every scope, as the project-level edge counts do); repo level walks repo→repo `edges` from the
 * project's repos. "both" is the union of the dependents walk and the dependencies walk, each node
 * at its smaller depth (a node on both sides is drawn as a dependent).
 */
import type { AtlasQuery } from '../lib/query-seam.ts';
import { bfsLayers, chunkIds, placeholders, type Neighbours } from './paths.ts';

export const SUBGRAPH_DIRECTIONS = ['dependents', 'dependencies', 'both'] as const;
export type SubgraphDirection = (typeof SUBGRAPH_DIRECTIONS)[number];
export const SUBGRAPH_LEVELS = ['project', 'repo'] as const;
export type SubgraphLevel = (typeof SUBGRAPH_LEVELS)[number];
/** Depths offered by the page (issue #3: "depth 1–3"). */
export const SUBGRAPH_DEPTHS = [1, 2, 3] as const;

/**
 * Most nodes drawn: small enough for a browser-side radial layout and a readable list (the brief's
 * "fine for ≤ 200 nodes"); each direction gets its share when both are shown.
 */
export const MAX_SUBGRAPH_NODES = 200;

export interface SubgraphQuery {
  projectId: string;
  depth: number;
  direction: SubgraphDirection;
  level: SubgraphLevel;
}

export interface SubgraphNode {
  id: string;
  label: string;
  depth: number;
  side: 'self' | 'dependent' | 'dependency';
  /** Project of the node (itself at project level). */
  project_id: string | null;
  activity_status: string | null;
  criticality: number | null;
}

export interface SubgraphEdge {
  from: string;
  to: string;
  /** Repo-level edges behind a project edge (1 at repo level). */
  edge_count: number;
  /** Scope of a repo-level edge; null at project level. */
  scope: string | null;
}

export interface ProjectSubgraph {
  nodes: SubgraphNode[];
  edges: SubgraphEdge[];
  truncated: boolean;
}

/** Walk `table` from the frontier: `near` is the frontier's column, `far` the neighbour's. */
function edgeWalk(atlas: AtlasQuery, sql: (list: string) => string): Neighbours {
  return async (frontier) => {
    const pairs: [string, string][] = [];
    for (const chunk of chunkIds(frontier)) {
      for (const r of await atlas.query<{ near: string; far: string }>(sql(placeholders(chunk.length)), chunk)) pairs.push([r.near, r.far]);
    }
    return pairs;
  };
}

function projectWalk(atlas: AtlasQuery, toward: 'dependents' | 'dependencies'): Neighbours {
  return toward === 'dependents'
    ? edgeWalk(atlas, (list) => `SELECT to_project AS near, from_project AS far FROM project_edges WHERE to_project IN (${list})`)
    : edgeWalk(atlas, (list) => `SELECT from_project AS near, to_project AS far FROM project_edges WHERE from_project IN (${list})`);
}

function repoWalk(atlas: AtlasQuery, toward: 'dependents' | 'dependencies'): Neighbours {
  return toward === 'dependents'
    ? edgeWalk(atlas, (list) => `SELECT to_id AS near, from_id AS far FROM edges WHERE to_kind = 'repo' AND to_id IN (${list})`)
    : edgeWalk(atlas, (list) => `SELECT from_id AS near, to_id AS far FROM edges WHERE to_kind = 'repo' AND from_id IN (${list})`);
}

async function readNodeDetails(atlas: AtlasQuery, level: SubgraphLevel, ids: readonly string[]): Promise<Map<string, Omit<SubgraphNode, 'depth' | 'side'>>> {
  const out = new Map<string, Omit<SubgraphNode, 'depth' | 'side'>>();
  for (const chunk of chunkIds(ids)) {
    const list = placeholders(chunk.length);
    const rows = level === 'project'
      ? await atlas.query<Omit<SubgraphNode, 'depth' | 'side'>>(
        `SELECT project_id AS id, name AS label, project_id, activity_status, criticality FROM projects WHERE project_id IN (${list})`, chunk)
      : await atlas.query<Omit<SubgraphNode, 'depth' | 'side'>>(
        `SELECT r.repo_id AS id, r.full_name AS label, r.project_id, p.activity_status, r.criticality
         FROM repos r LEFT JOIN projects p ON p.project_id = r.project_id WHERE r.repo_id IN (${list})`, chunk);
    for (const r of rows) out.set(r.id, r);
  }
  return out;
}

async function readEdgesAmong(atlas: AtlasQuery, level: SubgraphLevel, ids: readonly string[]): Promise<SubgraphEdge[]> {
  // ids ≤ MAX_SUBGRAPH_NODES, so both IN lists fit one statement.
  const list = placeholders(ids.length);
  return level === 'project'
    ? atlas.query<SubgraphEdge>(
      `SELECT from_project AS "from", to_project AS "to", repo_edge_count AS edge_count, NULL AS scope
       FROM project_edges WHERE from_project IN (${list}) AND to_project IN (${list}) ORDER BY from_project, to_project`, [...ids, ...ids])
    : atlas.query<SubgraphEdge>(
      `SELECT from_id AS "from", to_id AS "to", 1 AS edge_count, scope
       FROM edges WHERE to_kind = 'repo' AND from_id IN (${list}) AND to_id IN (${list}) ORDER BY from_id, to_id`, [...ids, ...ids]);
}

export async function readProjectSubgraph(atlas: AtlasQuery, q: SubgraphQuery): Promise<ProjectSubgraph> {
  const seeds = q.level === 'project'
    ? [q.projectId]
    : (await atlas.query<{ repo_id: string }>('SELECT repo_id FROM repos WHERE project_id = ? ORDER BY repo_id', [q.projectId])).map((r) => r.repo_id);
  const walk = q.level === 'project' ? projectWalk : repoWalk;
  const sides: ('dependents' | 'dependencies')[] = q.direction === 'both' ? ['dependents', 'dependencies'] : [q.direction];
  const budget = Math.floor(MAX_SUBGRAPH_NODES / sides.length);

  const placed = new Map<string, { depth: number; side: SubgraphNode['side'] }>();
  for (const s of seeds) placed.set(s, { depth: 0, side: 'self' });
  let truncated = false;
  for (const toward of sides) {
    const layers = await bfsLayers(seeds, q.depth, walk(atlas, toward), budget);
    truncated ||= layers.truncated;
    for (const [id, depth] of layers.depth) {
      const had = placed.get(id);
      if (!had || depth < had.depth) placed.set(id, { depth, side: toward === 'dependents' ? 'dependent' : 'dependency' });
    }
  }

  const ids = [...placed.keys()];
  const details = await readNodeDetails(atlas, q.level, ids);
  const nodes = ids
    .map((id): SubgraphNode => ({ id, label: id, project_id: null, activity_status: null, criticality: null, ...details.get(id), ...placed.get(id)! }))
    .sort((a, b) => a.depth - b.depth || a.label.localeCompare(b.label) || (a.id < b.id ? -1 : 1));
  const edges = ids.length ? await readEdgesAmong(atlas, q.level, ids) : [];
  return { nodes, edges, truncated };
}
