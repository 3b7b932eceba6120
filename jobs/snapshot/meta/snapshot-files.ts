/**
 * Finding and decoding files in a raw snapshot folder (docs/SNAPSHOT.md). Every file is optional:
 * a missing file or folder gives nothing, never an error. `.gz` files (and any file starting with
 * the gzip magic bytes) are gunzipped with node:zlib. This is the only module of the snapshot
 * readers that touches the disk.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { FileContext } from './file-context.ts';
import { warnAt } from './file-context.ts';

const GZIP_MAGIC = [0x1f, 0x8b];

/** Relative paths (posix separators, sorted) of the regular files directly inside `relDir`. */
export function listFiles(root: string, relDir: string, accept: (name: string) => boolean = () => true): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(path.join(root, relDir), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile() && accept(e.name))
    .map((e) => path.posix.join(relDir, e.name))
    .sort();
}

/** Relative paths of the sub-folders directly inside `relDir`, sorted. */
export function listDirs(root: string, relDir: string): string[] {
  try {
    return fs
      .readdirSync(path.join(root, relDir), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => path.posix.join(relDir, e.name))
      .sort();
  } catch {
    return [];
  }
}

/** `name.json` or `name.json.gz`, whichever exists (the plain one first); null when neither. */
export function findJsonFile(root: string, relBase: string): string | null {
  for (const candidate of [`${relBase}.json`, `${relBase}.json.gz`]) {
    if (fs.existsSync(path.join(root, candidate))) return candidate;
  }
  return null;
}

export function readBytes(root: string, rel: string): Buffer {
  return fs.readFileSync(path.join(root, rel));
}

/** File content as text, gunzipped when compressed; a corrupt archive warns and gives null. */
export function decodeText(content: string | Buffer, ctx: FileContext): string | null {
  if (typeof content === 'string') return content;
  const gzipped = content.length >= 2 && content[0] === GZIP_MAGIC[0] && content[1] === GZIP_MAGIC[1];
  if (!gzipped) return content.toString('utf8');
  try {
    return gunzipSync(content).toString('utf8');
  } catch (error) {
    warnAt(ctx, undefined, `file skipped: cannot gunzip (${(error as Error).message})`);
    return null;
  }
}

/** Parses JSON content (text or possibly gzipped bytes); an unparsable file is one warning and null. */
export function parseJsonContent(content: string | Buffer, ctx: FileContext): unknown {
  const text = decodeText(content, ctx);
  if (text === null) return undefined;
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    warnAt(ctx, undefined, `file skipped: not valid JSON (${(error as Error).message})`);
    return undefined;
  }
}
