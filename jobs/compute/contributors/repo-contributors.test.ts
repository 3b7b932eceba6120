import { describe, expect, it } from 'vitest';
import type { GitCommit, MailmapEntry } from '../../snapshot/types.ts';
import { contributorHash } from './identity-key.ts';
import { projectContributorStats } from './project-contributors.ts';
import { emptyMonths, repoContributorStats, type RepoContributorStats } from './repo-contributors.ts';

const asOf = '2026-08-23';
let seq = 0;
function commit(name: string, email: string, date: string, coAuthors: GitCommit['coAuthors'] = []): GitCommit {
  return { sha: String(seq++).padStart(40, '0'), authorName: name, authorEmail: email, authorDateUtc: date, committerName: 'GitHub', committerEmail: 'noreply@github.com', coAuthors };
}
const stats = (commits: GitCommit[], mailmap: MailmapEntry[] = [], creditCoAuthors = false) =>
  repoContributorStats({ commits, mailmap }, { asOf, creditCoAuthors });

describe('repoContributorStats (DESIGN §5.3, §5.7 item 9)', () => {
  it('filters bots and AI tools: counted, not attributed', () => {
    const r = stats([
      commit('alice', 'alice@x.org', '2026-08-01T00:00:00Z'),
      commit('dependabot[bot]', '49699333+dependabot[bot]@users.noreply.github.com', '2026-08-02T00:00:00Z'),
      commit('Claude', 'noreply@anthropic.com', '2026-08-03T00:00:00Z'),
      commit('Abbot', 'abbot@x.org', '2026-08-04T00:00:00Z'),
    ]);
    expect(r.botCommitsWindow).toBe(2);
    expect(r.commitsWindow).toBe(2);
    expect(r.contributorsTotal).toBe(2);
    expect(r.lastCommit).toBe('2026-08-04T00:00:00Z');
  });

  it('same e-mail with two names → one contributor; noreply forms fold; placeholders split by name', () => {
    const r = stats([
      commit('Alice', 'alice@x.org', '2026-01-01T00:00:00Z'),
      commit('Alice Liddell', 'ALICE@x.org ', '2026-02-01T00:00:00Z'),
      commit('bob', '123+Bob@users.noreply.github.com', '2026-03-01T00:00:00Z'),
      commit('Bob B.', 'bob@users.noreply.github.com', '2026-03-02T00:00:00Z'),
      commit('Carol', 'you@example.com', '2026-03-03T00:00:00Z'),
      commit('Dan', 'you@example.com', '2026-03-04T00:00:00Z'),
      commit('Dan', 'you@example.com', '2026-03-05T00:00:00Z'),
    ]);
    expect(r.contributorsTotal).toBe(4);
    expect(r.contributors.map((c) => c.commits).sort()).toEqual([1, 2, 2, 2]);
    expect(r.contributors.map((c) => c.hash)).toContain(contributorHash('alice@x.org'));
    expect(r.contributors.map((c) => c.hash)).toContain(contributorHash('name:dan'));
    expect(r.ponyFactor).toBe(2);
    expect(JSON.stringify(r)).not.toContain('@');
  });

  it('applies the mailmap before keying', () => {
    const mailmap: MailmapEntry[] = [{ properName: 'Alice', properEmail: 'alice@x.org', commitName: null, commitEmail: 'alice@old-laptop.example' }];
    const r = stats([commit('a', 'alice@old-laptop.example', '2026-05-01T00:00:00Z'), commit('Alice', 'alice@x.org', '2026-05-02T00:00:00Z')], mailmap);
    expect(r.contributors).toEqual([{ hash: contributorHash('alice@x.org'), commits: 2, first: '2026-05-01T00:00:00Z', last: '2026-05-02T00:00:00Z' }]);
  });

  it('applies the mailmap to credited co-authors too, and does not credit the author twice', () => {
    const mailmap: MailmapEntry[] = [{ properName: null, properEmail: 'alice@x.org', commitName: null, commitEmail: 'alice@old-laptop.example' }];
    const r = stats([commit('Bob', 'bob@x.org', '2026-05-01T00:00:00Z', [{ name: 'A', email: 'alice@old-laptop.example' }, { name: 'B', email: 'BOB@x.org' }])], mailmap, true);
    expect(r.contributors.map((c) => c.hash).sort()).toEqual([contributorHash('alice@x.org'), contributorHash('bob@x.org')].sort());
    expect(r.contributors.every((c) => c.commits === 1)).toBe(true);
  });

  it('anchors every window at as_of: 24 months, 30 and 90 days, commits after as_of ignored', () => {
    const r = stats([
      commit('future', 'f@x.org', '2026-08-23T00:00:00Z'),
      commit('recent', 'r@x.org', '2026-08-22T23:59:59Z'),
      commit('d30', 'd30@x.org', '2026-07-24T00:00:00Z'), // exactly 30 days before
      commit('d31', 'd31@x.org', '2026-07-23T23:59:59Z'),
      commit('d90', 'd90@x.org', '2026-05-25T00:00:00Z'),
      commit('edge', 'edge@x.org', '2024-08-23T00:00:00Z'), // window start, inclusive
      commit('old', 'old@x.org', '2024-08-22T23:59:59Z'),
      commit('bad', 'bad@x.org', 'not a date'),
      commit('', '', '2026-01-01T00:00:00Z'),
    ]);
    expect(r.skipped).toEqual({ afterAsOf: 1, invalidDate: 1, unattributable: 1 });
    expect(r.contributorsTotal).toBe(5);
    expect(r.activeContributors30d).toBe(2);
    expect(r.activeContributors90d).toBe(4);
    expect(r.contributorsAllTime).toBe(6);
    expect(r.firstCommit).toBe('2024-08-22T23:59:59Z');
    expect(r.lastCommit).toBe('2026-08-22T23:59:59Z');
    expect(Object.keys(r.commitsPerMonth)).toHaveLength(25);
    expect(r.commitsPerMonth['2024-08']).toBe(1);
    expect(r.commitsPerMonth['2026-07']).toBe(2);
    expect(r.commitsPerMonth['2026-08']).toBe(1);
  });

  it('keeps whole-history first/last per contributor but counts only window commits', () => {
    const r = stats([commit('a', 'a@x.org', '2020-01-01T00:00:00Z'), commit('a', 'a@x.org', '2026-01-01T00:00:00Z')]);
    expect(r.contributors).toEqual([{ hash: contributorHash('a@x.org'), commits: 1, first: '2020-01-01T00:00:00Z', last: '2026-01-01T00:00:00Z' }]);
  });

  it('credits co-authors only when asked, never bots among them', () => {
    const co = [
      { name: 'Bob', email: 'bob@x.org' },
      { name: 'Claude', email: 'noreply@anthropic.com' },
      { name: 'Alice again', email: 'ALICE@x.org' },
    ];
    const commits = [commit('alice', 'alice@x.org', '2026-06-01T00:00:00Z', co)];
    expect(stats(commits).contributorsTotal).toBe(1);
    const credited = stats(commits, [], true);
    expect(credited.contributorsTotal).toBe(2);
    expect(credited.commitsWindow).toBe(1);
    expect(credited.topContributorShare).toBe(0.5);
  });

  it('a repo with no window commits has pony factor 0 and no share', () => {
    const r = stats([commit('a', 'a@x.org', '2021-01-01T00:00:00Z')]);
    expect(r.ponyFactor).toBe(0);
    expect(r.topContributorShare).toBeNull();
    expect(stats([]).firstCommit).toBeNull();
  });

  it('clamps the window start to month ends', () => {
    expect(Object.keys(emptyMonths('2026-03-01'))[0]).toBe('2024-03');
    expect(Object.keys(emptyMonths('2026-03-01')).at(-1)).toBe('2026-02');
  });
});

describe('projectContributorStats (DESIGN §5.3, §5.7 item 4)', () => {
  it('sums each person across repos: a1 = 1, a2 = 1, project = 2; no repos → null; no commits → 0', () => {
    const dated = (who: string, n: number) => Array.from({ length: n }, (_, i) => commit(who, `${who}@x.org`, `2026-0${1 + i}-10T00:00:00Z`));
    const a1 = stats([...dated('shared', 3), ...dated('bob', 2)]);
    const a2 = stats([...dated('carol', 5), ...dated('shared', 2)]);
    const empty = stats([]);
    const repoStats = new Map<string, RepoContributorStats>([['a1', a1], ['a2', a2], ['e1', empty]]);
    const projects = projectContributorStats(repoStats, new Map([['P', ['a1', 'a2']], ['none', []], ['quiet', ['e1', 'never-cloned']]]), asOf);
    expect([a1.ponyFactor, a2.ponyFactor]).toEqual([1, 1]);
    const p = projects.get('P')!;
    expect(p.ponyFactor).toBe(2);
    expect(p.contributorsTotal).toBe(3);
    expect(p.commitsWindow).toBe(12);
    expect(p.topContributorShare).toBe(0.4167);
    expect(p.contributors.find((c) => c.hash === contributorHash('shared@x.org'))!.commits).toBe(5);
    expect(p.contributors.map((c) => c.commits)).toEqual([5, 5, 2]);
    expect(p.commitsPerMonth['2026-01']).toBe(4); // first commit of each of the four per-repo runs
    expect(p.commitsPerMonth['2026-05']).toBe(1);
    expect(projects.get('none')!.ponyFactor).toBeNull();
    expect(projects.get('quiet')!.ponyFactor).toBe(0);
    expect(projects.get('quiet')!.reposWithLog).toBe(1);
  });
});
