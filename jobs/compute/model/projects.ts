/**
 * Projects: OpenGrants records, patched or extended by curated overrides, plus applications whose
 * project has no record (DESIGN §4.1–4.2). Also decides which GitHub URL counts for each project.
 */
import type { ProjectId } from '../../ids/project-id.ts';
import { parseGitHubUrl, type GitHubTarget } from '../../ids/repo-id.ts';
import { mapIntegrationStatus, statusFromTrancheCompletion } from '../../snapshot/opengrants/index.ts';
import type { OgApplication, OgProject, OverrideEntry, WarningSink } from '../../snapshot/types.ts';
import { ACTIVITY_STATUSES, type ActivityStatus, type ProjectRecord, type RepoAssignment } from './types.ts';
import { compareCodeUnits } from '../../snapshot/code-unit-order.ts';

/** DESIGN §4.1: projects of this category are listed but not crawled for repos. */
export const UNCRAWLED_CATEGORIES: readonly string[] = ['Education & Community'];

/** "SCF #30" → 30; used to order applications when createdAt is a placeholder (it is, upstream). */
function roundNumber(round: string | null): number {
  const m = round?.match(/(\d+(?:\.\d+)?)/);
  return m ? Number(m[1]) : -1;
}

/** Latest first: round number, then createdAt, then id — deterministic. */
export function latestApplicationFirst(a: OgApplication, b: OgApplication): number {
  return roundNumber(b.round ?? b.grantPoolName) - roundNumber(a.round ?? a.grantPoolName)
    || compareCodeUnits(b.createdAt ?? '', a.createdAt ?? '')
    || compareCodeUnits(a.id, b.id);
}

function githubSocial(p: OgProject): string | null {
  const social = p.socials.find((s) => s.name.trim().toLowerCase() === 'github' && s.value.trim() !== '');
  return social?.value ?? p.githubExtension ?? null;
}

function claimsFrom(urls: (string | null | undefined)[], repoBy: RepoAssignment, ownerBy: RepoAssignment): Pick<ProjectRecord, 'repoClaims' | 'ownerClaims'> {
  const repoClaims: ProjectRecord['repoClaims'] = [];
  const ownerClaims: ProjectRecord['ownerClaims'] = [];
  for (const url of urls) {
    const target: GitHubTarget | null = parseGitHubUrl(url);
    if (!target) continue;
    if (target.kind === 'repo') repoClaims.push({ repoId: target.id, by: repoBy });
    else ownerClaims.push({ owner: target.owner.toLowerCase(), by: ownerBy });
  }
  return { repoClaims, ownerClaims };
}

function normaliseOverrideStatus(entry: OverrideEntry, sink: WarningSink): ActivityStatus | null {
  const raw = (entry.activityStatus ?? '').trim().toLowerCase();
  if (raw === '') return null;
  if ((ACTIVITY_STATUSES as readonly string[]).includes(raw)) return raw as ActivityStatus;
  const mapped = mapIntegrationStatus(entry.activityStatus);
  sink.warn({ source: 'overrides', file: entry.file, field: `${entry.id}.activity_status`, message: `"${entry.activityStatus}" is not one of ${ACTIVITY_STATUSES.join(', ')}; mapped as an OpenGrants status to ${mapped.status}` });
  return mapped.status;
}

export interface ProjectInputs {
  projects: OgProject[];
  applications: OgApplication[];
  overrides: OverrideEntry[];
}

export function buildProjects(input: ProjectInputs, sink: WarningSink): ProjectRecord[] {
  const appsByProject = new Map<string, OgApplication[]>();
  for (const app of input.applications) {
    const list = appsByProject.get(app.projectId) ?? [];
    list.push(app);
    appsByProject.set(app.projectId, list);
  }
  for (const list of appsByProject.values()) list.sort(latestApplicationFirst);

  const byId = new Map<string, ProjectRecord>();
  for (const p of input.projects) {
    // The reader reports duplicate ids (with both positions); the first record is the one kept.
    if (byId.has(p.id)) continue;
    const apps = appsByProject.get(p.id) ?? [];
    const latest = apps[0];
    const mapped = mapIntegrationStatus(p.integrationStatus);
    // DESIGN §4.1: the latest application's `code`, else the project's GitHub social.
    const gitUrl = latest?.code && parseGitHubUrl(latest.code) ? latest.code : githubSocial(p);
    const crawled = !UNCRAWLED_CATEGORIES.includes(p.category ?? '');
    byId.set(p.id, {
      id: p.id,
      name: p.name,
      origin: 'opengrants',
      category: p.category,
      integrationStatus: p.integrationStatus,
      baselineStatus: mapped.status,
      baselineSource: 'opengrants',
      baselineReason: mapped.reason,
      description: p.description,
      website: p.website ?? p.socials.find((s) => s.name.toLowerCase() === 'website')?.value ?? null,
      xUrl: p.xExtension ?? p.socials.find((s) => s.name.toLowerCase() === 'x')?.value ?? null,
      openSource: p.openSource,
      totalAwardedUSD: p.totalAwardedUSD,
      totalPaidUSD: p.totalPaidUSD,
      trancheCompletionPct: latest?.trancheCompletionPercent ?? null,
      gitOwnerUrl: gitUrl && parseGitHubUrl(gitUrl) ? gitUrl : null,
      ...claimsFrom([gitUrl], 'opengrants-repo-url', 'opengrants-owner-url'),
      crawled,
    });
  }

  // Applications whose project has no record become projects of their own (DESIGN §4.1).
  for (const [projectId, apps] of [...appsByProject.entries()].sort(([a], [b]) => compareCodeUnits(a, b))) {
    if (byId.has(projectId)) continue;
    const latest = apps[0];
    const fromTranche = statusFromTrancheCompletion(latest.trancheCompletionPercent);
    const awarded = apps.reduce((sum, a) => sum + (a.totalAwardedUSD ?? 0), 0);
    const paid = apps.reduce((sum, a) => sum + (a.totalPaidUSD ?? 0), 0);
    byId.set(projectId, {
      id: projectId as ProjectId,
      name: latest.projectName ?? projectId,
      origin: 'orphan-application',
      category: latest.category,
      integrationStatus: null,
      baselineStatus: fromTranche.status,
      baselineSource: 'tranche-completion',
      baselineReason: `no OpenGrants project record; from the latest application (${latest.round ?? latest.grantPoolName ?? 'unknown round'}): ${fromTranche.reason}`,
      description: latest.oneSentenceDescription,
      website: latest.website,
      xUrl: null,
      openSource: null,
      totalAwardedUSD: awarded,
      totalPaidUSD: paid,
      trancheCompletionPct: latest.trancheCompletionPercent,
      gitOwnerUrl: latest.code && parseGitHubUrl(latest.code) ? latest.code : null,
      ...claimsFrom([latest.code], 'opengrants-repo-url', 'opengrants-owner-url'),
      crawled: !UNCRAWLED_CATEGORIES.includes(latest.category ?? ''),
    });
  }

  // Overrides patch a known project or insert a new one (DESIGN §4.2). Duplicate ids across files
  // are reported by the overrides reader, which keeps the first.
  for (const o of input.overrides) {
    const status = normaliseOverrideStatus(o, sink);
    const overrideUrls = [o.gitOwnerUrl, ...o.gitRepoUrls];
    const claims = claimsFrom(overrideUrls, 'override-repo-url', 'override-owner-url');
    const existing = byId.get(o.id);
    if (existing) {
      if (o.displayName) existing.name = o.displayName;
      if (status) {
        existing.baselineReason = `override (${o.file}) sets activity_status '${o.activityStatus}'; OpenGrants said: ${existing.baselineReason}`;
        existing.baselineStatus = status;
        existing.baselineSource = 'override';
      }
      if (o.category) existing.category = o.category;
      if (o.gitOwnerUrl || o.gitRepoUrls.length > 0) {
        existing.gitOwnerUrl = o.gitOwnerUrl || existing.gitOwnerUrl;
        // An override's URLs replace OpenGrants' (they exist to correct stale links).
        existing.repoClaims = claims.repoClaims;
        existing.ownerClaims = claims.ownerClaims;
      }
      if (o.metadata) {
        existing.description = o.metadata.description ?? existing.description;
        existing.website = o.metadata.website ?? existing.website;
        existing.xUrl = o.metadata.xProfile ?? existing.xUrl;
        existing.openSource = o.metadata.openSource ?? existing.openSource;
      }
      // A curated override is a deliberate request to crawl.
      existing.crawled = existing.crawled || claims.repoClaims.length > 0 || claims.ownerClaims.length > 0;
    } else {
      byId.set(o.id, {
        id: o.id,
        name: o.displayName || o.id,
        origin: 'override-insert',
        category: o.category,
        integrationStatus: null,
        baselineStatus: status ?? 'in-dev',
        baselineSource: 'override',
        baselineReason: status ? `override (${o.file}) inserts the project with activity_status '${o.activityStatus}'` : `override (${o.file}) gives no activity_status; defaulted to in-dev`,
        description: o.metadata?.description ?? null,
        website: o.metadata?.website ?? null,
        xUrl: o.metadata?.xProfile ?? null,
        openSource: o.metadata?.openSource ?? null,
        totalAwardedUSD: null,
        totalPaidUSD: null,
        trancheCompletionPct: null,
        gitOwnerUrl: o.gitOwnerUrl || null,
        ...claims,
        crawled: true,
      });
    }
  }
  return [...byId.values()].sort((a, b) => compareCodeUnits(a.id, b.id));
}
