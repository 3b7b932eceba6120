/**
 * The repo folders of a raw snapshot: `ecosystem/repos/<owner>/<repo>/` (docs/SNAPSHOT.md).
 * Sorted so every reader built on it is deterministic. A missing folder gives no repos.
 */
import fs from 'node:fs';
import path from 'node:path';

export const ECOSYSTEM_REPOS_DIR = 'ecosystem/repos';

export interface RepoDir {
  owner: string;
  repo: string;
  /** `ecosystem/repos/<owner>/<repo>`, relative to the snapshot root, posix separators. */
  relDir: string;
}

function subdirs(dir: string): string[] {
  try {
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}

export function listRepoDirs(root: string): RepoDir[] {
  const out: RepoDir[] = [];
  for (const owner of subdirs(path.join(root, ECOSYSTEM_REPOS_DIR))) {
    for (const repo of subdirs(path.join(root, ECOSYSTEM_REPOS_DIR, owner))) {
      out.push({ owner, repo, relDir: `${ECOSYSTEM_REPOS_DIR}/${owner}/${repo}` });
    }
  }
  return out;
}
