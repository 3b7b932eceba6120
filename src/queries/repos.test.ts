import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { SCHEMA_SQL } from '../../jobs/publish/schema.ts';
import { DEFAULT_REPOS_STATE, formatReposState, parseReposState, reposQuery, type ReposState } from './repos.ts';

function reposDb(): DatabaseSync {
  const db = new DatabaseSync(':memory:');
  db.exec(SCHEMA_SQL);
  db.exec(`INSERT INTO projects (project_id, name, type, activity_status, baseline_status, status_source, status_reason, origin, crawled, repo_count, in_active_subgraph)
    VALUES ('p:x', 'Xylo', 'scf-project', 'live', 'live', 'opengrants', '', 'opengrants', 1, 2, 1)`);
  const insert = db.prepare(`INSERT INTO repos (repo_id, full_name, url, project_id, is_active, in_active_subgraph, log_coverage, publishes_packages, has_dependency_data,
      dependency_sources, criticality, direct_dependents, dependency_count, contributors_total, contributors_active_30d, contributors_active_90d, commits_window,
      bot_commits_window, adoption_signals, stars, archived, unreachable)
    VALUES (?, ?, 'https://github.com/x', ?, ?, 1, 'full', 0, 1, '[]', ?, 0, 0, 0, 0, 0, 0, 0, 0, ?, ?, ?)`);
  insert.run('pkg:github/a/one', 'A/one', 'p:x', 1, 5, 10, null, null);
  insert.run('pkg:github/a/two', 'a/Two', 'p:x', 1, 5, null, 1, null);
  insert.run('pkg:github/b/three', 'B/three', null, 0, 9, 3, null, 'not found');
  return db;
}

describe('repos query', () => {
  const db = reposDb();
  const ids = (partial: Partial<ReposState>) => {
    const { sql, params } = reposQuery({ ...DEFAULT_REPOS_STATE, ...partial });
    return db.prepare(sql).all(...params).map((r) => r.repo_id);
  };
  it('sorts with NULLs last and stable ties', () => {
    expect(ids({})).toEqual(['pkg:github/b/three', 'pkg:github/a/one', 'pkg:github/a/two']);
    expect(ids({ sort: 'stars', dir: 'asc' })).toEqual(['pkg:github/b/three', 'pkg:github/a/one', 'pkg:github/a/two']);
    expect(ids({ sort: 'project_name', dir: 'asc' })).toEqual(['pkg:github/a/one', 'pkg:github/a/two', 'pkg:github/b/three']);
  });
  it('filters by project, activity and archived / unreachable, and searches project names too', () => {
    expect(ids({ filters: { project: 'no', active: '', gone: '' } })).toEqual(['pkg:github/b/three']);
    expect(ids({ filters: { project: '', active: 'yes', gone: 'no' } })).toEqual(['pkg:github/a/one']);
    expect(ids({ filters: { project: '', active: '', gone: 'yes' } })).toEqual(['pkg:github/b/three', 'pkg:github/a/two']);
    expect(ids({ search: 'xyl' })).toEqual(['pkg:github/a/one', 'pkg:github/a/two']);
  });
  it('round-trips the URL state', () => {
    const state: ReposState = { search: 'a b', filters: { project: 'yes', active: '', gone: 'no' }, sort: 'stars', dir: 'asc' };
    expect(parseReposState(formatReposState(state))).toEqual(state);
    expect(parseReposState('?sort=x;drop&active=maybe')).toEqual(DEFAULT_REPOS_STATE);
  });
});
