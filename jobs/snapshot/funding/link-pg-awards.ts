/**
 * Joins the public-goods award CSV rows with the round files (DESIGN §4.7). The CSV carries the
 * amounts; the round file carries the curated `canonical_id`. A CSV award takes the id of the
 * same-named project (case-insensitive) of the same round. A decided round that no CSV covers
 * contributes its projects as awards of unknown amount. When a CSV does cover the round, a round
 * project missing from it is only warned about: adding it could count one award twice under two
 * spellings of its name.
 */
import type { FundingAward, WarningSink } from '../types.ts';
import type { PgRoundEntry } from './pg-rounds.ts';
import { PUBLIC_GOODS_AWARD_TYPE } from './public-goods-awards.ts';
import { FUNDING_SOURCE } from './scf-submissions.ts';

export const PG_ROUNDS_SOURCE = 'pg-award-rounds';

const key = (round: string, name: string) => `${round.trim().toLowerCase()}\u0000${name.trim().toLowerCase()}`;

export function linkPgAwards(csvAwards: readonly FundingAward[], entries: readonly PgRoundEntry[], sink: WarningSink): FundingAward[] {
  const entryByKey = new Map(entries.map((e) => [key(e.round, e.projectName), e]));
  const roundsWithCsv = new Set(csvAwards.map((a) => a.round.trim().toLowerCase()));
  const awardedKeys = new Set(csvAwards.map((a) => key(a.round, a.projectName)));
  const linked = csvAwards.map((award) => ({ ...award, projectId: award.projectId ?? entryByKey.get(key(award.round, award.projectName))?.projectId ?? null }));
  for (const entry of entries) {
    if (!entry.decided || awardedKeys.has(key(entry.round, entry.projectName))) continue;
    if (roundsWithCsv.has(entry.round.toLowerCase())) {
      sink.warn({ source: FUNDING_SOURCE, file: entry.file, message: `"${entry.projectName}" is listed for ${entry.round} but no awarded row of that round's CSV has this name; not counted` });
      continue;
    }
    linked.push({
      projectId: entry.projectId,
      projectName: entry.projectName,
      round: entry.round,
      awardType: PUBLIC_GOODS_AWARD_TYPE,
      awardedUSD: null,
      paidUSD: null,
      trancheCompletionPercent: null,
      source: PG_ROUNDS_SOURCE,
      file: entry.file,
    });
  }
  return linked;
}
