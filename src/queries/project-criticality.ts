/**
 * The dependents behind a project's criticality (DESIGN §5.2 Project: "the number of distinct
 * vertices outside the project that reach any of its repos"), read from the precomputed
 * `transitive_dependents` rows of the project's repos, and the on-demand path from one dependent to
 * the project (DESIGN §7 Project page: "with paths on demand"), walked over metric-scope edges.
 */
import type { AtlasQuery } from '../lib/query-seam.ts';
import { chunkIds, placeholders, shortestPath, type Neighbours } from './paths.ts';

export interface CriticalityDependentRow {
  dependent_id: string;
  /** Shortest distance to any repo of the project (1 = direct dependent). */
  distance: number;
  /** Display name: the repo's owner/name, the package name, or null when unknown. */
  label: string | null;
  kind: 'repo' | 'external' | 'other';
  project_id: string | null;
  project_name: string | null;
}

/** Distinct dependents outside the project, each at its smallest distance; its length is `projects.criticality`. */
export function readCriticalityDependents(atlas: AtlasQuery, projectId: string): Promise<CriticalityDependentRow[]> {
  return atlas.query<CriticalityDependentRow>(
    `SELECT t.dependent_id, MIN(t.distance) AS distance, COALESCE(r.full_name, x.name) AS label,
            CASE WHEN r.repo_id IS NOT NULL THEN 'repo' WHEN x.purl IS NOT NULL THEN 'external' ELSE 'other' END AS kind,
            r.project_id, p.name AS project_name
     FROM transitive_dependents t
     JOIN repos own ON own.repo_id = t.vertex_id
     LEFT JOIN repos r ON r.repo_id = t.dependent_id
     LEFT JOIN external_packages x ON x.purl = t.dependent_id
     LEFT JOIN projects p ON p.project_id = r.project_id
     WHERE own.project_id = ? AND (r.project_id IS NULL OR r.project_id <> ?)
     GROUP BY t.dependent_id
     ORDER BY distance, label COLLATE NOCASE, t.dependent_id`,
    [projectId, projectId],
  );
}

export interface PathStep {
  id: string;
  label: string | null;
  kind: 'repo' | 'external' | 'other';
}

/** Follows `depends_on` edges in the metric scopes (the edges criticality counts; DESIGN §5.1). */
export function metricDependencies(atlas: AtlasQuery): Neighbours {
  return async (frontier) => {
    const pairs: [string, string][] = [];
    for (const chunk of chunkIds(frontier)) {
      const rows = await atlas.query<{ from_id: string; to_id: string }>(
        `SELECT from_id, to_id FROM edges WHERE in_metric_scope = 1 AND from_id IN (${placeholders(chunk.length)})`,
        chunk,
      );
      for (const r of rows) pairs.push([r.from_id, r.to_id]);
    }
    return pairs;
  };
}

/** Display names of ids that may be repos or external packages, keyed by id. */
export async function readVertexLabels(atlas: AtlasQuery, ids: readonly string[]): Promise<Map<string, PathStep>> {
  const out = new Map<string, PathStep>();
  for (const chunk of chunkIds(ids)) {
    const list = placeholders(chunk.length);
    const rows = await atlas.query<PathStep>(
      `SELECT repo_id AS id, full_name AS label, 'repo' AS kind FROM repos WHERE repo_id IN (${list})
       UNION ALL
       SELECT purl AS id, name AS label, 'external' AS kind FROM external_packages WHERE purl IN (${list})`,
      [...chunk, ...chunk],
    );
    for (const r of rows) out.set(r.id, r);
  }
  return out;
}

/**
 * A shortest chain dependent → … → one of `targetRepoIds` over metric-scope edges, with display
 * names, or null when there is none (the dependent was counted from a stale atlas, say).
 */
export async function readDependencyPath(atlas: AtlasQuery, dependentId: string, targetRepoIds: readonly string[]): Promise<PathStep[] | null> {
  const chain = await shortestPath(dependentId, new Set(targetRepoIds), metricDependencies(atlas));
  if (!chain) return null;
  const labels = await readVertexLabels(atlas, chain);
  return chain.map((id) => labels.get(id) ?? { id, label: null, kind: 'other' });
}
