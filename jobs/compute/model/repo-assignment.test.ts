import { describe, expect, it } from 'vitest';
import type { ProjectId } from '../../ids/project-id.ts';
import type { RepoId } from '../../ids/repo-id.ts';
import type { SnapshotWarning } from '../../snapshot/types.ts';
import { assignReposToProjects } from './repo-assignment.ts';
import type { ProjectRecord, RepoAssignment } from './types.ts';

function project(id: string, owner: string, by: RepoAssignment, crawled = true): ProjectRecord {
  return {
    id: id as ProjectId, name: id, origin: 'opengrants', category: null, integrationStatus: null, baselineStatus: 'live',
    baselineSource: 'opengrants', baselineReason: '', description: null, website: null, xUrl: null, openSource: null,
    totalAwardedUSD: null, totalPaidUSD: null, trancheCompletionPct: null, gitOwnerUrl: `https://github.com/${owner}`,
    repoClaims: [], ownerClaims: [{ owner, by }], crawled,
  };
}

const repo = { id: 'pkg:github/acme/tool' as RepoId, owner: 'Acme' };

describe('assignReposToProjects', () => {
  it('gives every repo of an owner URL to the project, case-insensitively', () => {
    const { byRepo } = assignReposToProjects([project('daoip-5:scf:project:a', 'acme', 'opengrants-owner-url')], [repo], { warn: () => {} });
    expect(byRepo.get(repo.id)).toEqual({ projectId: 'daoip-5:scf:project:a', by: 'opengrants-owner-url' });
  });

  it('settles an equal-strength claim by code-unit order of the project ids (not the locale), with a warning', () => {
    const warnings: SnapshotWarning[] = [];
    // In code-unit order 'B' (0x42) < 'a' (0x61); a locale-aware comparison says the opposite.
    const projects = [project('daoip-5:scf:project:a', 'acme', 'opengrants-owner-url'), project('daoip-5:scf:project:B', 'acme', 'opengrants-owner-url')];
    const { byRepo } = assignReposToProjects(projects, [repo], { warn: (w) => warnings.push(w) });
    expect(byRepo.get(repo.id)?.projectId).toBe('daoip-5:scf:project:B');
    expect(warnings).toHaveLength(1);
  });

  it('skips projects that are not crawled (DESIGN §4.1 Education & Community)', () => {
    const { byRepo } = assignReposToProjects([project('daoip-5:scf:project:a', 'acme', 'opengrants-owner-url', false)], [repo], { warn: () => {} });
    expect(byRepo.size).toBe(0);
  });
});
