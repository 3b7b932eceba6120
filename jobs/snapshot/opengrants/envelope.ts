/**
 * Opens one OpenGrants response file (DESIGN §4.1): decodes it (gzip or not), checks the paged
 * envelope and hands back the `data[]` records still unvalidated, each with its field path. A file
 * that is not an envelope is one warning and no records; `pagination.hasNext: true` means the
 * collector stored an incomplete page set, which is a warning, not a failure.
 */
import type { FileContext } from '../meta/file-context.ts';
import { warnAt, warnIssues } from '../meta/file-context.ts';
import { parseJsonContent } from '../meta/snapshot-files.ts';
import { envelopeSchema } from './envelope.schema.ts';

export interface EnvelopeRecord {
  value: unknown;
  /** `data[12]` */
  path: string;
}

export function openEnvelope(content: string | Buffer, ctx: FileContext): EnvelopeRecord[] {
  const json = parseJsonContent(content, ctx);
  if (json === undefined) return [];
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    warnIssues(ctx, '', envelope.error, 'file skipped: not a DAOIP-5 paged envelope');
    return [];
  }
  if (envelope.data.pagination?.hasNext === true) {
    warnAt(ctx, 'pagination.hasNext', 'more pages exist upstream than this file holds; records may be missing');
  }
  return envelope.data.data.map((value, index) => ({ value, path: `data[${index}]` }));
}
