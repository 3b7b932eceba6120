/**
 * All repo folders of a raw snapshot (`ecosystem/repos/<owner>/<repo>/`, docs/SNAPSHOT.md) →
 * `RawRepo[]`, sorted by repo id. Two folders that resolve to one id (case variants) are a
 * warning; the first in folder order is kept.
 */
import type { RawRepo, WarningSink } from '../types.ts';
import { listRepoDirs } from './repo-dirs.ts';
import { ECOSYSTEM_SOURCE, readRawRepo } from './read-repo.ts';

export function readEcosystemRepos(root: string, sink: WarningSink): RawRepo[] {
  const byId = new Map<string, RawRepo>();
  for (const dir of listRepoDirs(root)) {
    const repo = readRawRepo(root, dir, sink);
    if (byId.has(repo.id)) {
      sink.warn({ source: ECOSYSTEM_SOURCE, file: dir.relDir, message: `second folder for ${repo.id}, ignored` });
      continue;
    }
    byId.set(repo.id, repo);
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
