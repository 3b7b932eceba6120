import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { SCHEMA_SQL } from '../../jobs/publish/schema.ts';
import type { AtlasQuery, SqlParam } from '../lib/query-seam.ts';
import { readFundingTotals, readRoundAwards, readRounds } from './funding.ts';

function seam(db: DatabaseSync): AtlasQuery {
  const all = (sql: string, params: readonly SqlParam[] = []) => db.prepare(sql).all(...params).map((r) => ({ ...r }));
  return { query: async (sql, params) => all(sql, params) as never, queryRow: async (sql, params) => all(sql, params)[0] as never };
}

describe('funding reads', () => {
  const db = new DatabaseSync(':memory:');
  db.exec(SCHEMA_SQL);
  db.exec(`INSERT INTO rounds (round, total_awarded_usd, awarded_projects) VALUES ('SCF #10', 100, 2), ('SCF #2', 5, 1), ('SCF Public Goods - Q1 ''26', NULL, 1);
    INSERT INTO funding (project_id, project_name, round, awarded_usd, paid_usd, source) VALUES
      ('p:a', 'A', 'SCF #10', 60, 60, 's'), (NULL, 'Zed', 'SCF #10', 50, NULL, 's'), ('p:a', 'A', 'SCF #2', NULL, NULL, 's'), ('p:b', 'B', 'SCF Public Goods - Q1 ''26', 7, NULL, 's');`);
  const atlas = seam(db);

  it('orders rounds numerically and sums their award rows', async () => {
    const rounds = await readRounds(atlas);
    expect(rounds.map((r) => r.round)).toEqual(['SCF #2', 'SCF #10', "SCF Public Goods - Q1 '26"]);
    expect(rounds[1]).toMatchObject({ total_awarded_usd: 100, listed_awarded_usd: 110, award_rows: 2 });
    expect(rounds[0]).toMatchObject({ listed_awarded_usd: null, award_rows: 1 });
  });
  it('lists a round largest award first and totals every row', async () => {
    expect((await readRoundAwards(atlas, 'SCF #10')).map((a) => a.project_name)).toEqual(['A', 'Zed']);
    expect(await readFundingTotals(atlas)).toMatchObject({ rounds: 3, award_rows: 4, funded_projects: 2, unresolved_rows: 1, awarded_usd: 117, paid_usd: 60 });
  });
});
