/**
 * Reads for one repo page (DESIGN §7 Repos table and repo page): the repo row, its dependency edges
 * (in-ecosystem and external, every scope), direct dependents, the transitive blast radius with
 * distances, contributor commits for the pony-factor shares, monthly commits, releases and the
 * packages it publishes with their evidence.
 */
import type { AtlasQuery } from '../lib/query-seam.ts';

export interface RepoRow {
  repo_id: string;
  full_name: string;
  url: string;
  project_id: string | null;
  project_name: string | null;
  project_status: string | null;
  assigned_by: string | null;
  is_active: number;
  in_active_subgraph: number;
  description: string | null;
  license: string | null;
  latest_version: string | null;
  latest_commit_at: string | null;
  first_commit_at: string | null;
  commit_count_all: number | null;
  default_branch: string | null;
  log_coverage: string;
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
  downloads_pct: number | null;
  stars_pct: number | null;
  forks_pct: number | null;
  has_dependency_data: number;
  dependency_sources: string;
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

export interface BlastRadiusRow {
  dependent_id: string;
  distance: number;
  full_name: string | null;
  project_id: string | null;
  project_name: string | null;
}

export interface ReleaseRow {
  tag: string;
  name: string | null;
  published_at: string | null;
}

export interface PackageAliasRow {
  purl: string;
  manifest_path: string | null;
  evidence: string;
}

export interface RepoContributorRow {
  contributor_hash: string;
  commits: number;
}

export interface MonthlyCommitRow {
  month: string;
  commits: number;
}

export interface RepoPage {
  repo: RepoRow;
  dependencies: DependencyRow[];
  dependents: DependentRow[];
  /** The blast radius: every vertex with a path to this repo, nearest first. */
  transitive: BlastRadiusRow[];
  contributors: RepoContributorRow[];
  monthly: MonthlyCommitRow[];
  releases: ReleaseRow[];
  aliases: PackageAliasRow[];
}

export async function readRepoPage(atlas: AtlasQuery, repoId: string): Promise<RepoPage | undefined> {
  const repo = await atlas.queryRow<RepoRow>(
    `SELECT r.repo_id, r.full_name, r.url, r.project_id, p.name AS project_name, p.activity_status AS project_status, r.assigned_by, r.is_active, r.in_active_subgraph, r.description,
            r.license, r.latest_version, r.latest_commit_at, r.first_commit_at, r.commit_count_all, r.default_branch, r.log_coverage, r.archived, r.unreachable, r.stars, r.forks, r.downloads_30d,
            r.criticality, r.direct_dependents, r.dependency_count, r.pony_factor, r.contributors_total, r.contributors_active_30d,
            r.contributors_active_90d, r.top_contributor_share, r.commits_window, r.bot_commits_window, r.adoption, r.adoption_signals,
            r.downloads_pct, r.stars_pct, r.forks_pct, r.has_dependency_data, r.dependency_sources
     FROM repos r LEFT JOIN projects p ON p.project_id = r.project_id WHERE r.repo_id = ?`,
    [repoId],
  );
  if (!repo) return undefined;
  const [dependencies, dependents, transitive, contributors, monthly, releases, aliases] = await Promise.all([
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
    atlas.query<BlastRadiusRow>(
      `SELECT t.dependent_id, t.distance, r.full_name, r.project_id, p.name AS project_name
       FROM transitive_dependents t LEFT JOIN repos r ON r.repo_id = t.dependent_id LEFT JOIN projects p ON p.project_id = r.project_id
       WHERE t.vertex_id = ? ORDER BY t.distance, r.full_name COLLATE NOCASE, t.dependent_id`,
      [repoId],
    ),
    atlas.query<RepoContributorRow>(
      'SELECT contributor_hash, commits_window AS commits FROM contributions WHERE repo_id = ? ORDER BY commits_window DESC, contributor_hash',
      [repoId],
    ),
    // monthly_commits stores only months with commits: rebuild the whole window (the 24 months up
    // to snapshot_as_of, as the contributor window) with zeros, for repos that have a git log.
    atlas.query<MonthlyCommitRow>(
      `WITH RECURSIVE months(month, i) AS (
         SELECT strftime('%Y-%m', (SELECT snapshot_as_of FROM meta), 'start of month', '-24 months'), 0
         UNION ALL SELECT strftime('%Y-%m', month || '-01', '+1 month'), i + 1 FROM months WHERE i < 24
       )
       SELECT months.month, COALESCE(mc.commits, 0) AS commits
       FROM months LEFT JOIN monthly_commits mc ON mc.repo_id = ? AND mc.month = months.month
       WHERE EXISTS (SELECT 1 FROM repos WHERE repo_id = ? AND log_coverage <> 'none')
       ORDER BY months.month`,
      [repoId, repoId],
    ),
    atlas.query<ReleaseRow>(
      'SELECT tag, name, published_at FROM releases WHERE repo_id = ? ORDER BY published_at IS NULL, published_at DESC, tag DESC',
      [repoId],
    ),
    atlas.query<PackageAliasRow>('SELECT purl, manifest_path, evidence FROM package_aliases WHERE repo_id = ? ORDER BY purl', [repoId]),
  ]);
  return { repo, dependencies, dependents, transitive, contributors, monthly, releases, aliases };
}
