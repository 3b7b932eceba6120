/**
 * The SCF export of awarded submissions (`funding/scf-awarded-submissions.csv`, DESIGN §4.7): one
 * row per awarded submission of every Build-award round, with amounts awarded and paid and the
 * tranche completion. Rows name their project by title only; `projectId` stays null and the model
 * resolves names to ids.
 */
import type { FundingAward, WarningSink } from '../types.ts';
import type { FileContext } from '../meta/file-context.ts';
import { warnAt } from '../meta/file-context.ts';
import { fieldPath } from '../meta/field-path.ts';
import { csvRecords } from './csv-records.ts';
import type { CsvRecord } from './csv-records.ts';
import { parseNumberCell, parseUsd } from './money.ts';

export const FUNDING_SOURCE = 'funding';
export const SCF_SUBMISSIONS_SOURCE = 'scf-awarded-submissions';

export const SUBMISSION_COLUMNS = {
  submission: 'Submission / Project',
  project: 'Project',
  round: 'Round',
  tranche: 'Tranche Completion %',
  awarded: 'Total Awarded (USD)',
  paid: 'Total Paid (USD)',
  awardType: 'Award Type',
  code: 'Code',
} as const;

/** A cell's text when it is a github.com URL (exports put code links and websites in free columns), else null. */
export function githubUrlCell(text: string): string | null {
  return /^(https?:\/\/)?(www\.)?github\.com\/[^/\s]+/i.test(text.trim()) ? text.trim() : null;
}

/** Reads an amount cell; a cell that is not an amount warns (naming row and column) and gives null. */
export function usdCell(ctx: FileContext, record: CsvRecord, column: string): number | null {
  const value = parseUsd(record.cells[column] ?? '');
  if (value === undefined) {
    warnAt(ctx, fieldPath(record.path, [column]), `not a USD amount: ${JSON.stringify(record.cells[column])}; read as unknown`);
    return null;
  }
  return value;
}

export function parseScfAwardedSubmissions(content: string | Buffer, file: string, sink: WarningSink): FundingAward[] {
  const ctx: FileContext = { source: FUNDING_SOURCE, file, sink };
  const C = SUBMISSION_COLUMNS;
  const awards: FundingAward[] = [];
  for (const record of csvRecords(content, ctx, [C.submission, C.project, C.round])) {
    const cell = (column: string) => (record.cells[column] ?? '').trim();
    const projectName = cell(C.project) || cell(C.submission);
    if (!projectName) {
      warnAt(ctx, fieldPath(record.path, [C.project]), 'row skipped: no project name');
      continue;
    }
    const round = cell(C.round);
    if (!round) {
      warnAt(ctx, fieldPath(record.path, [C.round]), 'row skipped: no round');
      continue;
    }
    const tranche = parseNumberCell(cell(C.tranche));
    if (tranche === undefined) warnAt(ctx, fieldPath(record.path, [C.tranche]), `not a percentage: ${JSON.stringify(cell(C.tranche))}; read as unknown`);
    awards.push({
      projectId: null,
      projectName,
      round,
      awardType: cell(C.awardType) || null,
      awardedUSD: usdCell(ctx, record, C.awarded),
      paidUSD: usdCell(ctx, record, C.paid),
      trancheCompletionPercent: tranche ?? null,
      repoUrl: githubUrlCell(cell(C.code)),
      source: SCF_SUBMISSIONS_SOURCE,
      file,
    });
  }
  return awards;
}
