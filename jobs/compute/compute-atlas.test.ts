import { describe, expect, it } from 'vitest';
import type { ProjectId } from '../ids/project-id.ts';
import type { RepoId } from '../ids/repo-id.ts';
import type { GitCommit, RawRepo, RawSnapshot } from '../snapshot/types.ts';
import { computeAtlas } from './compute-atlas.ts';

const AS_OF = '2026-08-23';

function commit(sha: string, date: string, email: string): GitCommit {
  return { sha: sha.padEnd(40, '0'), authorName: 'Dev', authorEmail: email, authorDateUtc: date, committerName: 'Dev', committerEmail: email, coAuthors: [] };
}

function repo(fullName: string, commits: GitCommit[], headCommitDate: string | null): RawRepo {
  return {
    id: `pkg:github/${fullName.toLowerCase()}` as RepoId, fullName, url: `https://github.com/${fullName}`, defaultBranch: 'main',
    headCommit: null, headCommitDate, firstCommitDate: null, commitCountAll: commits.length, github: null, unreachable: null,
    manifests: [], commits, logCoverage: 'full', mailmap: [], releases: [],
  };
}

function snapshot(repos: RawRepo[], integrationStatus: string): RawSnapshot {
  return {
    root: '/nowhere', asOf: AS_OF, label: null, sources: {},
    opengrants: {
      projects: [{
        id: 'daoip-5:scf:project:tool' as ProjectId, name: 'Tool', description: null, socials: [{ name: 'GitHub', value: 'https://github.com/acme' }],
        integrationStatus, category: 'Developer Tooling', website: null, githubExtension: null, xExtension: null, openSource: true,
        totalAwardedUSD: null, totalPaidUSD: null, awardedSubmissionsCount: null,
      }],
      pools: [], applications: [],
    },
    overrides: [], repos, sboms: [], registry: [], popularity: [], funding: [], warnings: [],
  };
}

const projectRow = (snap: RawSnapshot) => computeAtlas(snap, { buildVersion: 'test' }).tables.projects[0];

describe('computeAtlas activity cascade (DESIGN §5.5)', () => {
  it('upgrades a dormant project on a commit within 90 days even when the head commit is dated on as_of itself', () => {
    // The head commit (committer date) falls on the as_of day, i.e. at or after the window anchor;
    // the author commit 10 days earlier is inside the 90-day window and must count.
    const r = repo('acme/tool', [commit('a1', '2026-08-13T12:00:00Z', 'dev@acme.test')], '2026-08-23T09:00:00+00:00');
    const row = projectRow(snapshot([r], 'Abandoned'));
    expect(row.activity_status).toBe('in-dev');
    expect(row.status_source).toBe('git-activity');
  });

  it('does not upgrade on a commit dated on or after as_of alone', () => {
    const r = repo('acme/tool', [commit('a1', '2026-08-23T01:00:00Z', 'dev@acme.test')], '2026-08-23T01:00:00+00:00');
    const row = projectRow(snapshot([r], 'Abandoned'));
    expect(row.activity_status).toBe('discontinued');
  });
});

describe('computeAtlas privacy (DESIGN §11)', () => {
  it('keeps e-mail addresses out of warnings, source errors and free text', () => {
    const snap = snapshot([], 'Live (on Mainnet)');
    snap.opengrants.projects[0].description = 'Contact jane.doe@corp.example.com for access';
    snap.warnings.push({ source: 'ecosystem', file: 'ecosystem/repos/a/b/manifests/package.json', message: `not JSON, manifest skipped: Unexpected token 'j', "jane@corp.com" is not valid JSON` });
    snap.sources.ecosystem = { name: 'ecosystem', state: 'partial', records: 0, warnings: 0, errors: ['clone failed for ops@corp.com'] };
    const { tables, summary } = computeAtlas(snap, { buildVersion: 'test' });
    const text = JSON.stringify([tables.warnings, tables.source_status, tables.projects, summary]);
    expect(text).not.toMatch(/jane|ops@corp/);
    expect(tables.projects[0].description).toBe('Contact [e-mail removed] for access');
  });
});

describe('computeAtlas project pony factor (DESIGN §5.3)', () => {
  it('is unknown (NULL) when none of the project repos has a git log, 0 when the logs have no window commit', () => {
    const uncloned = { ...repo('acme/never-cloned', [], null), logCoverage: 'none' as const };
    expect(projectRow(snapshot([uncloned], 'Mainnet')).pony_factor).toBeNull();
    const quiet = repo('acme/quiet', [commit('a', '2020-01-01T00:00:00Z', 'old@example.org')], null);
    expect(projectRow(snapshot([quiet], 'Mainnet')).pony_factor).toBe(0);
    const busy = repo('acme/busy', [commit('b', '2026-08-01T00:00:00Z', 'dev@example.org')], null);
    expect(projectRow(snapshot([busy, uncloned], 'Mainnet')).pony_factor).toBe(1);
  });
});
