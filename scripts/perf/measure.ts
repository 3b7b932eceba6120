/**
 * Performance figures for docs/PERFORMANCE.md (issue #3 "Performance, measured by a script (not a
 * timed test)"; DESIGN §10 "the browser must stay fluid at the real scale"). Builds nothing: takes
 * a built dist/ folder, serves it under an IPFS-like prefix with the e2e static server, and with
 * Playwright + the system Chromium loads each page type cold (a fresh browser context, empty
 * cache). Reports per page: requests, bytes of every response body raw and gzip (node:zlib), of
 * which data files, and time until the data is shown; the SQLite file raw and gzip; and the time
 * to the first graph frame (`window.__pgAtlasGraphFirstFrameMs`, set by the graph page; without
 * it, the time until a screenshot of the graph canvas shows a drawing).
 *
 * Usage: node scripts/perf/measure.ts <dist> [--runs N] [--json out.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { pageTypes } from '../../test/e2e/page-types.ts';
import { startStaticServer } from '../../test/e2e/support/static-server.ts';
import { kib, markdownTable } from './format-table.ts';
import { gzipSize, transferSizes, type ResponseBody, type TransferSizes } from './transfer-sizes.ts';

/** Served like a path gateway, so the figures include the prefix-independent URL handling. */
const PREFIX = '/ipfs/bafyperfmeasure/';
/** Same browser as the e2e tests (playwright.config.ts): system Chromium, SwiftShader WebGL. */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const VIEWPORT = { width: 1280, height: 800 };
/** Give up on one page after this long. */
const PAGE_TIMEOUT_MS = 120_000;
/** Fallback first-frame detection: screenshot the graph canvas this often. */
const CANVAS_POLL_MS = 100;

interface PageFigures extends TransferSizes {
  page: string;
  status: number;
  /** ms from navigation start until no "Loading…" status remains (median over runs). */
  dataReadyMs: number | null;
  /** Graph page only: ms from navigation start to the first drawn frame (median over runs). */
  firstFrameMs: number | null;
  firstFrameSource: 'page' | 'canvas' | null;
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
}

/**
 * ms since navigation start at which the page shows its data: every island hydrated (Astro drops
 * an island's `ssr` attribute once it is) and no "Loading…" status left (AtlasGate, DataState).
 */
async function waitForDataReady(page: Page): Promise<number> {
  await page.waitForFunction(
    () => document.querySelector('astro-island[ssr]') === null && ![...document.querySelectorAll('[role="status"]')].some((el) => /^\s*Loading/.test(el.textContent ?? '')),
    undefined,
    { timeout: PAGE_TIMEOUT_MS, polling: 'raf' },
  );
  return page.evaluate(() => Math.round(performance.now()));
}

/** Pixels of a drawn graph needed before a canvas counts as showing a frame (a few nodes' worth). */
const DRAWN_PIXELS_MIN = 200;
/** Border pixels ignored (the container's border and rounded corners are not a drawing). */
const CANVAS_MARGIN_PX = 6;

/**
 * Pixels of a canvas screenshot that differ from its background (the most common colour), border
 * excluded; counted in the page, which decodes PNGs (node has no decoder).
 */
async function drawnPixels(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async ({ data, margin }) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const w = img.width - 2 * margin;
    const h = img.height - 2 * margin;
    if (w <= 0 || h <= 0) return 0;
    const px = ctx.getImageData(margin, margin, w, h).data;
    const counts = new Map<number, number>();
    for (let i = 0; i < px.length; i += 4) {
      const key = (px[i] << 16) | (px[i + 1] << 8) | px[i + 2];
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const background = [...counts].sort((a, b) => b[1] - a[1])[0][0];
    const [br, bg, bb] = [(background >> 16) & 255, (background >> 8) & 255, background & 255];
    let n = 0;
    for (let i = 0; i < px.length; i += 4) if (Math.abs(px[i] - br) + Math.abs(px[i + 1] - bg) + Math.abs(px[i + 2] - bb) > 30) n++;
    return n;
  }, { data: png.toString('base64'), margin: CANVAS_MARGIN_PX });
}

async function firstGraphFrame(page: Page, navigationStartedAt: number): Promise<{ ms: number; source: 'page' | 'canvas' } | null> {
  const deadline = Date.now() + PAGE_TIMEOUT_MS;
  const canvas = page.locator('canvas').first();
  while (Date.now() < deadline) {
    const reported = await page.evaluate(() => (window as { __pgAtlasGraphFirstFrameMs?: number }).__pgAtlasGraphFirstFrameMs ?? null);
    if (reported !== null) return { ms: reported, source: 'page' };
    if ((await canvas.count()) > 0) {
      const container = canvas.locator('xpath=..');
      const drawn = await drawnPixels(page, await container.screenshot()).catch(() => 0);
      if (drawn >= DRAWN_PIXELS_MIN) return { ms: Date.now() - navigationStartedAt, source: 'canvas' };
    }
    await page.waitForTimeout(CANVAS_POLL_MS);
  }
  return null;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '3' }, json: { type: 'string' } } });
  if (positionals.length !== 1) {
    process.stderr.write('usage: node scripts/perf/measure.ts <dist> [--runs N] [--json out.json]\n');
    process.exit(2);
  }
  const distDir = path.resolve(positionals[0]);
  const runs = Math.max(1, Number(values.runs) || 1);
  const atlasPath = path.join(distDir, 'data', 'atlas.sqlite');
  const atlasBytes = readFileSync(atlasPath);
  const atlas = new DatabaseSync(atlasPath, { readOnly: true });
  const pages = pageTypes(atlas);
  const meta = atlas.prepare('SELECT snapshot_as_of, project_count, repo_count, external_package_count, edge_count FROM meta').get() as Record<string, unknown>;
  const graphSize = atlas.prepare(`SELECT (SELECT count(*) FROM graph_layout WHERE level = 'project') AS project_nodes, (SELECT count(*) FROM project_edges) AS project_edges, (SELECT count(*) FROM graph_layout WHERE level = 'repo') AS repo_nodes`).get() as Record<string, number>;
  atlas.close();

  const server = await startStaticServer(distDir, PREFIX);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const figures: PageFigures[] = [];
  try {
    for (const pageType of pages) {
      const url = new URL(pageType.path, `${server.origin}${PREFIX}`).href;
      let sizes: TransferSizes | null = null;
      let status = 0;
      const ready: number[] = [];
      const frames: number[] = [];
      let frameSource: 'page' | 'canvas' | null = null;
      for (let run = 0; run < runs; run++) {
        // A fresh context per load: nothing cached, like a first visit.
        const context = await browser.newContext({ viewport: VIEWPORT });
        const page = await context.newPage();
        const bodies: Promise<ResponseBody | null>[] = [];
        context.on('response', (response) => bodies.push(response.body().then((body) => ({ url: response.url(), body }), () => null)));
        const startedAt = Date.now();
        const response = await page.goto(url, { timeout: PAGE_TIMEOUT_MS });
        status = response?.status() ?? 0;
        if (status === 200) {
          ready.push(await waitForDataReady(page));
          if (pageType.name === 'graph') {
            const frame = await firstGraphFrame(page, startedAt);
            if (frame) {
              frames.push(frame.ms);
              frameSource = frame.source;
            }
          }
          await page.waitForLoadState('networkidle');
        }
        const settled = (await Promise.all(bodies)).filter((b): b is ResponseBody => b !== null);
        if (run === 0) sizes = transferSizes(settled);
        await context.close();
        if (status !== 200) break;
      }
      figures.push({ page: pageType.name, status, ...(sizes ?? transferSizes([])), dataReadyMs: median(ready), firstFrameMs: median(frames), firstFrameSource: frameSource });
      process.stderr.write(status === 200 ? `measured ${pageType.name}\n` : `skipped ${pageType.name}: HTTP ${status}\n`);
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const measured = figures.filter((f) => f.status === 200);
  const skipped = figures.filter((f) => f.status !== 200).map((f) => `${f.page} (${f.status})`);
  const table = markdownTable(
    ['page', 'requests', 'raw KiB', 'gzip KiB', 'gzip KiB without data files', 'data ready ms'],
    measured.map((f) => [f.page, String(f.requests), kib(f.rawBytes), kib(f.gzipBytes), kib(f.gzipBytes - f.dataGzipBytes), f.dataReadyMs === null ? '–' : String(f.dataReadyMs)]),
    [false, true, true, true, true, true],
  );
  const graph = figures.find((f) => f.page === 'graph');
  const lines = [
    `dist: ${distDir}`,
    `atlas: snapshot ${meta.snapshot_as_of}; ${meta.project_count} projects, ${meta.repo_count} repos, ${meta.external_package_count} external packages, ${meta.edge_count} edges; graph: ${graphSize.project_nodes} project nodes / ${graphSize.project_edges} project edges, ${graphSize.repo_nodes} repo-level nodes`,
    `runs per page: ${runs} (bytes from the first, cold, load; times are medians)`,
    '',
    table,
    '',
    `SQLite: ${kib(atlasBytes.length)} KiB raw, ${kib(gzipSize(atlasBytes))} KiB gzip`,
    `Time to first graph frame: ${graph?.firstFrameMs ?? '–'} ms after navigation start${graph?.firstFrameSource === 'canvas' ? ' (canvas polling; the page did not report it)' : graph?.firstFrameSource === 'page' ? ' (reported by the page)' : ''}`,
    ...(skipped.length ? [`Not measured (route missing in this build): ${skipped.join(', ')}`] : []),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  if (values.json) writeFileSync(values.json, `${JSON.stringify({ distDir, meta, graphSize, runs, sqlite: { rawBytes: atlasBytes.length, gzipBytes: gzipSize(atlasBytes) }, pages: figures }, null, 2)}\n`);
}

await main();
