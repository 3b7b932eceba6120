/**
 * CSV for the static API (DESIGN §7): RFC 4180 — a header row, CRLF line ends, fields quoted when
 * they hold a comma, quote, CR or LF, quotes doubled. Text cells are made safe against formula
 * injection (OWASP "CSV injection"): a text cell starting with `=`, `+`, `-`, `@`, TAB or CR is
 * prefixed with `'` so spreadsheets show it as text. Numbers are written as numbers (a negative
 * number stays a number); NULL is an empty cell.
 */

/** First characters that make a spreadsheet evaluate a cell (OWASP CSV injection). */
export const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r'] as const;

export type CsvValue = string | number | bigint | boolean | null | undefined;

/** One cell, escaped and quoted as RFC 4180 requires. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'boolean') return value ? '1' : '0';
  const safe = FORMULA_TRIGGERS.some((c) => value.startsWith(c)) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole CSV document: header from `columns`, one line per row, CRLF after every line. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, CsvValue>[]): string {
  const lines = [columns.map((c) => csvCell(c)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
