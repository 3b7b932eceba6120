/**
 * One-paragraph definitions of the leaderboard and repos table columns (DESIGN §7: "metric
 * explainers"), in the wording of docs/METRICS.md; the About page has the full text.
 */

export const COLUMN_EXPLAINERS: Record<string, string> = {
  name: 'The project as SCF / OpenGrants lists it (a curated override may rename it). Opens the project page.',
  activity_status: 'Live, in development, discontinued or non-responsive: the OpenGrants status (or a curated override), then the git-activity cascade — a discontinued or non-responsive project with a commit in the last 90 days becomes live (tranche completion 100%) or in development.',
  category: 'The SCF category. "Education & Community" projects are listed but not crawled for repos.',
  type: 'Public good when any of its repos publishes a package, else SCF project.',
  criticality: 'Distinct vertices of the active subgraph outside the project that reach any of its repos through dependencies (its transitive dependents). Unknown for projects without repos.',
  criticality_pct: 'Percentile rank of criticality among projects that have one: the share of those projects with a strictly lower score. Ties share the lowest rank.',
  criticality_repo_sum: 'The reference implementation\'s project score: the sum of its repos\' criticality. It counts a dependent twice when it uses two of the project\'s repos.',
  direct_dependents: 'Distinct vertices of the active subgraph outside the project with a dependency edge straight to one of its repos.',
  pony_factor: 'The smallest number of people whose commits make up at least half of all human commits in the 24 months before the data date (merges and bots excluded). PF 1 means one person carries the project. 0: repos but no commits in the window; unknown: no repos.',
  adoption: 'Mean of its repos\' adoption composites. A repo\'s composite is the mean of its percentile ranks for 30-day downloads, stars and forks, over the signals that are known. The count in brackets is how many repos have a composite.',
  contributors_active_90d: 'Distinct people (after identity resolution, bots excluded) with a commit in any of its repos in the 90 days before the data date.',
  repo_count: 'Repos assigned to the project from its GitHub URL or a curated override.',
  total_awarded_usd: 'Total SCF funding awarded, in US dollars, as OpenGrants reports it.',
  full_name: 'The GitHub repository (owner/name). Opens the repo page.',
  project: 'The project the repo is assigned to, if any.',
  repo_criticality: 'Distinct vertices of the active subgraph with a path to this repo (its transitive dependents). 0 outside the active subgraph.',
  repo_direct_dependents: 'Distinct vertices of the active subgraph with a dependency edge straight to this repo.',
  repo_pony_factor: 'Pony factor over this repo\'s contributors: the fewest people making up half of its human commits in the 24-month window.',
  contributors_total: 'Distinct people with a commit in the 24 months before the data date.',
  repo_adoption: 'Mean of the repo\'s percentile ranks for 30-day downloads, stars and forks, over the known signals; the number of signals is given beside it.',
  stars: 'GitHub stars.',
  downloads_30d: 'Downloads over 30 days, summed over the packages the repo publishes (crates.io\'s 90-day figure divided by 3).',
  latest_commit_at: 'Date of the newest commit in the collected history.',
};
