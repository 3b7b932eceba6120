/**
 * The SCF public-goods award exports (`funding/public-goods-award-*.csv`, DESIGN §4.7): one row
 * per proposal, with its status and requested amount. Only awarded rows are awards.
 *
 * `Awarded (50%)` is read as "awarded half of the requested amount": the awarded USD is the
 * requested amount times the percentage in the status (`Awarded` alone = 100%). Rows still in
 * review (`Panel Review`) or declined are not awards and are skipped without a warning.
 */
import type { FundingAward, WarningSink } from '../types.ts';
import type { FileContext } from '../meta/file-context.ts';
import { warnAt } from '../meta/file-context.ts';
import { fieldPath } from '../meta/field-path.ts';
import { csvRecords } from './csv-records.ts';
import { FUNDING_SOURCE, githubUrlCell, usdCell } from './scf-submissions.ts';

export const PUBLIC_GOODS_AWARD_SOURCE = 'public-goods-award';
/** Award type written when the export has no `Award Type` column (the 2025 exports). */
export const PUBLIC_GOODS_AWARD_TYPE = 'Public Goods Award';

export const PUBLIC_GOODS_COLUMNS = {
  submission: 'Submission / Project',
  project: 'Project',
  round: 'Round',
  status: 'Status',
  requested: 'Requested Amount',
  awardType: 'Award Type',
  github: 'Github (from Project)',
  website: 'Website (from Project)',
} as const;

const AWARDED_STATUS_RE = /^awarded(?:\s*\(\s*(\d+(?:\.\d+)?)\s*%\s*\))?$/i;

/** The share of the requested amount a status awards (1 for `Awarded`, 0.5 for `Awarded (50%)`), null when not awarded. */
export function awardedShare(status: string): number | null {
  const match = AWARDED_STATUS_RE.exec(status.trim());
  if (!match) return null;
  return match[1] === undefined ? 1 : Number(match[1]) / 100;
}

export function parsePublicGoodsAwards(content: string | Buffer, file: string, sink: WarningSink): FundingAward[] {
  const ctx: FileContext = { source: FUNDING_SOURCE, file, sink };
  const C = PUBLIC_GOODS_COLUMNS;
  const awards: FundingAward[] = [];
  for (const record of csvRecords(content, ctx, [C.submission, C.round, C.status, C.requested])) {
    const cell = (column: string) => (record.cells[column] ?? '').trim();
    const share = awardedShare(cell(C.status));
    if (share === null) continue;
    const projectName = cell(C.project) || cell(C.submission);
    if (!projectName) {
      warnAt(ctx, fieldPath(record.path, [C.submission]), 'row skipped: no project name');
      continue;
    }
    const round = cell(C.round);
    if (!round) {
      warnAt(ctx, fieldPath(record.path, [C.round]), 'row skipped: awarded but no round');
      continue;
    }
    const requested = usdCell(ctx, record, C.requested);
    awards.push({
      projectId: null,
      projectName,
      round,
      awardType: cell(C.awardType) || PUBLIC_GOODS_AWARD_TYPE,
      awardedUSD: requested === null ? null : Math.round(requested * share * 100) / 100,
      paidUSD: null,
      trancheCompletionPercent: null,
      repoUrl: githubUrlCell(cell(C.github)) ?? githubUrlCell(cell(C.website)),
      source: PUBLIC_GOODS_AWARD_SOURCE,
      file,
    });
  }
  return awards;
}
