/**
 * Effect edge of the static API (DESIGN §7): opens atlas.sqlite read-only with node:sqlite, builds
 * the files (build-api-files.ts) and writes them below `outDir` (the site's `dist/api/v1/`).
 * Called by the pg-atlas-site Astro integration at `astro:build:done`.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { buildApiFiles, type ApiFile } from './build-api-files.ts';
import { readAtlasTables } from './read-atlas-tables.ts';

export interface WriteStaticApiOptions {
  atlasPath: string;
  /** Folder that becomes `api/v1/` (replaced whole, so no file of an earlier build lingers). */
  outDir: string;
}

export function readApiFiles(atlasPath: string): ApiFile[] {
  const db = new DatabaseSync(atlasPath, { readOnly: true });
  try {
    return buildApiFiles(readAtlasTables(db));
  } finally {
    db.close();
  }
}

/** Writes every API file; returns how many. */
export async function writeStaticApi(options: WriteStaticApiOptions): Promise<number> {
  const files = readApiFiles(options.atlasPath);
  await rm(options.outDir, { recursive: true, force: true });
  const dirs = new Set(files.map((f) => path.dirname(path.join(options.outDir, f.path))));
  for (const dir of [...dirs].sort()) await mkdir(dir, { recursive: true });
  for (const file of files) {
    const target = path.resolve(options.outDir, file.path);
    if (!target.startsWith(path.resolve(options.outDir) + path.sep)) throw new Error(`jobs/publish/api: refusing to write outside ${options.outDir}: ${file.path}`);
    await writeFile(target, file.body);
  }
  return files.length;
}
