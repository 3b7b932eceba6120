/**
 * Serialises projects.ts into OpenGrants API responses (DAOIP-5, DESIGN §4.1), byte-shaped like the
 * real export in ../shared/realdata/opengrants: `{"@context","data","pagination"}`, one-space
 * indentation, non-ASCII escaped as \uXXXX, no trailing newline; extension keys nested under
 * `extensions["org.stellar.communityfund"]` and prefixed `org.stellar.communityfund.`.
 */
import { APPLICATIONS, POOLS, PROJECTS } from './projects.ts';
import type { ApplicationSpec, PoolSpec, ProjectSpec } from './projects.ts';

const CONTEXT = 'http://www.daostar.org/schemas';
const EXT = 'org.stellar.communityfund';
const SUBMISSION_BASE = 'https://communityfund.example.org/dashboard/submissions/';
const ROUND_BASE = 'https://communityfund.example.org/dashboard/award-rounds/';

/** JSON like Python's `json.dumps(obj, indent=1)` (ensure_ascii). */
export function openGrantsJson(value: unknown): string {
  return JSON.stringify(value, null, 1).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function envelope(data: unknown[], limit: number): unknown {
  return {
    '@context': CONTEXT,
    data,
    pagination: { totalCount: data.length, totalPages: data.length === 0 ? 0 : 1, currentPage: 1, limit, offset: 0, hasNext: false, hasPrevious: false },
  };
}

const ext = (fields: Record<string, unknown>): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) out[`${EXT}.${k}`] = v;
  return { [EXT]: out };
};

const projectIdOf = (slug: string): string => `daoip-5:scf:project:${slug}`;
const poolIdOf = (round: number): string => `daoip-5:scf:grantPool:scf_#${round}`;
const recordIdOf = (label: string): string => `rec${Buffer.from(label).toString('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, 14)}`;

function projectRecord(p: ProjectSpec): unknown {
  const apps = APPLICATIONS.filter((a) => a.projectSlug === p.slug);
  const rounds = apps.map((a) => `SCF #${a.round}`);
  const awarded = apps.reduce((s, a) => s + a.awardedUSD, 0);
  const paid = Math.round(apps.reduce((s, a) => s + a.paidUSD, 0) * 100) / 100;
  const socials: { name: string; value: string }[] = [];
  if (p.github) socials.push({ name: 'GitHub', value: p.github });
  if (p.x) socials.push({ name: 'X', value: p.x });
  if (p.website) socials.push({ name: 'Website', value: p.website });
  return {
    type: 'Project',
    id: projectIdOf(p.slug),
    name: p.name,
    description: p.description,
    ...(p.website ? { contentURI: p.website } : {}),
    attestationIssuersURI: '[]',
    relevantTo: [],
    socials,
    extensions: ext({
      integrationStatus: p.integrationStatus,
      category: p.category,
      website: p.website,
      totalAwardedUSD: awarded,
      totalPaidUSD: paid,
      totalPaidXLM: 0,
      regionsOfOperation: p.regions,
      submissionsCount: String(apps.length),
      awardedSubmissionsCount: String(apps.length),
      submissionURLAll: apps.length ? apps.map((a) => `${SUBMISSION_BASE}${recordIdOf(a.slug)}`).join(', ') : undefined,
      roundFromSubmissions: rounds.join(', '),
      roundFromAwardedSubmissions: rounds.join(', '),
      openSource: p.openSource,
      github: p.github ?? undefined,
      x: p.x,
      teamDescription: '[redacted]',
      sorobanUsed: p.sorobanUsed,
      isActive: p.integrationStatus !== 'Abandoned',
      roundFromSubmissions2: rounds.join(', '),
    }),
  };
}

function poolRecord(p: PoolSpec): unknown {
  const apps = APPLICATIONS.filter((a) => a.round === p.round);
  const awarded = apps.reduce((s, a) => s + a.awardedUSD, 0);
  const names = apps.map((a) => a.projectName).join(', ');
  return {
    type: 'GrantPool',
    id: poolIdOf(p.round),
    name: `SCF #${p.round}`,
    description: `SCF #${p.round} has ended.`,
    grantFundingMechanism: 'other',
    isOpen: false,
    closeDate: p.closeDate,
    applicationsURI: `${ROUND_BASE}${recordIdOf(`round${p.round}`)}`,
    requiredCredentials: [],
    totalGrantPoolSize: [{ amount: String(p.totalGrantPoolUSD), denomination: 'USD' }],
    extensions: ext({
      quarterYear: p.quarterYear,
      phase: 'Ended',
      appliedProjectAbstracts: '0',
      appliedSubmissions: String(apps.length * 6),
      awardedSubmissions: String(apps.length),
      percentAwarded: Math.round(100 / 6),
      totalAwardedUSD: awarded,
      totalPaidUSD: Math.round(apps.reduce((s, a) => s + a.paidUSD, 0) * 100) / 100,
      totalPaidXLM: Math.round(apps.reduce((s, a) => s + a.paidXLM, 0) * 100) / 100,
      averageAwardedUSD: Math.round((awarded / Math.max(1, apps.length)) * 100) / 100,
      votersNumber: p.votersNumber,
      roundURL: `${ROUND_BASE}${recordIdOf(`round${p.round}`)}`,
      submissions: names,
      projectFromSubmissions: names,
      type: 'Build Award Round',
      submissionOpenDate: p.openDate,
      submissionCloseDate: p.closeDate,
      scfVersion: 'SCF 6.0',
      year: p.year,
    }),
  };
}

function applicationRecord(a: ApplicationSpec): unknown {
  const pool = POOLS.find((p) => p.round === a.round);
  return {
    type: 'GrantApplication',
    id: `daoip-5:scf:application:${a.slug}`,
    grantPoolId: poolIdOf(a.round),
    grantPoolName: `SCF #${a.round}`,
    projectId: projectIdOf(a.projectSlug),
    projectName: a.title,
    createdAt: a.createdAt,
    contentURI: `${SUBMISSION_BASE}${recordIdOf(a.slug)}`,
    socials: [],
    fundsAsked: [{ amount: String(a.awardedUSD), denomination: 'USD' }],
    fundsAskedInUSD: String(a.awardedUSD),
    fundsApproved: [{ amount: String(a.awardedUSD), denomination: 'USD' }],
    fundsApprovedInUSD: String(a.awardedUSD),
    payoutAddress: '[redacted]',
    status: 'approved',
    payouts: [],
    extensions: ext({
      submissionProject: a.projectName,
      submissionTitle: a.title,
      round: `SCF #${a.round}`,
      project: a.projectName,
      category: a.category,
      submissionURL: `${SUBMISSION_BASE}${recordIdOf(a.slug)}`,
      trancheCompletionPercent: a.trancheCompletionPercent,
      totalAwardedUSD: a.awardedUSD,
      totalPaidUSD: a.paidUSD,
      totalPaidXLM: a.paidXLM,
      mostRecentPaymentDate: a.lastPayment,
      awardType: a.awardType,
      oneSentenceDescription: a.oneSentence,
      productsAndServices: a.productsAndServices,
      technicalArchitecture: a.technicalArchitecture,
      website: a.website,
      code: a.code,
      useSoroban: a.useSoroban,
      teamMembers: '[redacted]',
      awardCompletionDurationWeeks: '0',
      trancheCompletion: a.trancheCompletion,
      yearFromRound: pool?.year,
      quarterYearFromRound: pool?.quarterYear,
    }),
  };
}

export function openGrantsFiles(): Map<string, string> {
  const files = new Map<string, string>();
  files.set('opengrants/projects.json', openGrantsJson(envelope(PROJECTS.map(projectRecord), 1000)));
  files.set('opengrants/grant-pools.json', openGrantsJson(envelope(POOLS.map(poolRecord), 100)));
  for (const pool of POOLS) {
    const apps = APPLICATIONS.filter((a) => a.round === pool.round).map(applicationRecord);
    files.set(`opengrants/applications/scf-${pool.round}.json`, openGrantsJson(envelope(apps, 100)));
  }
  return files;
}
