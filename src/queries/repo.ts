/** Reads for one repo page (DESIGN §7 Repos table and repo page). */
import type { AtlasQuery } from '../lib/query-seam.ts';

export interface RepoRow {
  repo_id: string;
  full_name: string;
  url: string;
  project_id: string | null;
  project_name: string | null;
  is_active: number;
  in_active_subgraph: number;
  description: string | null;
  license: string | null;
  latest_version: string | null;
  latest_commit_at: string | null;
  archived: number | null;
  unreachable: string | null;
  stars: number | null;
  forks: number | null;
  downloads_30d: number | null;
  criticality: number;
  direct_dependents: number;
  dependency_count: number;
  pony_factor: number | null;
  contributors_total: number;
  contributors_active_30d: number;
  contributors_active_90d: number;
  top_contributor_share: number | null;
  commits_window: number;
  bot_commits_window: number;
  adoption: number | null;
  adoption_signals: number;
  has_dependency_data: number;
}

export interface DependencyRow {
  to_id: string;
  to_kind: 'repo' | 'external';
  target_name: string | null;
  scope: string;
  in_metric_scope: number;
  version_ranges: string;
  provenance: string;
  confidence: string;
}

export interface DependentRow {
  from_id: string;
  full_name: string | null;
  project_id: string | null;
  scope: string;
  in_metric_scope: number;
  version_ranges: string;
}

export interface MonthlyCommitRow {
  month: string;
  commits: number;
}

export interface RepoPage {
  repo: RepoRow;
  dependencies: DependencyRow[];
  dependents: DependentRow[];
  transitiveDependents: number;
  monthly: MonthlyCommitRow[];
  aliases: string[];
}

export async function readRepoPage(atlas: AtlasQuery, repoId: string): Promise<RepoPage | undefined> {
  const repo = await atlas.queryRow<RepoRow>(
    `SELECT r.repo_id, r.full_name, r.url, r.project_id, p.name AS project_name, r.is_active, r.in_active_subgraph, r.description,
            r.license, r.latest_version, r.latest_commit_at, r.archived, r.unreachable, r.stars, r.forks, r.downloads_30d,
            r.criticality, r.direct_dependents, r.dependency_count, r.pony_factor, r.contributors_total, r.contributors_active_30d,
            r.contributors_active_90d, r.top_contributor_share, r.commits_window, r.bot_commits_window, r.adoption, r.adoption_signals,
            r.has_dependency_data
     FROM repos r LEFT JOIN projects p ON p.project_id = r.project_id WHERE r.repo_id = ?`,
    [repoId],
  );
  if (!repo) return undefined;
  const [dependencies, dependents, transitive, monthly, aliases] = await Promise.all([
    atlas.query<DependencyRow>(
      `SELECT e.to_id, e.to_kind, COALESCE(r.full_name, x.name) AS target_name, e.scope, e.in_metric_scope, e.version_ranges,
              e.provenance, e.confidence
       FROM edges e LEFT JOIN repos r ON r.repo_id = e.to_id LEFT JOIN external_packages x ON x.purl = e.to_id
       WHERE e.from_id = ? ORDER BY e.to_kind DESC, e.in_metric_scope DESC, e.to_id`,
      [repoId],
    ),
    atlas.query<DependentRow>(
      `SELECT e.from_id, r.full_name, r.project_id, e.scope, e.in_metric_scope, e.version_ranges
       FROM edges e LEFT JOIN repos r ON r.repo_id = e.from_id WHERE e.to_id = ? ORDER BY e.in_metric_scope DESC, e.from_id`,
      [repoId],
    ),
    atlas.queryRow<{ n: number }>('SELECT COUNT(*) AS n FROM transitive_dependents WHERE vertex_id = ?', [repoId]),
    atlas.query<MonthlyCommitRow>('SELECT month, commits FROM monthly_commits WHERE repo_id = ? ORDER BY month', [repoId]),
    atlas.query<{ purl: string }>('SELECT purl FROM package_aliases WHERE repo_id = ? ORDER BY purl', [repoId]),
  ]);
  return { repo, dependencies, dependents, transitiveDependents: transitive?.n ?? 0, monthly, aliases: aliases.map((a) => a.purl) };
}
