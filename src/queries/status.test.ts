import { describe, expect, it } from 'vitest';
import { STALE_AFTER_DAYS, dataAgeDays, isStale } from './status.ts';

describe('data age', () => {
  it('counts whole days from the snapshot date to the visitor clock', () => {
    expect(dataAgeDays('2026-08-23', new Date('2026-08-23T23:59:00Z'))).toBe(0);
    expect(dataAgeDays('2026-08-23T00:00:00Z', new Date('2026-09-06T12:00:00Z'))).toBe(14);
    expect(dataAgeDays('not a date', new Date())).toBeNull();
  });
  it('is stale only beyond the threshold', () => {
    expect(isStale(STALE_AFTER_DAYS)).toBe(false);
    expect(isStale(STALE_AFTER_DAYS + 1)).toBe(true);
    expect(isStale(null)).toBe(false);
  });
});

describe('warnings read', () => {
  it('filters by source and searches file, field and message with matching parameters', async () => {
    const { DatabaseSync } = await import('node:sqlite');
    const { SCHEMA_SQL } = await import('../../jobs/publish/schema.ts');
    const { readWarnings } = await import('./status.ts');
    const db = new DatabaseSync(':memory:');
    db.exec(SCHEMA_SQL);
    db.exec(`INSERT INTO warnings (seq, source, file, field, message) VALUES (1, 'a', 'x.json', 'data[1].id', 'duplicate id'), (2, 'b', 'y.yaml', NULL, 'bad URL'), (3, 'a', 'z.csv', 'Project', 'no match')`);
    const atlas = { query: async (sql: string, params: readonly (string | number | null)[] = []) => db.prepare(sql).all(...params) as never, queryRow: async () => undefined };
    const seqs = async (source: string, search: string) => (await readWarnings(atlas, source, search)).map((w) => w.seq);
    expect(await seqs('', '')).toEqual([1, 2, 3]);
    expect(await seqs('a', '')).toEqual([1, 3]);
    expect(await seqs('', 'URL')).toEqual([2]);
    expect(await seqs('a', 'data[1]')).toEqual([1]);
    expect(await seqs('b', 'match')).toEqual([]);
  });
});
