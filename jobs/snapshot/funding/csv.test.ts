import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';

describe('parseCsv (RFC 4180)', () => {
  it('splits plain fields and ignores a trailing line end', () => {
    expect(parseCsv('a,b,c\n1,2,3\n').rows).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('reads quoted fields with commas and escaped quotes', () => {
    expect(parseCsv('name,note\n"Smith, J","said ""hi"""\n').rows).toEqual([
      ['name', 'note'],
      ['Smith, J', 'said "hi"'],
    ]);
  });

  it('accepts CRLF line ends, and keeps a CR inside a quoted field', () => {
    expect(parseCsv('a,b\r\n1,2\r\n3,"x\r\ny"\r\n').rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', 'x\r\ny'],
    ]);
  });

  it('reads multi-line quoted fields and reports where each record starts', () => {
    const result = parseCsv('h1,h2\n"line one\nline two\n",after\nlast,row');
    expect(result.rows).toEqual([
      ['h1', 'h2'],
      ['line one\nline two\n', 'after'],
      ['last', 'row'],
    ]);
    expect(result.startLines).toEqual([1, 2, 5]);
    expect(result.error).toBeNull();
  });

  it('keeps empty fields and empty quoted fields', () => {
    expect(parseCsv('a,,"",d\n').rows).toEqual([['a', '', '', 'd']]);
  });

  it('strips a byte-order mark', () => {
    expect(parseCsv('\uFEFFTitle\nx\n').rows[0]).toEqual(['Title']);
  });

  it('reports an unterminated quote instead of guessing', () => {
    const result = parseCsv('a,b\n1,"open\n2,3\n');
    expect(result.error).toContain('line 2');
    expect(result.rows).toEqual([['a', 'b']]);
  });
});
