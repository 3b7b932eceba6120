/**
 * Reads for the graph explorer (DESIGN §7 Graph explorer): the precomputed layout (graph_layout,
 * never computed in the browser) joined to the entity rows, plus the edges between laid-out nodes.
 * Project level = projects + project_edges; repo level = repos + external packages + edges.
 */
import type { AtlasQuery } from '../lib/query-seam.ts';

export interface GraphNodeRow {
  project_id: string;
  name: string;
  activity_status: string;
  criticality: number | null;
  x: number;
  y: number;
  category: string | null;
  pony_factor: number | null;
  in_active_subgraph: number;
}

export interface GraphEdgeRow {
  from_project: string;
  to_project: string;
  repo_edge_count: number;
  /** Repo edges in the metric scopes (runtime, build, unknown — DESIGN §5.1); the rest are dev/ci only. */
  metric_edge_count: number;
}

export interface ProjectGraphData {
  nodes: GraphNodeRow[];
  edges: GraphEdgeRow[];
}

export async function readProjectGraph(atlas: AtlasQuery): Promise<ProjectGraphData> {
  const [nodes, edges] = await Promise.all([
    atlas.query<GraphNodeRow>(
      `SELECT p.project_id, p.name, p.activity_status, p.criticality, l.x, l.y, p.category, p.pony_factor, p.in_active_subgraph
       FROM graph_layout l JOIN projects p ON p.project_id = l.node_id
       WHERE l.level = 'project' ORDER BY p.project_id`,
    ),
    atlas.query<GraphEdgeRow>(
      `SELECT e.from_project, e.to_project, e.repo_edge_count, e.metric_edge_count FROM project_edges e
       WHERE EXISTS (SELECT 1 FROM graph_layout WHERE level = 'project' AND node_id = e.from_project)
         AND EXISTS (SELECT 1 FROM graph_layout WHERE level = 'project' AND node_id = e.to_project)
       ORDER BY e.from_project, e.to_project`,
    ),
  ]);
  return { nodes, edges };
}

/** A repo-level vertex: an ecosystem repo (status and category from its project) or an external package. */
export interface RepoGraphNodeRow {
  id: string;
  kind: 'repo' | 'external';
  name: string;
  /** Package ecosystem of an external package (`npm`, `cargo`…); null for repos. */
  package_type: string | null;
  project_id: string | null;
  activity_status: string | null;
  category: string | null;
  criticality: number | null;
  pony_factor: number | null;
  in_active_subgraph: number;
  x: number;
  y: number;
}

export interface RepoGraphEdgeRow {
  from_id: string;
  to_id: string;
  scope: string;
  in_metric_scope: number;
}

export interface RepoGraphData {
  nodes: RepoGraphNodeRow[];
  edges: RepoGraphEdgeRow[];
}

export async function readRepoGraph(atlas: AtlasQuery): Promise<RepoGraphData> {
  const [nodes, edges] = await Promise.all([
    atlas.query<RepoGraphNodeRow>(
      `SELECT l.node_id AS id, 'repo' AS kind, r.full_name AS name, NULL AS package_type, r.project_id,
              p.activity_status, p.category, r.criticality, r.pony_factor, r.in_active_subgraph, l.x, l.y
       FROM graph_layout l JOIN repos r ON r.repo_id = l.node_id LEFT JOIN projects p ON p.project_id = r.project_id
       WHERE l.level = 'repo'
       UNION ALL
       SELECT l.node_id, 'external', x.name, x.type, NULL, NULL, NULL, x.criticality, NULL, x.in_active_subgraph, l.x, l.y
       FROM graph_layout l JOIN external_packages x ON x.purl = l.node_id
       WHERE l.level = 'repo'
       ORDER BY 1`,
    ),
    atlas.query<RepoGraphEdgeRow>(
      `SELECT e.from_id, e.to_id, e.scope, e.in_metric_scope FROM edges e
       WHERE EXISTS (SELECT 1 FROM graph_layout WHERE level = 'repo' AND node_id = e.from_id)
         AND EXISTS (SELECT 1 FROM graph_layout WHERE level = 'repo' AND node_id = e.to_id)
       ORDER BY e.from_id, e.to_id`,
    ),
  ]);
  return { nodes, edges };
}
