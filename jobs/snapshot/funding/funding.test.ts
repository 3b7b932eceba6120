import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REALDATA_DIR } from '../../../test/support/paths.ts';
import type { SnapshotWarning } from '../types.ts';
import { readOpenGrants } from '../opengrants/index.ts';
import { awardedShare, linkPgAwards, parseCsv, parsePgRoundFile, parsePublicGoodsAwards, parseScfAwardedSubmissions, readFunding } from './index.ts';

function collector() {
  const warnings: SnapshotWarning[] = [];
  return { warnings, sink: { warn: (w: SnapshotWarning) => warnings.push(w) } };
}

describe('readFunding on the real exports', () => {
  const { warnings, sink } = collector();
  const funding = readFunding(REALDATA_DIR, sink);
  const bySource = (source: string) => funding.awards.filter((a) => a.source === source);

  it('reads one award per awarded submission row, with money parsed', () => {
    const text = fs.readFileSync(`${REALDATA_DIR}/funding/scf-awarded-submissions.csv`, 'utf8');
    const dataRows = parseCsv(text).rows.length - 1;
    expect(bySource('scf-awarded-submissions')).toHaveLength(dataRows);
    expect(dataRows).toBe(758);
    const boundless = bySource('scf-awarded-submissions').find((a) => a.projectName === 'Boundless' && a.round === 'SCF #40')!;
    expect(boundless).toMatchObject({ projectId: null, awardType: 'Build', awardedUSD: 110000, paidUSD: 36666.67, trancheCompletionPercent: 0 });
    // "SCF #34 " upstream: rounds are trimmed.
    expect(bySource('scf-awarded-submissions').some((a) => a.round === 'SCF #34 ')).toBe(false);
    // The row with no Project falls back to its submission title.
    expect(bySource('scf-awarded-submissions').some((a) => a.projectName === 'docking.zone')).toBe(true);
  });

  it('reads public-goods awards (awarded rows only, share applied) and links round ids by name', () => {
    const pg = bySource('public-goods-award');
    expect(pg).toHaveLength(22); // 10 + 12; SoroPG (Panel Review) is not an award
    const scoutQ1 = pg.find((a) => a.projectName === 'Scout' && a.round === "SCF Public Goods - Q1 '26")!;
    expect(scoutQ1).toMatchObject({ awardedUSD: 16500, projectId: 'daoip-5:scf:project:scout', awardType: 'Public Goods Award' });
    expect(pg.find((a) => a.projectName === '.NET SDK' && a.round === "SCF Public Goods - Q4 '25")).toMatchObject({ awardedUSD: 7489, projectId: 'daoip-5:scf:project:beans_app' });
    expect(pg.find((a) => a.projectName === 'OpenGrants')!.projectId).toBeNull();
  });

  it('adds the decided round no CSV covers (2025 Q3) with unknown amounts, and not the open one (2026 Q2)', () => {
    const fromRounds = bySource('pg-award-rounds');
    expect(fromRounds).toHaveLength(9);
    expect(new Set(fromRounds.map((a) => a.round))).toEqual(new Set(["SCF Public Goods - Q3 '25"]));
    expect(fromRounds.every((a) => a.awardedUSD === null)).toBe(true);
    expect(funding.pgRoundEntries).toHaveLength(9 + 10 + 12 + 17);
    expect(funding.pgRoundEntries.find((e) => e.projectName === 'iOS Stellar SDK' && e.quarter === 2 && e.year === 2026)!.mainRepoId).toBe('pkg:github/Soneso/stellar-ios-mac-sdk');
  });

  it('warns about the two curation slips in the round files, and nothing else', () => {
    expect(warnings.map((w) => [w.file, w.field])).toEqual([
      ['funding/rounds/2025q3.yaml', 'projects[6].proposal_pr_url'],
      ['funding/rounds/2026q2.yaml', 'projects[7].canonical_id'],
    ]);
  });

  it('reads the build-award rounds as pools whose ids match the OpenGrants pools', () => {
    expect(funding.buildRounds).toHaveLength(48);
    const og = readOpenGrants(REALDATA_DIR, collector().sink);
    expect(funding.buildRounds.map((p) => p.id).sort()).toEqual(og.pools.map((p) => p.id).sort());
    expect(funding.buildRounds.find((p) => p.name === 'SCF #9')).toMatchObject({ quarterYear: "Q4 '21", type: 'Build Award Round', totalAwardedUSD: 918200 });
  });
});

describe('bad funding input', () => {
  const header = 'Submission / Project,Round,Project,Tranche Completion %,Total Awarded (USD),Total Paid (USD),Award Type';

  it('warns naming row and column, keeps the record with the bad cell unknown, and skips rows without a round', () => {
    const { warnings, sink } = collector();
    const csv = [header, 'A,SCF #1,A,100,"$1,234.50",$0.00,Build', 'B,SCF #2,B,most,lots,$5,Build', 'C,,C,0,$1,$1,Build', 'D,SCF #3,D,0,$1'].join('\r\n');
    const awards = parseScfAwardedSubmissions(csv, 'funding/scf-awarded-submissions.csv', sink);
    expect(awards.map((a) => [a.projectName, a.awardedUSD, a.trancheCompletionPercent])).toEqual([
      ['A', 1234.5, 100],
      ['B', null, null],
    ]);
    // Field-count problems are found while splitting the file, before the rows are read.
    expect(warnings.map((w) => w.field)).toEqual(['rows[3]', 'rows[1]["Tranche Completion %"]', 'rows[1]["Total Awarded (USD)"]', 'rows[2].Round']);
    expect(warnings.every((w) => w.file === 'funding/scf-awarded-submissions.csv' && w.source === 'funding')).toBe(true);
  });

  it('gives one warning and no records for a file without the needed columns or with a broken quote', () => {
    const { warnings, sink } = collector();
    expect(parseScfAwardedSubmissions('Title,Amount\nx,1\n', 'funding/scf-awarded-submissions.csv', sink)).toEqual([]);
    expect(parsePublicGoodsAwards('Submission / Project,Round,Status,Requested Amount\n"open,x,Awarded,$1\n', 'funding/public-goods-award-x.csv', sink)).toEqual([]);
    expect(warnings).toHaveLength(2);
  });

  it('reads award shares from the status', () => {
    expect(awardedShare('Awarded')).toBe(1);
    expect(awardedShare('Awarded (50%)')).toBe(0.5);
    expect(awardedShare('Panel Review')).toBeNull();
    expect(awardedShare('Not Awarded')).toBeNull();
  });

  it('round files: a bad canonical_id is dropped with a warning, the entry kept; a broken file is one warning', () => {
    const { warnings, sink } = collector();
    const yaml = 'year: 2025\nquarter: 3\nvoting_closed: 2025-07-14\nprojects:\n  - canonical_id: not-an-id\n    name: X\n  - name: ""\n  - canonical_id: daoip-5:scf:project:y\n    name: Y\n';
    const entries = parsePgRoundFile(yaml, 'funding/rounds/2025q3.yaml', sink);
    expect(entries.map((e) => [e.projectName, e.projectId, e.round, e.decided])).toEqual([
      ['X', null, "SCF Public Goods - Q3 '25", true],
      ['Y', 'daoip-5:scf:project:y', "SCF Public Goods - Q3 '25", true],
    ]);
    expect(warnings.map((w) => w.field)).toEqual(['projects[0].canonical_id', 'projects[1].name']);
    expect(parsePgRoundFile('year: [', 'funding/rounds/bad.yaml', sink)).toEqual([]);
    expect(parsePgRoundFile('year: 2025\n', 'funding/rounds/noquarter.yaml', sink)).toEqual([]);
    expect(warnings.slice(2).map((w) => [w.file, w.field])).toEqual([
      ['funding/rounds/bad.yaml', undefined],
      ['funding/rounds/noquarter.yaml', 'quarter'],
    ]);
  });

  it('does not add a round-file project that its round CSV lacks; warns instead', () => {
    const { warnings, sink } = collector();
    const entries = parsePgRoundFile('year: 2025\nquarter: 4\nvoting_closed: 2025-10-18\nprojects:\n  - name: Known\n  - name: Renamed\n', 'funding/rounds/2025q4.yaml', sink);
    const csv = parsePublicGoodsAwards("Submission / Project,Round,Status,Requested Amount\nKnown,SCF Public Goods - Q4 '25,Awarded,$10\n", 'funding/public-goods-award-2025q4.csv', sink);
    const linked = linkPgAwards(csv, entries, sink);
    expect(linked.map((a) => a.projectName)).toEqual(['Known']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toContain('Renamed');
  });
});
