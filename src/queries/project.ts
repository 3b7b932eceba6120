/**
 * Reads for one project page (DESIGN §7 Project page): the project row with the inputs of each
 * metric (status source and reason, adoption signals per repo, every contributor's commits for the
 * pony-factor shares), repos, project-level links with edge counts and SCF funding rows. The
 * criticality dependents and the subgraph have their own modules (project-criticality.ts,
 * project-subgraph.ts) because they load on their own.
 */
import type { AtlasQuery } from '../lib/query-seam.ts';

export interface ProjectRow {
  project_id: string;
  name: string;
  type: string;
  activity_status: string;
  baseline_status: string;
  status_source: string;
  status_reason: string;
  category: string | null;
  description: string | null;
  website: string | null;
  git_owner_url: string | null;
  repo_count: number;
  criticality: number | null;
  criticality_repo_sum: number | null;
  criticality_pct: number | null;
  direct_dependents: number | null;
  dependent_projects: number | null;
  dependency_projects: number | null;
  pony_factor: number | null;
  contributors_total: number | null;
  contributors_active_30d: number | null;
  contributors_active_90d: number | null;
  top_contributor_share: number | null;
  commits_window: number | null;
  bot_commits_window: number | null;
  first_commit_at: string | null;
  adoption: number | null;
  adoption_repos: number | null;
  total_awarded_usd: number | null;
  total_paid_usd: number | null;
  last_commit_at: string | null;
}

export interface ProjectRepoRow {
  repo_id: string;
  full_name: string;
  criticality: number;
  direct_dependents: number;
  pony_factor: number | null;
  contributors_active_90d: number;
  adoption: number | null;
  adoption_signals: number;
  downloads_30d: number | null;
  stars: number | null;
  forks: number | null;
  downloads_pct: number | null;
  stars_pct: number | null;
  forks_pct: number | null;
  latest_commit_at: string | null;
  archived: number | null;
  unreachable: string | null;
}

export interface ProjectLinkRow {
  project_id: string;
  name: string | null;
  activity_status: string | null;
  repo_edge_count: number;
  metric_edge_count: number;
}

/** One person's commits in the window, summed over the project's repos (DESIGN §5.3 project union). */
export interface ContributorShareRow {
  contributor_hash: string;
  commits: number;
  repos: number;
}

export interface FundingRow {
  round: string;
  award_type: string | null;
  awarded_usd: number | null;
  paid_usd: number | null;
  tranche_completion_pct: number | null;
}

export interface ProjectPage {
  project: ProjectRow;
  repos: ProjectRepoRow[];
  dependsOn: ProjectLinkRow[];
  dependents: ProjectLinkRow[];
  /** Every contributor of the window (the pony factor needs all of them, not a top-N). */
  contributors: ContributorShareRow[];
  funding: FundingRow[];
}

export async function readProjectPage(atlas: AtlasQuery, projectId: string): Promise<ProjectPage | undefined> {
  const project = await atlas.queryRow<ProjectRow>(
    `SELECT project_id, name, type, activity_status, baseline_status, status_source, status_reason, category, description, website, git_owner_url,
            repo_count, criticality, criticality_repo_sum, criticality_pct, direct_dependents, dependent_projects, dependency_projects,
            pony_factor, contributors_total, contributors_active_30d, contributors_active_90d, top_contributor_share, commits_window,
            bot_commits_window, first_commit_at, adoption, adoption_repos, total_awarded_usd, total_paid_usd, last_commit_at
     FROM projects WHERE project_id = ?`,
    [projectId],
  );
  if (!project) return undefined;
  const [repos, dependsOn, dependents, contributors, funding] = await Promise.all([
    atlas.query<ProjectRepoRow>(
      `SELECT repo_id, full_name, criticality, direct_dependents, pony_factor, contributors_active_90d, adoption, adoption_signals,
              downloads_30d, stars, forks, downloads_pct, stars_pct, forks_pct, latest_commit_at, archived, unreachable
       FROM repos WHERE project_id = ? ORDER BY criticality DESC, full_name COLLATE NOCASE`,
      [projectId],
    ),
    atlas.query<ProjectLinkRow>(
      `SELECT e.to_project AS project_id, p.name, p.activity_status, e.repo_edge_count, e.metric_edge_count
       FROM project_edges e LEFT JOIN projects p ON p.project_id = e.to_project
       WHERE e.from_project = ? ORDER BY e.repo_edge_count DESC, p.name COLLATE NOCASE, e.to_project`,
      [projectId],
    ),
    atlas.query<ProjectLinkRow>(
      `SELECT e.from_project AS project_id, p.name, p.activity_status, e.repo_edge_count, e.metric_edge_count
       FROM project_edges e LEFT JOIN projects p ON p.project_id = e.from_project
       WHERE e.to_project = ? ORDER BY e.repo_edge_count DESC, p.name COLLATE NOCASE, e.from_project`,
      [projectId],
    ),
    atlas.query<ContributorShareRow>(
      `SELECT c.contributor_hash, SUM(c.commits_window) AS commits, COUNT(*) AS repos
       FROM contributions c JOIN repos r ON r.repo_id = c.repo_id
       WHERE r.project_id = ? GROUP BY c.contributor_hash
       ORDER BY commits DESC, c.contributor_hash`,
      [projectId],
    ),
    atlas.query<FundingRow>(
      `SELECT round, award_type, awarded_usd, paid_usd, tranche_completion_pct FROM funding WHERE project_id = ? ORDER BY seq`,
      [projectId],
    ),
  ]);
  return { project, repos, dependsOn, dependents, contributors, funding };
}
