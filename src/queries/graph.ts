/** Reads for the project-level graph (DESIGN §7 Graph explorer): precomputed layout plus project edges. */
import type { AtlasQuery } from '../lib/query-seam.ts';

export interface GraphNodeRow {
  project_id: string;
  name: string;
  activity_status: string;
  criticality: number | null;
  x: number;
  y: number;
}

export interface GraphEdgeRow {
  from_project: string;
  to_project: string;
  repo_edge_count: number;
}

export interface ProjectGraphData {
  nodes: GraphNodeRow[];
  edges: GraphEdgeRow[];
}

export async function readProjectGraph(atlas: AtlasQuery): Promise<ProjectGraphData> {
  const [nodes, edges] = await Promise.all([
    atlas.query<GraphNodeRow>(
      `SELECT p.project_id, p.name, p.activity_status, p.criticality, l.x, l.y
       FROM graph_layout l JOIN projects p ON p.project_id = l.node_id
       WHERE l.level = 'project' ORDER BY p.project_id`,
    ),
    atlas.query<GraphEdgeRow>(
      `SELECT e.from_project, e.to_project, e.repo_edge_count FROM project_edges e
       WHERE EXISTS (SELECT 1 FROM graph_layout WHERE level = 'project' AND node_id = e.from_project)
         AND EXISTS (SELECT 1 FROM graph_layout WHERE level = 'project' AND node_id = e.to_project)
       ORDER BY e.from_project, e.to_project`,
    ),
  ]);
  return { nodes, edges };
}
