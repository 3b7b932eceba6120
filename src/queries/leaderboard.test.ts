import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { SCHEMA_SQL } from '../../jobs/publish/schema.ts';
import { formatLeaderboardState, leaderboardSql, parseLeaderboardState } from './leaderboard.ts';

function projectsDb(rows: [string, string, number | null][]): DatabaseSync {
  const db = new DatabaseSync(':memory:');
  db.exec(SCHEMA_SQL);
  const insert = db.prepare(`INSERT INTO projects (project_id, name, type, activity_status, baseline_status, status_source, status_reason, origin, crawled, repo_count, criticality, in_active_subgraph)
    VALUES (?, ?, 'scf-project', 'live', 'live', 'opengrants', '', 'opengrants', 1, 1, ?, 1)`);
  for (const row of rows) insert.run(...row);
  return db;
}

describe('leaderboard query', () => {
  const db = projectsDb([['p:a', 'Alpha', 3], ['p:b', 'beta', null], ['p:c', 'Gamma', 7], ['p:d', 'Delta', 3]]);
  const ids = (sql: string, search = '') => db.prepare(sql).all(search, search, search).map((r) => r.project_id);

  it('sorts with NULLs last in both directions and stable ties', () => {
    expect(ids(leaderboardSql('criticality', 'desc'))).toEqual(['p:c', 'p:a', 'p:d', 'p:b']);
    expect(ids(leaderboardSql('criticality', 'asc'))).toEqual(['p:a', 'p:d', 'p:c', 'p:b']);
  });

  it('searches name and id case-insensitively, treating the text literally', () => {
    expect(ids(leaderboardSql('name', 'asc'), 'ALP')).toEqual(['p:a']);
    expect(ids(leaderboardSql('name', 'asc'), 'p:d')).toEqual(['p:d']);
    expect(ids(leaderboardSql('name', 'asc'), "%' OR 1=1 --")).toEqual([]);
  });
});

describe('leaderboard URL state', () => {
  it('round-trips and falls back on unknown values', () => {
    const state = { search: 'sdk', sort: 'pony_factor' as const, dir: 'asc' as const };
    expect(parseLeaderboardState(formatLeaderboardState(state))).toEqual(state);
    expect(formatLeaderboardState({ search: '', sort: 'criticality', dir: 'desc' })).toBe('');
    expect(parseLeaderboardState('?sort=drop%20table&dir=sideways')).toEqual({ search: '', sort: 'criticality', dir: 'desc' });
    expect(parseLeaderboardState('?sort=adoption')).toEqual({ search: '', sort: 'adoption', dir: 'desc' });
  });
});
