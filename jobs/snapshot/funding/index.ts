/** SCF funding exports and public-goods award rounds (DESIGN §4.7). */
export { readFunding, FUNDING_DIR, SCF_SUBMISSIONS_FILE, BUILD_AWARD_ROUNDS_FILE } from './read-funding.ts';
export type { FundingRecords } from './read-funding.ts';
export { parseScfAwardedSubmissions, FUNDING_SOURCE, SCF_SUBMISSIONS_SOURCE } from './scf-submissions.ts';
export { parsePublicGoodsAwards, awardedShare, PUBLIC_GOODS_AWARD_SOURCE, PUBLIC_GOODS_AWARD_TYPE } from './public-goods-awards.ts';
export { parsePgRoundFile, pgRoundLabel } from './pg-rounds.ts';
export type { PgRoundEntry } from './pg-rounds.ts';
export { linkPgAwards, PG_ROUNDS_SOURCE } from './link-pg-awards.ts';
export { parseBuildAwardRounds, scfGrantPoolId } from './build-award-rounds.ts';
export { parseCsv } from './csv.ts';
export type { CsvParseResult } from './csv.ts';
export { parseUsd } from './money.ts';
