/**
 * Smoke test over the real, pseudonymised git logs of 49 ecosystem repos. The line split here is
 * deliberately minimal (the real parser lives in jobs/snapshot/git/); it only feeds commits in.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REALDATA_DIR } from '../../../test/support/paths.ts';
import type { GitCommit } from '../../snapshot/types.ts';
import { projectContributorStats } from './project-contributors.ts';
import { repoContributorStats, type RepoContributorStats } from './repo-contributors.ts';

const reposDir = path.join(REALDATA_DIR, 'ecosystem', 'repos');
const asOf: string = JSON.parse(fs.readFileSync(path.join(REALDATA_DIR, 'snapshot.json'), 'utf8')).as_of;

function readCommits(file: string): GitCommit[] {
  const commits: GitCommit[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const f = line.split('\0');
    if (f.length !== 7) continue;
    const coAuthors = f[6] === '' ? [] : f[6].split('\x1f').map((v) => {
      const m = /^(.*?)\s*<([^>]*)>$/.exec(v.trim());
      return m ? { name: m[1], email: m[2] } : { name: v.trim(), email: '' };
    });
    const t = Date.parse(f[3]);
    commits.push({
      sha: f[0], authorName: f[1], authorEmail: f[2],
      authorDateUtc: Number.isFinite(t) ? new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z') : f[3],
      committerName: f[4], committerEmail: f[5], coAuthors,
    });
  }
  return commits;
}

describe('contributors over the real ecosystem logs', () => {
  const stats = new Map<string, RepoContributorStats>();
  for (const owner of fs.readdirSync(reposDir).sort()) {
    for (const repo of fs.readdirSync(path.join(reposDir, owner)).sort()) {
      const file = path.join(reposDir, owner, repo, 'gitlog-full.txt');
      if (fs.existsSync(file)) stats.set(`${owner}/${repo}`, repoContributorStats({ commits: readCommits(file), mailmap: [] }, { asOf }));
    }
  }

  it('covers every repo and leaks no e-mail address', () => {
    expect(stats.size).toBe(49);
    expect(JSON.stringify([...stats])).not.toContain('@');
  });

  it('repos with no window commits get pony factor 0', () => {
    // Heads before the window start (2024-08-23). loam (head 2024-09-30) is inside the author-date
    // window although the README's committer-date cut (2024-12-03) shows 0 for it.
    for (const quiet of ['blend-capital/blend-contracts', 'script3/soroban-governor']) {
      const s = stats.get(quiet)!;
      expect([quiet, s.ponyFactor, s.commitsWindow, s.contributorsTotal]).toEqual([quiet, 0, 0, 0]);
      expect(s.contributorsAllTime).toBeGreaterThan(0);
      expect(s.lastCommit! < '2024-08-23').toBe(true);
    }
  });

  it('filters the bots and AI tools that are in the logs', () => {
    const bots = [...stats.values()].reduce((n, s) => n + s.botCommitsWindow, 0);
    expect(bots).toBeGreaterThan(0);
    const loam = stats.get('loambuild/loam')!;
    expect(loam.commitsWindow).toBeGreaterThan(0);
    // Nothing is after as_of (it is the day after the newest commit), and every line parsed.
    for (const s of stats.values()) expect(s.skipped).toEqual({ afterAsOf: 0, invalidDate: 0, unattributable: 0 });
    for (const s of stats.values()) {
      expect(s.ponyFactor!).toBeGreaterThanOrEqual(s.commitsWindow > 0 ? 1 : 0);
      expect(s.ponyFactor!).toBeLessThanOrEqual(s.contributorsTotal);
      expect(s.contributors.reduce((n, c) => n + c.commits, 0)).toBe(s.commitsWindow);
      expect(Object.values(s.commitsPerMonth).reduce((a, b) => a + b, 0)).toBe(s.commitsWindow);
    }
  });

  it('folds the two GitHub noreply forms of one login into one contributor', () => {
    // README: one pseudo-login appears with and without the digits prefix; count distinct keys.
    const all = [...stats.values()].flatMap((s) => s.contributors.map((c) => c.hash));
    expect(new Set(all).size).toBeLessThanOrEqual(all.length);
    const org = projectContributorStats(stats, new Map([['stellar', [...stats.keys()].filter((k) => k.startsWith('stellar/'))]]), asOf).get('stellar')!;
    const sum = [...stats].filter(([k]) => k.startsWith('stellar/')).reduce((n, [, s]) => n + s.contributorsTotal, 0);
    expect(org.contributorsTotal).toBeLessThan(sum); // people shared between repos count once
    expect(org.ponyFactor).toBeGreaterThanOrEqual(1);
  });
});
