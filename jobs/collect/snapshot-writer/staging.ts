/**
 * Atomic snapshot folders (DESIGN §4; STYLE §2.14 temp then rename): a run writes into
 * `<out>/.tmp-<date>`, and only a complete snapshot is renamed to `<out>/<date>` and becomes
 * "latest" (`<out>/latest.json` pointer, plus a `latest` symlink where the file system allows one).
 * A run that dies midway leaves the previous latest untouched.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../http/http-cache.ts';

export const LATEST_POINTER = 'latest.json';
export const LATEST_LINK = 'latest';

export function stagingDirOf(out: string, date: string): string {
  return path.join(out, `.tmp-${date}`);
}

/** A fresh, empty staging folder (a leftover from a crashed run is discarded). */
export async function beginSnapshot(out: string, date: string): Promise<string> {
  const stage = stagingDirOf(out, date);
  await fs.rm(stage, { recursive: true, force: true });
  await fs.mkdir(stage, { recursive: true });
  return stage;
}

/** Renames the staging folder to `<out>/<date>` (replacing a same-day snapshot) and points latest at it. */
export async function commitSnapshot(out: string, date: string, stage: string): Promise<string> {
  const final = path.join(out, date);
  const old = path.join(out, `.old-${date}`);
  await fs.rm(old, { recursive: true, force: true });
  let replaced = false;
  try {
    await fs.rename(final, old);
    replaced = true;
  } catch {
    // no same-day snapshot yet
  }
  await fs.rename(stage, final);
  if (replaced) await fs.rm(old, { recursive: true, force: true });
  await writeFileAtomic(path.join(out, LATEST_POINTER), `${JSON.stringify({ snapshot: date }, null, 2)}\n`);
  const tempLink = path.join(out, `${LATEST_LINK}.tmp`);
  try {
    await fs.rm(tempLink, { force: true });
    await fs.symlink(date, tempLink, 'dir');
    await fs.rename(tempLink, path.join(out, LATEST_LINK));
  } catch {
    // symlinks unavailable (some Windows setups): latest.json alone is the pointer
  }
  return final;
}

/** The latest complete snapshot under `out`, or null. */
export async function resolveLatest(out: string): Promise<string | null> {
  try {
    const pointer = JSON.parse(await fs.readFile(path.join(out, LATEST_POINTER), 'utf8')) as { snapshot?: unknown };
    if (typeof pointer.snapshot === 'string' && /^[\w.-]+$/.test(pointer.snapshot)) {
      const dir = path.join(out, pointer.snapshot);
      await fs.access(path.join(dir, 'snapshot.json'));
      return dir;
    }
  } catch {
    // no pointer: try the symlink
  }
  try {
    const dir = await fs.realpath(path.join(out, LATEST_LINK));
    await fs.access(path.join(dir, 'snapshot.json'));
    return dir;
  } catch {
    return null;
  }
}
