/**
 * Which project each repo present in the snapshot belongs to (DESIGN §3: at most one project).
 *
 * Claims come from explicit repo URLs and from owner URLs ("all public repos of that owner",
 * matched against the repos present in the snapshot). Precedence, strongest first: override repo
 * URL, OpenGrants repo URL, override owner URL, OpenGrants owner URL. Two projects claiming a repo
 * with the same strength is ambiguous: the project with the smallest id wins (deterministic) and
 * a warning names both, so a curator can settle it with an override.
 */
import type { ProjectId } from '../../ids/project-id.ts';
import type { RepoId } from '../../ids/repo-id.ts';
import type { WarningSink } from '../../snapshot/types.ts';
import type { ProjectRecord, RepoAssignment } from './types.ts';
import { compareCodeUnits } from '../../snapshot/code-unit-order.ts';

const STRENGTH: Record<RepoAssignment, number> = {
  'override-repo-url': 4,
  'opengrants-repo-url': 3,
  'override-owner-url': 2,
  'opengrants-owner-url': 1,
};

export interface Assignment {
  projectId: ProjectId;
  by: RepoAssignment;
}

export interface AssignmentResult {
  byRepo: Map<RepoId, Assignment>;
  /** Explicit repo URLs of crawled projects that point to repos absent from the snapshot. */
  uncollectedRepoUrls: { projectId: ProjectId; repoId: RepoId }[];
}

export function assignReposToProjects(projects: ProjectRecord[], presentRepos: { id: RepoId; owner: string }[], sink: WarningSink): AssignmentResult {
  const present = new Set(presentRepos.map((r) => r.id));
  const reposByOwner = new Map<string, RepoId[]>();
  for (const r of presentRepos) {
    const key = r.owner.toLowerCase();
    reposByOwner.set(key, [...(reposByOwner.get(key) ?? []), r.id]);
  }
  const candidates = new Map<RepoId, Assignment[]>();
  const uncollectedRepoUrls: AssignmentResult['uncollectedRepoUrls'] = [];
  const add = (repoId: RepoId, a: Assignment) => {
    const list = candidates.get(repoId) ?? [];
    if (!list.some((x) => x.projectId === a.projectId && x.by === a.by)) list.push(a);
    candidates.set(repoId, list);
  };
  for (const p of projects) {
    if (!p.crawled) continue;
    for (const c of p.repoClaims) {
      if (present.has(c.repoId)) add(c.repoId, { projectId: p.id, by: c.by });
      else uncollectedRepoUrls.push({ projectId: p.id, repoId: c.repoId });
    }
    for (const c of p.ownerClaims) {
      for (const repoId of reposByOwner.get(c.owner) ?? []) add(repoId, { projectId: p.id, by: c.by });
    }
  }
  const byRepo = new Map<RepoId, Assignment>();
  for (const [repoId, list] of [...candidates.entries()].sort(([a], [b]) => compareCodeUnits(a, b))) {
    list.sort((a, b) => STRENGTH[b.by] - STRENGTH[a.by] || compareCodeUnits(a.projectId, b.projectId));
    const winner = list[0];
    // A project that claims the repo explicitly also outranks its own owner claim; only other projects matter.
    const rival = list.find((x) => x.projectId !== winner.projectId && STRENGTH[x.by] === STRENGTH[winner.by]);
    if (rival) {
      sink.warn({ source: 'model', file: 'overrides/', field: repoId, message: `repo claimed with equal strength (${winner.by}) by ${winner.projectId} and ${rival.projectId}; assigned to ${winner.projectId} — add git_repo_urls to an override to settle it` });
    }
    byRepo.set(repoId, winner);
  }
  uncollectedRepoUrls.sort((a, b) => compareCodeUnits(a.repoId, b.repoId) || compareCodeUnits(a.projectId, b.projectId));
  return { byRepo, uncollectedRepoUrls };
}
