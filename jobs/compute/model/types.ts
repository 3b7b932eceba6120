/**
 * The compute stage's model (DESIGN §3): projects, repos, external packages and depends_on edges,
 * built from one raw snapshot. Pure data; every id is a domain id.
 */
import type { ProjectId } from '../../ids/project-id.ts';
import type { Purl } from '../../ids/purl.ts';
import type { RepoId } from '../../ids/repo-id.ts';
import type { DependencyScope } from '../../snapshot/types.ts';

export type ActivityStatus = 'live' | 'in-dev' | 'discontinued' | 'non-responsive';
export const ACTIVITY_STATUSES: readonly ActivityStatus[] = ['live', 'in-dev', 'discontinued', 'non-responsive'];

/** Where a project record came from (DESIGN §4.1–4.2). */
export type ProjectOrigin = 'opengrants' | 'override-insert' | 'orphan-application';

/** How a repo got its project: explicit repo URLs beat owner URLs; overrides beat OpenGrants. */
export type RepoAssignment = 'override-repo-url' | 'opengrants-repo-url' | 'override-owner-url' | 'opengrants-owner-url';

export interface ProjectRecord {
  id: ProjectId;
  name: string;
  origin: ProjectOrigin;
  category: string | null;
  integrationStatus: string | null;
  baselineStatus: ActivityStatus;
  /** `opengrants`, `override`, or `tranche-completion` (orphan applications). */
  baselineSource: string;
  baselineReason: string;
  description: string | null;
  website: string | null;
  xUrl: string | null;
  openSource: boolean | null;
  totalAwardedUSD: number | null;
  totalPaidUSD: number | null;
  /** Tranche completion of the latest application, when any. */
  trancheCompletionPct: number | null;
  /** The GitHub URL that counts (DESIGN §4.1), as written. */
  gitOwnerUrl: string | null;
  /** Explicit repo URLs (parsed) and owner logins claimed by the project, with their origin. */
  repoClaims: { repoId: RepoId; by: RepoAssignment }[];
  ownerClaims: { owner: string; by: RepoAssignment }[];
  /** "Education & Community" projects are listed but not crawled for repos (DESIGN §4.1). */
  crawled: boolean;
}

export type EdgeProvenance = 'manifest' | 'manifest-example' | 'github-sbom' | 'declared-sbom' | 'registry';

export interface DependsOnEdge {
  from: string;
  to: string;
  toKind: 'repo' | 'external';
  scope: DependencyScope;
  versionRanges: string[];
  provenance: EdgeProvenance[];
  confidence: 'high' | 'medium' | 'low';
}

export interface PackageAlias {
  purl: Purl;
  repoId: RepoId;
  manifestPath: string | null;
  evidence: string;
}

export interface ExternalPackage {
  purl: Purl;
  type: string;
  name: string;
}
