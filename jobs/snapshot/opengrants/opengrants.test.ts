import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REALDATA_DIR } from '../../../test/support/paths.ts';
import type { SnapshotWarning } from '../types.ts';
import { parseOgApplications, parseOgGrantPools, parseOgProjects, readOpenGrants } from './index.ts';

function collector() {
  const warnings: SnapshotWarning[] = [];
  return { warnings, sink: { warn: (w: SnapshotWarning) => warnings.push(w) } };
}

const page = (data: unknown[]) => JSON.stringify({ '@context': 'http://www.daostar.org/schemas', data, pagination: { hasNext: false } });
const scf = (fields: Record<string, unknown>) => ({
  'org.stellar.communityfund': Object.fromEntries(Object.entries(fields).map(([k, v]) => [`org.stellar.communityfund.${k}`, v])),
});

describe('readOpenGrants on the real snapshot', () => {
  const { warnings, sink } = collector();
  const og = readOpenGrants(REALDATA_DIR, sink);

  it('reads every project, pool and application', () => {
    expect(og.projects).toHaveLength(602);
    expect(og.pools).toHaveLength(48);
    const perFile = Object.fromEntries(['scf-1.json', 'scf-30.json.gz', 'scf-39.json.gz', 'scf-48.json'].map((f) => [f, og.applications.filter((a) => a.file === `opengrants/applications/${f}`).length]));
    expect(perFile).toEqual({ 'scf-1.json': 8, 'scf-30.json.gz': 22, 'scf-39.json.gz': 12, 'scf-48.json': 0 });
  });

  it('reads nested extension keys and numbers sent as strings', () => {
    const zk = og.projects.find((p) => p.id === 'daoip-5:scf:project:zkfetch:_zktls-powered_oracle_solution')!;
    expect(zk.integrationStatus).toBe('Mainnet');
    expect(zk.category).toBe('Infrastructure & Services');
    expect(zk.totalAwardedUSD).toBe(166000);
    expect(zk.awardedSubmissionsCount).toBe(0); // "0" upstream
    expect(zk.openSource).toBe(false);
    expect(zk.githubExtension).toBe('https://github.com/reclaimprotocol/stellar-sdk-onchain-integration');
    expect(zk.socials.map((s) => s.name)).toEqual(['GitHub', 'X', 'Website']);
    expect(og.projects.filter((p) => p.integrationStatus === null)).toHaveLength(16);
  });

  it('reads pool and application extension fields', () => {
    const pool = og.pools.find((p) => p.id === 'daoip-5:scf:grantPool:scf_#9')!;
    expect(pool).toMatchObject({ name: 'SCF #9', type: 'Build Award Round', isOpen: false, closeDate: 'November 21, 2021', quarterYear: "Q4 '21", totalAwardedUSD: 918200 });
    const app = og.applications.find((a) => a.id === 'daoip-5:scf:application:timed_transactions_api')!;
    expect(app).toMatchObject({ projectId: 'daoip-5:scf:project:timed_transactions_api', round: 'SCF #1', trancheCompletionPercent: 0, totalAwardedUSD: 19994.09, awardType: 'Legacy v1.0 Award', status: 'approved', createdAt: '2025-01-01T00:00:00Z' });
    const withCode = og.applications.filter((a) => a.code !== null);
    expect(withCode.length).toBe(30); // 20 in SCF #30 + 10 in SCF #39
  });

  it('warns only about the one duplicated project id upstream', () => {
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ source: 'opengrants', file: 'opengrants/projects.json.gz', field: 'data[17].id' });
    expect(warnings[0].message).toContain('daoip-5:scf:project:wellspring');
  });

  it('lists the files it read', () => {
    expect(og.files.map((f) => path.basename(f))).toEqual(['projects.json.gz', 'grant-pools.json.gz', 'scf-1.json', 'scf-30.json.gz', 'scf-39.json.gz', 'scf-48.json']);
  });
});

describe('bad OpenGrants input', () => {
  it('skips a record with a bad id, naming file and field, and keeps the others', () => {
    const { warnings, sink } = collector();
    const projects = parseOgProjects(
      page([
        { id: 'daoip-5:scf:project:good', name: 'Good', socials: [] },
        { id: 'not an id', name: 'Bad' },
        { id: 'daoip-5:scf:project:also_good', name: 'Also good', extensions: scf({ totalAwardedUSD: 'lots' }) },
      ]),
      'opengrants/projects.json',
      sink,
    );
    expect(projects.map((p) => p.id)).toEqual(['daoip-5:scf:project:good', 'daoip-5:scf:project:also_good']);
    expect(projects[1].totalAwardedUSD).toBeNull();
    expect(warnings).toEqual([
      expect.objectContaining({ source: 'opengrants', file: 'opengrants/projects.json', field: 'data[1].id' }),
      expect.objectContaining({ field: 'data[2].extensions["org.stellar.communityfund"]["org.stellar.communityfund.totalAwardedUSD"]' }),
    ]);
  });

  it('drops a malformed social link but keeps the project', () => {
    const { warnings, sink } = collector();
    const [project] = parseOgProjects(page([{ id: 'daoip-5:scf:project:p', name: 'P', socials: [{ name: 'GitHub', value: 42 }, { name: 'X', value: 'https://x.com/p' }] }]), 'opengrants/projects.json', sink);
    expect(project.socials).toEqual([{ name: 'X', value: 'https://x.com/p' }]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].field).toBe('data[0].socials[0].value');
  });

  it('accepts flat extension keys and numeric strings', () => {
    const { sink } = collector();
    const [project] = parseOgProjects(
      page([{ id: 'daoip-5:scf:project:flat', name: 'Flat', extensions: { 'org.stellar.communityfund.totalPaidUSD': '1234.5', 'org.stellar.communityfund.openSource': 'true' } }]),
      'opengrants/projects.json',
      sink,
    );
    expect(project.totalPaidUSD).toBe(1234.5);
    expect(project.openSource).toBe(true);
  });

  it('gives one warning and no records for an unparsable or non-envelope file', () => {
    const { warnings, sink } = collector();
    expect(parseOgGrantPools('{not json', 'opengrants/grant-pools.json', sink)).toEqual([]);
    expect(parseOgApplications(JSON.stringify({ results: [] }), 'opengrants/applications/x.json', sink)).toEqual([]);
    expect(parseOgProjects(Buffer.from([0x1f, 0x8b, 1, 2, 3]), 'opengrants/projects.json.gz', sink)).toEqual([]);
    expect(warnings.map((w) => w.file)).toEqual(['opengrants/grant-pools.json', 'opengrants/applications/x.json', 'opengrants/projects.json.gz']);
  });

  it('skips an application without a valid projectId', () => {
    const { warnings, sink } = collector();
    const apps = parseOgApplications(page([{ id: 'a1', projectId: '' }, { id: 'a2', projectId: 'daoip-5:scf:project:x', extensions: scf({ trancheCompletionPercent: '100' }) }]), 'opengrants/applications/scf-9.json', sink);
    expect(apps).toHaveLength(1);
    expect(apps[0]).toMatchObject({ id: 'a2', trancheCompletionPercent: 100, file: 'opengrants/applications/scf-9.json' });
    expect(warnings[0].field).toBe('data[0].projectId');
  });

  it('warns when the page set is incomplete', () => {
    const { warnings, sink } = collector();
    const pools = parseOgGrantPools(JSON.stringify({ data: [{ id: 'p', name: 'SCF #1' }], pagination: { hasNext: true } }), 'opengrants/grant-pools.json', sink);
    expect(pools).toHaveLength(1);
    expect(warnings[0].field).toBe('pagination.hasNext');
  });
});
