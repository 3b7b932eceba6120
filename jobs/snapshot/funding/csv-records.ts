/**
 * CSV file → header-keyed records, with the checks every funding export needs: the file parses,
 * the columns a reader relies on exist (else one warning, no records), and each record has as
 * many fields as the header (else a warning naming the row, and that row is skipped).
 */
import type { FileContext } from '../meta/file-context.ts';
import { warnAt } from '../meta/file-context.ts';
import { decodeText } from '../meta/snapshot-files.ts';
import { parseCsv } from './csv.ts';

export interface CsvRecord {
  /** Cell text by column name (header cells trimmed). */
  cells: Record<string, string>;
  /** `rows[12]`: 0-based index among the data rows, for warnings. */
  path: string;
  /** 1-based line the record starts on. */
  line: number;
}

export function csvRecords(content: string | Buffer, ctx: FileContext, requiredColumns: readonly string[]): CsvRecord[] {
  const text = decodeText(content, ctx);
  if (text === null) return [];
  const { rows, startLines, error } = parseCsv(text);
  if (error) {
    warnAt(ctx, undefined, `file skipped: not valid CSV (${error})`);
    return [];
  }
  if (rows.length === 0) return [];
  const header = rows[0].map((h) => h.trim());
  const missing = requiredColumns.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    warnAt(ctx, undefined, `file skipped: missing column(s) ${missing.map((c) => JSON.stringify(c)).join(', ')}`);
    return [];
  }
  const records: CsvRecord[] = [];
  for (let r = 1; r < rows.length; r += 1) {
    const row = rows[r];
    const path = `rows[${r - 1}]`;
    if (row.length === 1 && row[0].trim() === '') continue; // blank line
    if (row.length !== header.length) {
      warnAt(ctx, path, `row skipped (line ${startLines[r]}): ${row.length} fields, the header has ${header.length}`);
      continue;
    }
    records.push({ cells: Object.fromEntries(header.map((h, i) => [h, row[i]])), path, line: startLines[r] });
  }
  return records;
}
