import { describe, expect, it } from 'vitest';
import { markdownTable } from './format-table.ts';
import { gzipSize, transferSizes } from './transfer-sizes.ts';

describe('transferSizes', () => {
  it('sums raw and gzip sizes and separates the data files', () => {
    const html = new TextEncoder().encode('<p>hello</p>'.repeat(200));
    const db = new Uint8Array(4096).fill(7);
    const totals = transferSizes([
      { url: 'http://h/ipfs/x/index.html', body: html },
      { url: 'http://h/ipfs/x/data/atlas.sqlite', body: db },
      { url: 'http://h/ipfs/x/favicon.svg', body: new Uint8Array(0) },
    ]);
    expect(totals.requests).toBe(3);
    expect(totals.rawBytes).toBe(html.length + db.length);
    expect(totals.dataRawBytes).toBe(db.length);
    expect(totals.gzipBytes).toBe(gzipSize(html) + gzipSize(db));
    expect(totals.dataGzipBytes).toBeLessThan(db.length);
  });

  it('measures a real gzip stream', () => {
    const body = new TextEncoder().encode('abc'.repeat(1000));
    expect(gzipSize(body)).toBeLessThan(body.length);
    expect(gzipSize(body)).toBeGreaterThan(18);
  });
});

describe('markdownTable', () => {
  it('aligns numbers to the right', () => {
    const out = markdownTable(['page', 'KiB'], [['home', '1.5'], ['graph', '120.0']], [false, true]).split('\n');
    expect(out[0]).toBe('| page  |   KiB |');
    expect(out[1]).toBe('|-------|------:|');
    expect(out[3]).toBe('| graph | 120.0 |');
  });
});
