/**
 * Astro integration that ships the data with the static site (DESIGN §7–§8): the atlas.sqlite named
 * by the build (env PG_ATLAS_DB, resolved in astro.config.mjs) and sql.js's wasm go to
 * `dist/data/`, the static read-only API is generated from the atlas into `dist/api/v1/`
 * (jobs/publish/api/, docs/API.md), then every HTML file is made prefix-independent
 * (relativize-dist.ts). In `astro dev` the two data files are served from memory-free streams by a
 * middleware at the same URLs (the API exists only in builds).
 */
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeStaticApi } from '../api/write-static-api.ts';
import { relativizeDist } from './relativize-dist.ts';

/** Paths inside dist/ (and dev URLs below the site root) of the two data files. */
export const ATLAS_DIST_PATH = 'data/atlas.sqlite';
export const SQL_WASM_DIST_PATH = 'data/sql-wasm.wasm';
/** Folder inside dist/ of the static API (docs/API.md). */
export const API_DIST_PATH = 'api/v1';

export interface AtlasSiteOptions {
  /** Absolute path of the atlas.sqlite to publish. */
  atlasPath: string;
}

/** sql.js's wasm binary (the browser and node builds ship the same file). */
export function sqlWasmPath(): string {
  const require = createRequire(import.meta.url);
  return require.resolve('sql.js/dist/sql-wasm.wasm');
}

export function atlasSite(options: AtlasSiteOptions): AstroIntegration {
  const files: Record<string, { file: string; type: string }> = {
    [`/${ATLAS_DIST_PATH}`]: { file: options.atlasPath, type: 'application/vnd.sqlite3' },
    [`/${SQL_WASM_DIST_PATH}`]: { file: sqlWasmPath(), type: 'application/wasm' },
  };
  return {
    name: 'pg-atlas-site',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const pathname = new URL(req.url ?? '/', 'http://dev.invalid').pathname;
          const entry = Object.entries(files).find(([url]) => pathname.endsWith(url));
          if (!entry) return next();
          const { file, type } = entry[1];
          stat(file).then(
            (info) => {
              res.writeHead(200, { 'content-type': type, 'content-length': String(info.size), 'cache-control': 'no-cache' });
              createReadStream(file).pipe(res);
            },
            () => {
              res.writeHead(404, { 'content-type': 'text/plain' });
              res.end(`pg-atlas: ${file} not found (set PG_ATLAS_DB)`);
            },
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        await mkdir(path.join(distDir, 'data'), { recursive: true });
        await copyFile(options.atlasPath, path.join(distDir, ATLAS_DIST_PATH));
        await copyFile(sqlWasmPath(), path.join(distDir, SQL_WASM_DIST_PATH));
        const apiFiles = await writeStaticApi({ atlasPath: options.atlasPath, outDir: path.join(distDir, API_DIST_PATH) });
        const pages = await relativizeDist(distDir);
        logger.info(`copied ${options.atlasPath} → ${ATLAS_DIST_PATH}; wrote ${apiFiles} files to ${API_DIST_PATH}/; relativized ${pages.length} HTML files`);
      },
    },
  };
}
