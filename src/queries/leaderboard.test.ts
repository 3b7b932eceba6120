import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { SCHEMA_SQL } from '../../jobs/publish/schema.ts';
import { DEFAULT_LEADERBOARD_STATE, formatLeaderboardState, leaderboardQuery, parseLeaderboardState, type LeaderboardState } from './leaderboard.ts';

type Row = { id: string; name: string; criticality: number | null; pct?: number | null; status?: string; type?: string; category?: string | null; pf?: number | null; repos?: number; active?: number };

function projectsDb(rows: Row[]): DatabaseSync {
  const db = new DatabaseSync(':memory:');
  db.exec(SCHEMA_SQL);
  const insert = db.prepare(`INSERT INTO projects (project_id, name, type, activity_status, baseline_status, status_source, status_reason, origin, crawled, repo_count, criticality, criticality_pct, category, pony_factor, in_active_subgraph)
    VALUES (?, ?, ?, ?, 'live', 'opengrants', '', 'opengrants', 1, ?, ?, ?, ?, ?, ?)`);
  for (const r of rows) insert.run(r.id, r.name, r.type ?? 'scf-project', r.status ?? 'live', r.repos ?? 1, r.criticality, r.pct ?? null, r.category ?? null, r.pf ?? null, r.active ?? 1);
  return db;
}

describe('leaderboard query', () => {
  const db = projectsDb([
    { id: 'p:a', name: 'Alpha', criticality: 3, pct: 50, pf: 1, category: 'SDKs', type: 'public-good' },
    { id: 'p:b', name: 'beta', criticality: null, status: 'discontinued', repos: 0, active: 0 },
    { id: 'p:c', name: 'Gamma', criticality: 7, pct: 95, pf: 4, status: 'in-dev', category: 'SDKs' },
    { id: 'p:d', name: 'Delta', criticality: 3, pct: 50, pf: 1, status: 'non-responsive', category: 'Applications' },
  ]);
  const ids = (partial: Partial<LeaderboardState>) => {
    const { sql, params } = leaderboardQuery({ ...DEFAULT_LEADERBOARD_STATE, ...partial });
    return db.prepare(sql).all(...params).map((r) => r.project_id);
  };

  it('sorts with NULLs last in both directions and stable ties', () => {
    expect(ids({ sort: 'criticality', dir: 'desc' })).toEqual(['p:c', 'p:a', 'p:d', 'p:b']);
    expect(ids({ sort: 'criticality', dir: 'asc' })).toEqual(['p:a', 'p:d', 'p:c', 'p:b']);
    expect(ids({ sort: 'category', dir: 'asc' })).toEqual(['p:d', 'p:a', 'p:c', 'p:b']);
  });

  it('searches name and id case-insensitively, treating the text literally', () => {
    expect(ids({ search: 'ALP', sort: 'name', dir: 'asc' })).toEqual(['p:a']);
    expect(ids({ search: 'p:d' })).toEqual(['p:d']);
    expect(ids({ search: "%' OR 1=1 --" })).toEqual([]);
  });

  it('filters by status (active = live + in-dev), type, category, buckets and risk flags, combined with AND', () => {
    expect(ids({ status: 'active' })).toEqual(['p:c', 'p:a']);
    expect(ids({ status: 'non-responsive' })).toEqual(['p:d']);
    expect(ids({ type: 'public-good' })).toEqual(['p:a']);
    expect(ids({ category: 'SDKs' })).toEqual(['p:c', 'p:a']);
    expect(ids({ flags: ['pf1'] })).toEqual(['p:a', 'p:d']);
    expect(ids({ flags: ['norepos'] })).toEqual(['p:b']);
    expect(ids({ flags: ['outside'] })).toEqual(['p:b']);
    expect(ids({ pony: '3-5' })).toEqual(['p:c']);
    expect(ids({ pony: 'unknown' })).toEqual(['p:b']);
    expect(ids({ crit: 'top' })).toEqual(['p:c']);
    expect(ids({ crit: 'high', pony: '1', status: 'active' })).toEqual(['p:a']);
  });
});

describe('leaderboard URL state', () => {
  it('round-trips and falls back on unknown values', () => {
    const state: LeaderboardState = { ...DEFAULT_LEADERBOARD_STATE, search: 'sdk', status: 'active', category: 'A & B', pony: '1', crit: 'top', flags: ['norepos', 'outside'], sort: 'pony_factor', dir: 'asc' };
    expect(parseLeaderboardState(formatLeaderboardState(state))).toEqual(state);
    expect(formatLeaderboardState(DEFAULT_LEADERBOARD_STATE)).toBe('');
    expect(parseLeaderboardState('?sort=drop%20table&dir=sideways&status=evil&pf=9&flag=x')).toEqual(DEFAULT_LEADERBOARD_STATE);
    expect(parseLeaderboardState('?sort=adoption')).toEqual({ ...DEFAULT_LEADERBOARD_STATE, sort: 'adoption', dir: 'desc' });
  });
});
