/**
 * The SCF build-award rounds export (`funding/scf-build-award-rounds.csv`) read as grant pools, so
 * a snapshot without OpenGrants pools still knows the rounds. Ids follow OpenGrants' form for SCF
 * pools, `daoip-5:scf:grantPool:` + the lower-cased name with spaces as `_` (`SCF #9` →
 * `daoip-5:scf:grantPool:scf_#9`); a test checks this against the real OpenGrants pools.
 */
import type { OgGrantPool, WarningSink } from '../types.ts';
import type { FileContext } from '../meta/file-context.ts';
import { warnAt } from '../meta/file-context.ts';
import { fieldPath } from '../meta/field-path.ts';
import { csvRecords } from './csv-records.ts';
import { FUNDING_SOURCE, usdCell } from './scf-submissions.ts';

export const SCF_GRANT_POOL_ID_PREFIX = 'daoip-5:scf:grantPool:';

export const BUILD_ROUND_COLUMNS = {
  name: 'Name',
  quarterYear: 'Quarter, Year',
  type: 'Type',
  awarded: 'Total Awarded (USD)',
  submissionClose: 'Submission Close Date',
} as const;

export function scfGrantPoolId(roundName: string): string {
  return SCF_GRANT_POOL_ID_PREFIX + roundName.trim().toLowerCase().replace(/\s+/g, '_');
}

export function parseBuildAwardRounds(content: string | Buffer, file: string, sink: WarningSink): OgGrantPool[] {
  const ctx: FileContext = { source: FUNDING_SOURCE, file, sink };
  const C = BUILD_ROUND_COLUMNS;
  const pools: OgGrantPool[] = [];
  for (const record of csvRecords(content, ctx, [C.name])) {
    const cell = (column: string) => (record.cells[column] ?? '').trim();
    const name = cell(C.name);
    if (!name) {
      warnAt(ctx, fieldPath(record.path, [C.name]), 'row skipped: no round name');
      continue;
    }
    pools.push({
      id: scfGrantPoolId(name),
      name,
      type: cell(C.type) || null,
      isOpen: null,
      closeDate: cell(C.submissionClose) || null,
      quarterYear: cell(C.quarterYear) || null,
      totalAwardedUSD: usdCell(ctx, record, C.awarded),
    });
  }
  return pools;
}
