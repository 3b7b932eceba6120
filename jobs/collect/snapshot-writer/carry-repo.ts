/**
 * Carries one repo's files of one source from the previous snapshot into the stage (a repo skipped by
 * the cadence, or one whose collection failed this run). Copies under the repo folder only, plus the
 * repo's SBOM for GitHub, so the cost does not grow with the size of the whole snapshot.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { findRepoDir } from './carry-over.ts';
import { ownsFile, repoDirOf, sbomFileOf } from './source-files.ts';
import type { SourceName } from './source-files.ts';

export async function carryRepoFiles(env: { previous: string | null; stage: string }, source: SourceName, ref: { owner: string; repo: string }): Promise<number> {
  if (!env.previous) return 0;
  const found = await findRepoDir(env.previous, ref.owner, ref.repo);
  let copied = 0;
  if (found) {
    const fromDir = repoDirOf(found.owner, found.repo);
    const toDir = repoDirOf(ref.owner, ref.repo);
    for (const rel of await listUnder(env.previous, fromDir)) {
      if (!ownsFile(source, rel)) continue;
      const target = path.join(env.stage, toDir, rel.slice(fromDir.length + 1));
      if (await exists(target)) continue;
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.copyFile(path.join(env.previous, rel), target);
      copied += 1;
    }
  }
  if (source === 'github') {
    const wanted = sbomFileOf(ref.owner, ref.repo);
    const name = (await fs.readdir(path.join(env.previous, 'sbom')).catch(() => [] as string[])).find((n) => `sbom/${n}`.toLowerCase() === wanted.toLowerCase());
    const target = path.join(env.stage, wanted);
    if (name && !(await exists(target))) {
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.copyFile(path.join(env.previous, 'sbom', name), target);
      copied += 1;
    }
  }
  return copied;
}

async function listUnder(root: string, rel: string): Promise<string[]> {
  try {
    const entries = await fs.readdir(path.join(root, rel), { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
  } catch {
    return [];
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}
