/**
 * A small RFC 4180 CSV parser for the SCF funding exports (DESIGN §4.7): comma-separated, fields
 * optionally quoted with `"`, a quote inside a quoted field written `""`, quoted fields spanning
 * lines, CRLF or LF line ends, an optional UTF-8 byte-order mark. No dependency does this for us
 * (none is installed), and the exports need nothing more.
 */

export interface CsvParseResult {
  /** Records as arrays of fields. A trailing line end does not make an empty record. */
  rows: string[][];
  /** 1-based line on which each record starts (multi-line fields make these differ from indexes). */
  startLines: number[];
  /** Set when the text ends inside a quoted field; `rows` then holds the records before it. */
  error: string | null;
}

export function parseCsv(input: string): CsvParseResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const rows: string[][] = [];
  const startLines: number[] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let line = 1;
  let rowStart = 1;
  let quoteOpenedAt = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    startLines.push(rowStart);
    row = [];
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else inQuotes = false;
      } else {
        if (c === '\n') line += 1;
        field += c;
      }
      continue;
    }
    if (c === '"' && field === '') {
      inQuotes = true;
      quoteOpenedAt = line;
    } else if (c === ',') endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      // CRLF: the \n ends the record on the next step.
    } else if (c === '\n') {
      endRow();
      line += 1;
      rowStart = line;
    } else field += c;
  }
  if (inQuotes) return { rows, startLines, error: `unterminated quoted field starting on line ${quoteOpenedAt}` };
  if (field !== '' || row.length > 0) endRow();
  return { rows, startLines, error: null };
}
