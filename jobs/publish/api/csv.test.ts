import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.ts';
import { parseCsv } from './test-support/parse-csv.ts';

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
  });

  it("prefixes text cells that a spreadsheet would evaluate with '", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-cmd')).toBe("'-cmd");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
  });

  it('writes numbers as numbers (negative ones too) and NULL as empty', () => {
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });
});

describe('toCsv', () => {
  it('writes a header and CRLF-terminated rows that a strict reader reads back', () => {
    const rows = [
      { id: 'a', text: 'hello, "world"\r\nnext line', n: 1 },
      { id: 'b', text: '=1+1', n: null },
      { id: 'c', text: '', n: -2 },
    ];
    const out = toCsv(['id', 'text', 'n'], rows);
    expect(out.endsWith('\r\n')).toBe(true);
    expect(parseCsv(out)).toEqual([
      ['id', 'text', 'n'],
      ['a', 'hello, "world"\r\nnext line', '1'],
      ['b', "'=1+1", ''],
      ['c', '', '-2'],
    ]);
  });
});
