/**
 * Hosting-proof output (DESIGN §8, issue #3 "Hosting-proof output"): one dist/ works at `/` and under
 * a random `/ipfs/<cid>/` prefix without a rebuild. Runs in both Playwright projects. It
 * - scans every dist HTML and CSS file for root-absolute URLs and the JS for a service worker,
 * - requests every URL that any dist HTML file references (href, src, srcset, island URLs),
 * - crawls the site breadth-first from every page type (links rendered by the islands included,
 *   e.g. project and repo pages reached from the leaderboard), up to MAX_PAGES, failing on any
 *   HTTP error, failed request, request outside the site base, service worker or console error.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, waitForAtlas } from './support/site.ts';
import { pageTypes } from './page-types.ts';
import { EMAIL_RE } from '../../jobs/publish/api/redact-emails.ts';

const DIST = path.resolve(process.env.PG_ATLAS_DIST ?? 'dist');
/** Pages opened in the browser per run (issue #3 asks for a bounded crawl). */
const MAX_PAGES = 60;
/** Query-string variants per path (`project/?id=…`): enough to reach several entities of each type. */
const MAX_VARIANTS_PER_PATH = 8;
/** Attributes whose value is a URL (srcset handled separately). */
const URL_ATTRIBUTES = ['href', 'src', 'component-url', 'renderer-url', 'before-hydration-url', 'action', 'poster'];
const ROOT_ABSOLUTE_ATTRIBUTE_RE = new RegExp(`\\s(?:${URL_ATTRIBUTES.join('|')}|srcset)\\s*=\\s*["']?\\/(?!\\/)`, 'i');
const ROOT_ABSOLUTE_CSS_RE = /url\(\s*["']?\/(?!\/)/i;
const SERVICE_WORKER_RE = /serviceWorker\s*\.\s*register|navigator\.serviceWorker/;

function listFiles(dir: string, keep: (name: string) => boolean, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'api' ? [] : listFiles(full, keep, base);
    return keep(e.name) ? [path.relative(base, full).split(path.sep).join('/')] : [];
  });
}

/** URLs an HTML document references in its markup (attribute values, every srcset candidate). */
function referencedUrls(html: string): string[] {
  const urls: string[] = [];
  const attr = new RegExp(`\\s(${URL_ATTRIBUTES.join('|')}|srcset)\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'gi');
  for (const m of html.matchAll(attr)) {
    const value = (m[2] ?? m[3] ?? '').replace(/&amp;/g, '&');
    if (m[1].toLowerCase() === 'srcset') urls.push(...value.split(',').map((c) => c.trim().split(/\s+/)[0]).filter(Boolean));
    else urls.push(value);
  }
  return urls;
}

/** A URL of a page (to crawl) rather than of a file: an HTML directory path. */
function isPageUrl(url: URL): boolean {
  return url.pathname.endsWith('/') || url.pathname.endsWith('.html');
}

test('dist has no root-absolute URL in HTML or CSS and registers no service worker', () => {
  const html = listFiles(DIST, (n) => n.endsWith('.html'));
  expect(html.length).toBeGreaterThan(0);
  const offenders: string[] = [];
  for (const file of html) {
    const text = readFileSync(path.join(DIST, file), 'utf8');
    const m = text.match(ROOT_ABSOLUTE_ATTRIBUTE_RE) ?? text.match(ROOT_ABSOLUTE_CSS_RE);
    if (m) offenders.push(`${file}: …${text.slice(Math.max(0, (m.index ?? 0) - 40), (m.index ?? 0) + 60)}…`);
    if (SERVICE_WORKER_RE.test(text)) offenders.push(`${file}: service worker`);
  }
  for (const file of listFiles(DIST, (n) => n.endsWith('.css'))) {
    if (ROOT_ABSOLUTE_CSS_RE.test(readFileSync(path.join(DIST, file), 'utf8'))) offenders.push(`${file}: url(/…)`);
  }
  for (const file of listFiles(DIST, (n) => /\.m?js$/.test(n))) {
    if (SERVICE_WORKER_RE.test(readFileSync(path.join(DIST, file), 'utf8'))) offenders.push(`${file}: service worker`);
  }
  expect(offenders).toEqual([]);
});

test('the static API in dist carries no e-mail address and its index names only files that exist', () => {
  const apiDir = path.join(DIST, 'api', 'v1');
  const files = listFiles(apiDir, () => true);
  expect(files).toContain('index.json');
  const hits = files.flatMap((f) => (readFileSync(path.join(apiDir, f), 'utf8').match(EMAIL_RE) ?? []).map((m) => `api/v1/${f}: ${m}`));
  expect(hits).toEqual([]);
  const index = JSON.parse(readFileSync(path.join(apiDir, 'index.json'), 'utf8')) as { project_details: Record<string, string>; repo_details: Record<string, string>; badges: Record<string, Record<string, string>>; sqlite: string };
  const listed = [...Object.values(index.project_details), ...Object.values(index.repo_details), ...Object.values(index.badges).flatMap((b) => Object.values(b)), index.sqlite];
  expect(listed.filter((rel) => !existsSync(path.join(apiDir, rel)))).toEqual([]);
});

test('every URL referenced by a dist HTML file resolves under the site base', async ({ page, site }) => {
  const base = new URL(site.base);
  const checked = new Map<string, string>();
  const failures: string[] = [];
  for (const file of listFiles(DIST, (n) => n.endsWith('.html'))) {
    const pageUrl = new URL(file.replace(/(^|\/)index\.html$/, '$1'), site.base);
    for (const ref of referencedUrls(readFileSync(path.join(DIST, file), 'utf8'))) {
      const url = new URL(ref, pageUrl);
      if (url.origin !== base.origin || !/^https?:$/.test(url.protocol)) continue;
      url.hash = '';
      if (!url.href.startsWith(site.base)) failures.push(`${file}: ${ref} → ${url.href} leaves ${site.base}`);
      if (checked.has(url.href)) continue;
      const response = await page.request.get(url.href);
      checked.set(url.href, file);
      if (!response.ok()) failures.push(`${file}: ${ref} → ${response.status()} ${url.href}`);
    }
  }
  expect(checked.size).toBeGreaterThan(0);
  expect(failures).toEqual([]);
});

test('crawl every page type and every link and asset: no 404, no console error', async ({ page, site, atlas }) => {
  test.setTimeout(360_000);
  const base = new URL(site.base);
  const failures: string[] = [];
  let current = '';
  page.on('response', (response) => {
    const url = response.url();
    if (response.status() >= 400) failures.push(`${response.status()} ${url} (on ${current})`);
    if (url.startsWith(base.origin) && !url.startsWith(site.base)) failures.push(`request outside the site base: ${url} (on ${current})`);
  });
  // Also reported by the shared `problems` fixture; here with the page it happened on.
  page.on('pageerror', (error) => failures.push(`page error on ${current}: ${error.message.slice(0, 160)}`));
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? '';
    // A navigation cancels what the previous page still had in flight; that is not a broken link.
    if (!/ERR_ABORTED/.test(error)) failures.push(`${error} ${request.url()} (on ${current})`);
  });

  // Seeds: every page type whose route is in this build (a page not built yet is reported by the
  // links that point at it, as a 404).
  const seeds = pageTypes(atlas).filter((t) => existsSync(path.join(DIST, t.path.replace(/\?.*$/, ''), 'index.html')));
  expect(seeds.map((s) => s.name)).toEqual(expect.arrayContaining(['home', 'projects', 'project', 'repo', 'graph']));
  const queue: string[] = seeds.map((s) => site.url(s.path));
  const seen = new Set<string>(queue);
  const variants = new Map<string, number>();
  const files = new Set<string>();
  const visited: string[] = [];

  const enqueue = (raw: string, from: string): void => {
    let url: URL;
    try {
      url = new URL(raw, from);
    } catch {
      failures.push(`unparsable URL ${raw} (on ${from})`);
      return;
    }
    if (url.origin !== base.origin || !/^https?:$/.test(url.protocol)) return;
    url.hash = '';
    if (!url.href.startsWith(site.base)) {
      failures.push(`link outside the site base: ${url.href} (on ${from})`);
      return;
    }
    if (!isPageUrl(url)) {
      files.add(url.href);
      return;
    }
    if (seen.has(url.href)) return;
    const count = variants.get(url.pathname) ?? 0;
    if (url.search && count >= MAX_VARIANTS_PER_PATH) return;
    variants.set(url.pathname, count + 1);
    seen.add(url.href);
    queue.push(url.href);
  };

  while (queue.length > 0 && visited.length < MAX_PAGES) {
    const url = queue.shift()!;
    current = url;
    const response = await page.goto(url);
    if (!response?.ok()) {
      failures.push(`${response?.status()} ${url}`);
      continue;
    }
    visited.push(url);
    await waitForAtlas(page);
    await page.waitForLoadState('networkidle');
    expect(await serviceWorkers(page), `service workers on ${url}`).toBe(0);
    const refs = await page.evaluate(() => [
      ...[...document.querySelectorAll('a[href], link[href], area[href]')].map((el) => el.getAttribute('href') ?? ''),
      ...[...document.querySelectorAll('script[src], img[src], source[src], iframe[src]')].map((el) => el.getAttribute('src') ?? ''),
      ...[...document.querySelectorAll('img[srcset], source[srcset]')].flatMap((el) => (el.getAttribute('srcset') ?? '').split(',').map((c) => c.trim().split(/\s+/)[0])),
    ].filter((u) => u !== '' && !u.startsWith('blob:') && !u.startsWith('data:')));
    for (const ref of refs) enqueue(ref, page.url());
  }

  // Files linked from pages (downloads, API documents, icons): fetched once each.
  for (const file of files) {
    current = file;
    const response = await page.request.get(file);
    if (!response.ok()) failures.push(`${response.status()} ${file} (linked file)`);
  }

  test.info().annotations.push({ type: 'crawl', description: `${visited.length} pages, ${files.size} linked files` });
  for (const seed of seeds) expect(visited, `page type ${seed.name} visited`).toContain(site.url(seed.path));
  expect(visited.some((u) => /\/project\/\?id=/.test(u) && !seeds.some((s) => site.url(s.path) === u)), 'a project page reached through a link').toBe(true);
  expect(failures).toEqual([]);
});

async function serviceWorkers(page: Page): Promise<number> {
  return page.evaluate(async () => ('serviceWorker' in navigator ? (await navigator.serviceWorker.getRegistrations()).length : 0));
}
