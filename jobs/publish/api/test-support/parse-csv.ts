/** A strict RFC 4180 reader for tests: proves the API's CSV round-trips (quotes, CRLF, newlines in cells). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i += 1;
      } else {
        cell += c;
        i += 1;
      }
    } else if (c === '"') {
      if (cell !== '') throw new Error(`parseCsv: quote inside an unquoted cell at ${i}`);
      quoted = true;
      i += 1;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
      i += 1;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 2;
    } else if (c === '\n' || c === '\r') {
      throw new Error(`parseCsv: bare line break outside quotes at ${i}`);
    } else {
      cell += c;
      i += 1;
    }
  }
  if (quoted) throw new Error('parseCsv: unterminated quoted cell');
  if (cell !== '' || row.length > 0) throw new Error('parseCsv: last line lacks CRLF');
  return rows;
}
