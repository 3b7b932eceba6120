/**
 * Finds the funding files of a snapshot (docs/SNAPSHOT.md: `funding/*.csv`, `funding/rounds/*.yaml`)
 * and reads them: awarded SCF submissions, public-goods awards joined with their round files, and
 * the build-award rounds as grant pools. Other CSVs in the folder (the per-project totals export)
 * are not read: they repeat the submissions' amounts.
 */
import type { FundingAward, OgGrantPool, WarningSink } from '../types.ts';
import { listFiles, readBytes } from '../meta/snapshot-files.ts';
import { parseBuildAwardRounds } from './build-award-rounds.ts';
import { linkPgAwards } from './link-pg-awards.ts';
import { parsePgRoundFile } from './pg-rounds.ts';
import type { PgRoundEntry } from './pg-rounds.ts';
import { parsePublicGoodsAwards } from './public-goods-awards.ts';
import { parseScfAwardedSubmissions } from './scf-submissions.ts';

export const FUNDING_DIR = 'funding';
export const SCF_SUBMISSIONS_FILE = `${FUNDING_DIR}/scf-awarded-submissions.csv`;
export const BUILD_AWARD_ROUNDS_FILE = `${FUNDING_DIR}/scf-build-award-rounds.csv`;
const PUBLIC_GOODS_FILE_RE = /^public-goods-award-.*\.csv$/i;
const ROUND_FILE_RE = /\.ya?ml$/i;

export interface FundingRecords {
  awards: FundingAward[];
  /** Every project of every public-goods round file, decided or not (name ↔ id hints for the model). */
  pgRoundEntries: PgRoundEntry[];
  /** Build-award rounds as grant pools (empty when the export is absent). */
  buildRounds: OgGrantPool[];
  files: string[];
}

export function readFunding(root: string, sink: WarningSink): FundingRecords {
  const csvFiles = listFiles(root, FUNDING_DIR, (name) => name.toLowerCase().endsWith('.csv'));
  const roundFiles = listFiles(root, `${FUNDING_DIR}/rounds`, (name) => ROUND_FILE_RE.test(name));
  const read = <T>(file: string, parse: (content: Buffer, file: string, sink: WarningSink) => T[]) => parse(readBytes(root, file), file, sink);

  const submissions = csvFiles.includes(SCF_SUBMISSIONS_FILE) ? read(SCF_SUBMISSIONS_FILE, parseScfAwardedSubmissions) : [];
  const pgCsvAwards = csvFiles.filter((f) => PUBLIC_GOODS_FILE_RE.test(f.slice(FUNDING_DIR.length + 1))).flatMap((f) => read(f, parsePublicGoodsAwards));
  const pgRoundEntries = roundFiles.flatMap((f) => read(f, parsePgRoundFile));
  const buildRounds = csvFiles.includes(BUILD_AWARD_ROUNDS_FILE) ? read(BUILD_AWARD_ROUNDS_FILE, parseBuildAwardRounds) : [];
  return {
    awards: [...submissions, ...linkPgAwards(pgCsvAwards, pgRoundEntries, sink)],
    pgRoundEntries,
    buildRounds,
    files: [...csvFiles, ...roundFiles],
  };
}
