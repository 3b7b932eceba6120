/**
 * Reads several files of one commit in a single `git cat-file --batch` process (a blobless clone
 * fetches the missing blobs on demand). Returns path → bytes; a path that is not a blob is left out.
 */
import { runGit } from './run-git.ts';

export async function readBlobs(gitDir: string, rev: string, paths: readonly string[]): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  if (paths.length === 0) return files;
  const out = await runGit(['--git-dir', gitDir, 'cat-file', '--batch'], { input: paths.map((p) => `${rev}:${p}\n`).join('') });
  let offset = 0;
  for (const p of paths) {
    const eol = out.indexOf(0x0a, offset);
    if (eol < 0) break;
    const header = out.subarray(offset, eol).toString('utf8');
    offset = eol + 1;
    const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!match) continue; // "<rev>:<path> missing"
    const size = Number(match[2]);
    if (match[1] === 'blob') files.set(p, out.subarray(offset, offset + size));
    offset += size + 1;
  }
  return files;
}
