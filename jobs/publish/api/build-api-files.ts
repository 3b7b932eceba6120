/**
 * The static read-only API as a list of files (DESIGN §7 "Static read-only API"; documented in
 * docs/API.md). Pure: tables in, `{ path, body }` out, paths relative to `api/v1/`. Every JSON
 * document is serialised with sorted keys and arrays in id order; every string passes the e-mail
 * redaction; CSV follows csv.ts. Within v1 changes are additive only (docs/API.md "Versioning").
 */
import { stableJson } from '../write-atlas.ts';
import { BADGE_METRICS, badgeFor, type BadgeInput } from './badges.ts';
import { toCsv, type CsvValue } from './csv.ts';
import type { AtlasApiTables, DbRow } from './read-atlas-tables.ts';
import { redactEmailsDeep } from './redact-emails.ts';
import { projectSlugs, repoPaths } from './slug.ts';

/** Path segment of this API version; bumped only for breaking changes. */
export const API_VERSION = 'v1';

export interface ApiFile {
  /** Relative to `api/v1/`, `/`-separated. */
  path: string;
  body: string;
}

/** Repo columns repeated on graph nodes (the rest is in `repos.json`). */
const REPO_NODE_COLUMNS = ['full_name', 'project_id', 'is_active', 'in_active_subgraph', 'criticality', 'direct_dependents', 'pony_factor', 'adoption', 'archived'] as const;
/** Project columns repeated on graph nodes. */
const PROJECT_NODE_COLUMNS = ['name', 'type', 'activity_status', 'category', 'in_active_subgraph', 'repo_count', 'criticality', 'criticality_pct', 'dependent_projects', 'dependency_projects', 'pony_factor', 'adoption'] as const;

const projectFile = (slug: string): string => `projects/${slug}.json`;
const repoFile = (repoPath: string): string => `repos/${repoPath}.json`;
const badgeFile = (slug: string, metric: string): string => `badges/${slug}/${metric}.json`;

function json(value: unknown): string {
  return `${stableJson(redactEmailsDeep(value))}\n`;
}

function csv(columns: readonly string[], rows: readonly DbRow[]): string {
  const cells = rows.map((row) =>
    Object.fromEntries(columns.map((c) => {
      const v = row[c];
      // JSON columns go back to the JSON text the atlas holds.
      return [c, Array.isArray(v) || (v && typeof v === 'object') ? stableJson(v) : (v as CsvValue)];
    })),
  );
  return toCsv(columns, redactEmailsDeep(cells));
}

function pick(row: DbRow, columns: readonly string[]): DbRow {
  return Object.fromEntries(columns.map((c) => [c, row[c] ?? null]));
}

function groupBy(rows: readonly DbRow[], key: string): Map<string, DbRow[]> {
  const groups = new Map<string, DbRow[]>();
  for (const row of rows) {
    const k = String(row[key]);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

function byDistanceThenId(a: { id: string; distance: number }, b: { id: string; distance: number }): number {
  return a.distance - b.distance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function buildApiFiles(t: AtlasApiTables): ApiFile[] {
  const files: ApiFile[] = [];
  const envelope = { api_version: API_VERSION, schema_version: t.userVersion, snapshot_as_of: t.meta.snapshot_as_of ?? null };

  const projectIds = t.projects.rows.map((p) => String(p.project_id));
  const repoIds = t.repos.rows.map((r) => String(r.repo_id));
  const slugs = projectSlugs(projectIds);
  const repoPath = repoPaths(repoIds);
  const projectById = new Map(t.projects.rows.map((p) => [String(p.project_id), p]));
  const repoById = new Map(t.repos.rows.map((r) => [String(r.repo_id), r]));
  const externalById = new Map(t.externalPackages.map((e) => [String(e.purl), e]));
  const reposByProject = groupBy(t.repos.rows.filter((r) => r.project_id !== null), 'project_id');
  const layoutOf = new Map(t.layout.map((l) => [`${l.level}\u0000${l.node_id}`, l]));
  const position = (level: string, id: string) => {
    const l = layoutOf.get(`${level}\u0000${id}`);
    return { x: l ? (l.x as number) : null, y: l ? (l.y as number) : null };
  };
  const projectRef = (id: string) => ({ project_id: id, name: projectById.get(id)?.name ?? null, slug: slugs.get(id) ?? null, path: slugs.has(id) ? projectFile(slugs.get(id)!) : null });
  const vertexRef = (id: string) => (repoById.has(id) ? { id, kind: 'repo', name: repoById.get(id)!.full_name, path: repoFile(repoPath.get(id)!) } : { id, kind: 'external', name: externalById.get(id)?.name ?? null, path: null });

  // meta.json
  files.push({
    path: 'meta.json',
    body: json({ ...envelope, definitions_version: t.meta.definitions_version, meta: t.meta, source_status: t.sourceStatus }),
  });

  // projects.json / .csv
  const projectRows = t.projects.rows.map((p) => ({ ...p, slug: slugs.get(String(p.project_id))!, path: projectFile(slugs.get(String(p.project_id))!) }));
  files.push({ path: 'projects.json', body: json({ ...envelope, count: projectRows.length, projects: projectRows, slugs: Object.fromEntries(slugs) }) });
  files.push({ path: 'projects.csv', body: csv([...t.projects.columns, 'slug'], projectRows) });

  // repos.json / .csv
  const repoRows = t.repos.rows.map((r) => ({ ...r, path: repoFile(repoPath.get(String(r.repo_id))!) }));
  files.push({ path: 'repos.json', body: json({ ...envelope, count: repoRows.length, repos: repoRows, paths: Object.fromEntries([...repoPath].map(([id, p]) => [id, repoFile(p)])) }) });
  files.push({ path: 'repos.csv', body: csv([...t.repos.columns, 'path'], repoRows) });

  // graph/projects.json
  files.push({
    path: 'graph/projects.json',
    body: json({
      ...envelope,
      level: 'project',
      nodes: t.projects.rows.map((p) => ({ id: p.project_id, slug: slugs.get(String(p.project_id)), ...position('project', String(p.project_id)), ...pick(p, PROJECT_NODE_COLUMNS) })),
      edges: t.projectEdges.map((e) => ({ from: e.from_project, to: e.to_project, repo_edge_count: e.repo_edge_count, metric_edge_count: e.metric_edge_count })),
    }),
  });

  // graph/repos.json
  files.push({
    path: 'graph/repos.json',
    body: json({
      ...envelope,
      level: 'repo',
      metric_scopes: t.meta.metric_scopes,
      nodes: [
        ...t.repos.rows.map((r) => ({ id: r.repo_id, kind: 'repo', ...position('repo', String(r.repo_id)), ...pick(r, REPO_NODE_COLUMNS) })),
        ...t.externalPackages.map((e) => ({ id: e.purl, kind: 'external', ...position('repo', String(e.purl)), name: e.name, type: e.type, in_active_subgraph: e.in_active_subgraph, criticality: e.criticality, direct_dependents: e.direct_dependents })),
      ],
      edges: t.edges.map((e) => ({ from: e.from_id, to: e.to_id, to_kind: e.to_kind, scope: e.scope, in_metric_scope: e.in_metric_scope, provenance: e.provenance, confidence: e.confidence })),
    }),
  });

  // Per-repo detail.
  const edgesFrom = groupBy(t.edges, 'from_id');
  const edgesTo = groupBy(t.edges, 'to_id');
  const dependentsOf = groupBy(t.transitiveDependents, 'vertex_id');
  const aliasesOf = groupBy(t.packageAliases, 'repo_id');
  const releasesOf = groupBy(t.releases, 'repo_id');
  const monthlyOf = groupBy(t.monthlyCommits, 'repo_id');
  const edgeDetail = (e: DbRow) => ({ scope: e.scope, in_metric_scope: e.in_metric_scope, version_ranges: e.version_ranges, provenance: e.provenance, confidence: e.confidence });
  for (const repo of t.repos.rows) {
    const id = String(repo.repo_id);
    const projectId = repo.project_id === null ? null : String(repo.project_id);
    files.push({
      path: repoFile(repoPath.get(id)!),
      body: json({
        ...envelope,
        repo: { ...repo, path: repoFile(repoPath.get(id)!) },
        project: projectId === null ? null : projectRef(projectId),
        dependencies: (edgesFrom.get(id) ?? []).map((e) => ({ ...vertexRef(String(e.to_id)), ...edgeDetail(e) })),
        dependents: (edgesTo.get(id) ?? []).map((e) => ({ ...vertexRef(String(e.from_id)), ...edgeDetail(e) })),
        transitive_dependents: (dependentsOf.get(id) ?? []).map((d) => ({ id: String(d.dependent_id), distance: Number(d.distance) })).sort(byDistanceThenId),
        aliases: (aliasesOf.get(id) ?? []).map((a) => pick(a, ['purl', 'manifest_path', 'evidence'])),
        releases: (releasesOf.get(id) ?? []).map((r) => pick(r, ['tag', 'name', 'published_at'])),
        monthly_commits: (monthlyOf.get(id) ?? []).map((m) => pick(m, ['month', 'commits'])),
      }),
    });
  }

  // Per-project detail and badges.
  const fundingOf = groupBy(t.funding.filter((f) => f.project_id !== null), 'project_id');
  const projectEdgesFrom = groupBy(t.projectEdges, 'from_project');
  const projectEdgesTo = groupBy(t.projectEdges, 'to_project');
  const badgeIndex: Record<string, Record<string, string>> = {};
  for (const project of t.projects.rows) {
    const id = String(project.project_id);
    const slug = slugs.get(id)!;
    const repos = reposByProject.get(id) ?? [];
    const own = new Set(repos.map((r) => String(r.repo_id)));
    // Criticality's dependents (DESIGN §5.2): vertices outside the project reaching any of its repos.
    const outside = new Set<string>();
    for (const repoId of own) for (const d of dependentsOf.get(repoId) ?? []) if (!own.has(String(d.dependent_id))) outside.add(String(d.dependent_id));
    const badges = Object.fromEntries(BADGE_METRICS.map((m) => [m, badgeFile(slug, m)]));
    badgeIndex[id] = badges;
    files.push({
      path: projectFile(slug),
      body: json({
        ...envelope,
        project: { ...project, slug, path: projectFile(slug) },
        repos: repos.map((r) => ({ ...r, path: repoFile(repoPath.get(String(r.repo_id))!) })),
        funding: (fundingOf.get(id) ?? []).map((f) => pick(f, ['round', 'award_type', 'awarded_usd', 'paid_usd', 'tranche_completion_pct', 'project_name', 'source'])),
        dependencies: (projectEdgesFrom.get(id) ?? []).map((e) => ({ ...projectRef(String(e.to_project)), repo_edge_count: e.repo_edge_count, metric_edge_count: e.metric_edge_count })),
        dependents: (projectEdgesTo.get(id) ?? []).map((e) => ({ ...projectRef(String(e.from_project)), repo_edge_count: e.repo_edge_count, metric_edge_count: e.metric_edge_count })),
        transitive_dependent_ids: [...outside].sort(),
        badges,
      }),
    });
    for (const metric of BADGE_METRICS) files.push({ path: badgeFile(slug, metric), body: json(badgeFor(metric, project as unknown as BadgeInput)) });
  }

  // index.json: every file above, by what it is.
  files.push({
    path: 'index.json',
    body: json({
      ...envelope,
      base: 'Paths are relative to this file (api/v1/).',
      meta: 'meta.json',
      projects: { json: 'projects.json', csv: 'projects.csv' },
      repos: { json: 'repos.json', csv: 'repos.csv' },
      graph: { projects: 'graph/projects.json', repos: 'graph/repos.json' },
      project_details: Object.fromEntries([...slugs].map(([id, s]) => [id, projectFile(s)])),
      repo_details: Object.fromEntries([...repoPath].map(([id, p]) => [id, repoFile(p)])),
      badges: badgeIndex,
      badge_metrics: BADGE_METRICS,
      sqlite: '../../data/atlas.sqlite',
    }),
  });
  return files;
}
