import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv-export.ts';

describe('csv export', () => {
  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });
  it('defuses formula-looking text but not numbers', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-cmd')).toBe("'-cmd");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(0.5)).toBe('0.5');
  });
  it('writes NULL as an empty cell and builds a document with a header', () => {
    expect(csvCell(null)).toBe('');
    const csv = toCsv([{ header: 'id', value: (r: { id: string; n: number | null }) => r.id }, { header: 'n', value: (r) => r.n }], [{ id: 'a', n: 1 }, { id: 'b,c', n: null }]);
    expect(csv).toBe('id,n\r\na,1\r\n"b,c",\r\n');
  });
});
