import { describe, expect, it } from 'vitest';
import type { ProjectId } from '../../ids/project-id.ts';
import type { FundingAward, OgApplication, SnapshotWarning } from '../../snapshot/types.ts';
import { resolveFunding } from './funding.ts';
import type { ProjectRecord } from './types.ts';

const project = (id: string, name: string) => ({ id: id as ProjectId, name }) as ProjectRecord;
const award = (projectName: string, round: string, awardedUSD: number): FundingAward => ({ projectId: null, repoUrl: null, projectName, round, awardType: 'Build', awardedUSD, paidUSD: null, trancheCompletionPercent: null, source: 'scf-awarded-submissions.csv', file: 'funding/scf-awarded-submissions.csv' });
const application = (projectId: string, projectName: string, round: string, totalAwardedUSD: number) => ({ id: `app-${projectId}`, projectId, projectName, round, grantPoolName: round, totalAwardedUSD, totalPaidUSD: null, trancheCompletionPercent: 100, awardType: 'Build', createdAt: null }) as unknown as OgApplication;

describe('resolveFunding', () => {
  it('matches export rows by title, and never counts an award twice', () => {
    const warnings: SnapshotWarning[] = [];
    const projects = [project('daoip-5:scf:project:zenith', 'Zenith payment gateway'), project('daoip-5:scf:project:tansu', 'Tansu')];
    const applications = [application('daoip-5:scf:project:zenith', 'Zenith payment gateway', 'SCF #41', 50000), application('daoip-5:scf:project:tansu', 'Tansu', 'SCF #30', 99360)];
    const awards = [award('Zenith Payments', 'SCF #41', 50000), award('Tansu', 'SCF #30', 99360), award('Unknown thing', 'SCF #30', 1234)];
    const { rows } = resolveFunding(awards, projects, applications, { warn: (w) => warnings.push(w) });
    // Zenith: the title differs, round + amount identify the application; no second row from OpenGrants.
    expect(rows.filter((r) => r.round === 'SCF #41')).toEqual([expect.objectContaining({ project_id: 'daoip-5:scf:project:zenith', awarded_usd: 50000, source: 'scf-awarded-submissions.csv' })]);
    expect(rows.filter((r) => r.project_id === 'daoip-5:scf:project:tansu')).toHaveLength(1);
    // A row nobody can place is kept without a project and reported once for its file.
    expect(rows.filter((r) => r.project_id === null)).toEqual([expect.objectContaining({ project_name: 'Unknown thing' })]);
    expect(warnings).toEqual([expect.objectContaining({ file: 'funding/scf-awarded-submissions.csv', message: expect.stringMatching(/^1 award row names/) })]);
  });
});

describe('resolveFunding by repository', () => {
  it("places an export row by its GitHub URL when its title matches no project", () => {
    const projects = [project('daoip-5:scf:project:flutter_stellar_sdk', 'Stellar Flutter SDK')];
    const row = { ...award('Flutter Stellar SDK', 'SCF Public Goods - Q4 25', 7000), repoUrl: 'https://github.com/Soneso/stellar_flutter_sdk' };
    const projectOfRepo = new Map([['pkg:github/soneso/stellar_flutter_sdk', 'daoip-5:scf:project:flutter_stellar_sdk' as ProjectId]]);
    const { rows } = resolveFunding([row], projects, [], { warn: () => {} }, projectOfRepo);
    expect(rows).toEqual([expect.objectContaining({ project_id: 'daoip-5:scf:project:flutter_stellar_sdk' })]);
    expect(resolveFunding([row], projects, [], { warn: () => {} }).rows[0].project_id).toBeNull();
  });
});
