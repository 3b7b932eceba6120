/**
 * Copies files from the previous snapshot into the one being assembled: all of a failed source's
 * files (marked `stale`), or one repo's files when the repo was skipped by the cadence or failed
 * (DESIGN §4: a flaky upstream never blanks the atlas). Also removes a source's partial output
 * before a whole-source fallback, so old and new files never mix.
 */
import fs from 'node:fs/promises';
import path from 'node:path';

/** Posix relative paths of every regular file under `root` (empty when `root` is absent). */
export async function listTree(root: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = (await fs.readdir(root, { recursive: true })).map(String);
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries) {
    const stat = await fs.lstat(path.join(root, entry));
    if (stat.isFile()) files.push(entry.split(path.sep).join('/'));
  }
  return files.sort();
}

/** Copies the files of `fromRoot` accepted by `accept` into `toRoot` (existing files are kept). Returns how many were copied. */
export async function copyMatching(fromRoot: string, toRoot: string, accept: (rel: string) => boolean, prefix = ''): Promise<number> {
  const base = prefix ? path.join(fromRoot, prefix) : fromRoot;
  let copied = 0;
  for (const sub of await listTree(base)) {
    const rel = prefix ? `${prefix}/${sub}` : sub;
    if (!accept(rel)) continue;
    const target = path.join(toRoot, rel);
    try {
      await fs.access(target);
      continue;
    } catch {
      // absent: copy it
    }
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.copyFile(path.join(fromRoot, rel), target);
    copied += 1;
  }
  return copied;
}

/** Deletes the files of `root` accepted by `accept`. Returns how many were removed. */
export async function removeMatching(root: string, accept: (rel: string) => boolean): Promise<number> {
  let removed = 0;
  for (const rel of await listTree(root)) {
    if (!accept(rel)) continue;
    await fs.rm(path.join(root, rel));
    removed += 1;
  }
  return removed;
}

/** The previous snapshot's folder name of a repo, matched case-insensitively (GitHub names are case-insensitive); null when absent. */
export async function findRepoDir(root: string, owner: string, repo: string): Promise<{ owner: string; repo: string } | null> {
  const pick = async (dir: string, name: string): Promise<string | null> => {
    try {
      const names = await fs.readdir(dir);
      return names.includes(name) ? name : (names.find((n) => n.toLowerCase() === name.toLowerCase()) ?? null);
    } catch {
      return null;
    }
  };
  const ownerName = await pick(path.join(root, 'ecosystem/repos'), owner);
  if (!ownerName) return null;
  const repoName = await pick(path.join(root, 'ecosystem/repos', ownerName), repo);
  return repoName ? { owner: ownerName, repo: repoName } : null;
}
