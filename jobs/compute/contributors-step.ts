/**
 * Contributor statistics for every repo and project (DESIGN §5.3), and the pseudonymous
 * contributor rows of atlas.sqlite. Only hashes and aggregates leave this step.
 */
import type { ProjectId } from '../ids/project-id.ts';
import type { RawRepo } from '../snapshot/types.ts';
import type { Row } from '../publish/write-atlas.ts';
import { projectContributorStats } from './contributors/project-contributors.ts';
import { contributorWindows, repoContributorStats, type ContributorAggregates, type RepoContributorStats } from './contributors/repo-contributors.ts';

export interface ContributorSummary {
  ponyFactor: number | null;
  contributorsTotal: number;
  active30d: number;
  active90d: number;
  topShare: number | null;
  commitsWindow: number;
  botCommitsWindow: number;
  firstCommitAt: string | null;
  lastCommitAt: string | null;
}

export interface ContributorModel {
  repo: Map<string, ContributorSummary>;
  project: Map<string, ContributorSummary>;
  contributorRows: Row[];
  contributionRows: Row[];
  monthlyRows: Row[];
  /** Distinct people with a commit in the 30 / 90 days before as_of, ecosystem-wide. */
  active30d: number;
  active90d: number;
}

function summarise(a: ContributorAggregates): ContributorSummary {
  return {
    ponyFactor: a.ponyFactor,
    contributorsTotal: a.contributorsTotal,
    active30d: a.activeContributors30d,
    active90d: a.activeContributors90d,
    topShare: a.topContributorShare,
    commitsWindow: a.commitsWindow,
    botCommitsWindow: a.botCommitsWindow,
    firstCommitAt: a.firstCommit,
    lastCommitAt: a.lastCommit,
  };
}

export function computeContributors(repos: RawRepo[], reposOfProject: Map<ProjectId, RawRepo[]>, asOf: string): ContributorModel {
  const repoStats = new Map<string, RepoContributorStats>();
  for (const r of repos) {
    // A repo never cloned has no log: its pony factor is unknown (NULL), not 0.
    if (r.logCoverage === 'none') continue;
    repoStats.set(r.id, repoContributorStats({ commits: r.commits, mailmap: r.mailmap }, { asOf }));
  }
  const projectRepos = new Map<string, string[]>([...reposOfProject].map(([p, rs]) => [p, rs.map((r) => r.id as string)] as const));
  const projectStats = projectContributorStats(repoStats, projectRepos, asOf);

  const w = contributorWindows(asOf);
  const people = new Map<string, { commits: number; repos: number; first: string; last: string }>();
  const contributionRows: Row[] = [];
  const monthlyRows: Row[] = [];
  for (const [repoId, stats] of repoStats) {
    for (const c of stats.contributors) {
      contributionRows.push({ contributor_hash: c.hash, repo_id: repoId, commits_window: c.commits, first_commit_at: c.first, last_commit_at: c.last });
      const p = people.get(c.hash);
      if (!p) people.set(c.hash, { commits: c.commits, repos: 1, first: c.first, last: c.last });
      else {
        p.commits += c.commits;
        p.repos += 1;
        if (c.first < p.first) p.first = c.first;
        if (c.last > p.last) p.last = c.last;
      }
    }
    // Only months with commits are stored (most repos are quiet most months); readers fill the gaps.
    for (const [month, commits] of Object.entries(stats.commitsPerMonth)) if (commits > 0) monthlyRows.push({ repo_id: repoId, month, commits });
  }
  const since30 = new Date(w.active30).toISOString();
  const since90 = new Date(w.active90).toISOString();
  let active30d = 0;
  let active90d = 0;
  const contributorRows: Row[] = [];
  for (const [hash, p] of people) {
    if (p.last >= since30) active30d++;
    if (p.last >= since90) active90d++;
    contributorRows.push({ contributor_hash: hash, commits_window: p.commits, repo_count: p.repos, first_commit_at: p.first, last_commit_at: p.last });
  }
  return {
    repo: new Map([...repoStats].map(([id, s]) => [id, summarise(s)] as const)),
    // A project whose repos were never cloned has an unknown pony factor, not 0 ("repos but no
    // commits → 0" is for repos whose log was read and is empty in the window).
    project: new Map([...projectStats].map(([id, s]) => [id, s.reposWithLog === 0 ? { ...summarise(s), ponyFactor: null, topShare: null } : summarise(s)] as const)),
    contributorRows,
    contributionRows,
    monthlyRows,
    active30d,
    active90d,
  };
}
