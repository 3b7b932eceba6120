/**
 * Contributor statistics of a project (DESIGN §5.3): the union of its repos' contributors, each
 * person's window commits summed across repos (so the project pony factor is not a mean of repo
 * pony factors). A project without repos → null pony factor and share; repos but no commits → 0.
 * Repos without a log (never cloned) count as repos with no commits.
 */
import { aggregate, contributorWindows, emptyMonths, type ContributorActivity, type ContributorAggregates, type RepoContributorStats } from './repo-contributors.ts';

export interface ProjectContributorStats extends ContributorAggregates {
  /** Repos of the project that had a commit log. */
  reposWithLog: number;
}

export function projectContributorStats(
  repoStats: ReadonlyMap<string, RepoContributorStats>,
  projectRepos: ReadonlyMap<string, readonly string[]>,
  asOf: string,
): Map<string, ProjectContributorStats> {
  const w = contributorWindows(asOf);
  const result = new Map<string, ProjectContributorStats>();
  for (const [project, repos] of projectRepos) {
    const people = new Map<string, ContributorActivity>();
    const commitsPerMonth = emptyMonths(asOf);
    let commitsWindow = 0;
    let botCommitsWindow = 0;
    let firstCommit: string | null = null;
    let lastCommit: string | null = null;
    let reposWithLog = 0;
    for (const repo of new Set(repos)) {
      const stats = repoStats.get(repo);
      if (!stats) continue;
      reposWithLog++;
      commitsWindow += stats.commitsWindow;
      botCommitsWindow += stats.botCommitsWindow;
      if (stats.firstCommit !== null && (firstCommit === null || stats.firstCommit < firstCommit)) firstCommit = stats.firstCommit;
      if (stats.lastCommit !== null && (lastCommit === null || stats.lastCommit > lastCommit)) lastCommit = stats.lastCommit;
      for (const [month, n] of Object.entries(stats.commitsPerMonth)) if (month in commitsPerMonth) commitsPerMonth[month] += n;
      for (const c of stats.contributors) {
        const seen = people.get(c.hash);
        if (!seen) people.set(c.hash, { ...c });
        else {
          seen.commits += c.commits;
          if (c.first < seen.first) seen.first = c.first;
          if (c.last > seen.last) seen.last = c.last;
        }
      }
    }
    const contributors = [...people.values()].sort((a, b) => b.commits - a.commits || (a.hash < b.hash ? -1 : 1));
    const agg = aggregate(contributors, w, commitsWindow);
    result.set(project, {
      ...agg,
      ponyFactor: repos.length === 0 ? null : agg.ponyFactor,
      botCommitsWindow,
      firstCommit,
      lastCommit,
      commitsPerMonth,
      reposWithLog,
    });
  }
  return result;
}
