/**
 * Post-build step that makes one dist/ work at a domain root and under any path prefix (DESIGN §8:
 * IPFS `/ipfs/<cid>/`, GitHub Pages `/<repo>/`) without a rebuild. Astro writes root-absolute URLs
 * (`/_astro/x.js`); this rewrites every root-absolute URL in each dist/**\/*.html into a path relative
 * to that HTML file (`project/index.html`: `/_astro/x.js` → `../_astro/x.js`).
 *
 * Rewritten: href, src, srcset (each candidate), astro-island component-url / renderer-url /
 * before-hydration-url, and url(/…) inside inline CSS. Protocol-relative `//host` URLs and
 * everything else are left alone. Data files (SQLite, wasm) are resolved in JS against the
 * document instead (see src/lib/site-root.ts).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Attributes whose whole value is one URL. */
export const URL_ATTRIBUTES = ['href', 'src', 'component-url', 'renderer-url', 'before-hydration-url', 'action', 'poster'] as const;

/** `../` repeated once per directory between dist/ and the HTML file ('./' at the root). */
export function rootPrefixFor(htmlPathInDist: string): string {
  const depth = htmlPathInDist.split(/[\\/]/).filter(Boolean).length - 1;
  return depth <= 0 ? './' : '../'.repeat(depth);
}

/** One URL: root-absolute → relative to the page; anything else unchanged. */
export function relativizeUrl(url: string, rootPrefix: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const rest = url.slice(1);
  // '/' itself becomes './' (or '../'), never an empty href.
  return rest === '' ? rootPrefix : rootPrefix === './' ? `./${rest}` : `${rootPrefix}${rest}`;
}

function relativizeSrcset(value: string, rootPrefix: string): string {
  return value
    .split(',')
    .map((candidate) => candidate.replace(/^(\s*)(\S+)/, (_m, space: string, url: string) => space + relativizeUrl(url, rootPrefix)))
    .join(',');
}

function relativizeCss(css: string, rootPrefix: string): string {
  return css.replace(/url\(\s*(['"]?)(\/[^'")]*)\1\s*\)/g, (_m, quote: string, url: string) => `url(${quote}${relativizeUrl(url, rootPrefix)}${quote})`);
}

const ATTRIBUTE_RE = new RegExp(`(\\s)(${URL_ATTRIBUTES.join('|')}|srcset)=("([^"]*)"|'([^']*)')`, 'gi');
const STYLE_ELEMENT_RE = /(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi;
const STYLE_ATTRIBUTE_RE = /(\sstyle=)("([^"]*)"|'([^']*)')/gi;

/** Rewrites one HTML document located at `htmlPathInDist` (e.g. `project/index.html`). */
export function relativizeHtml(html: string, htmlPathInDist: string): string {
  const prefix = rootPrefixFor(htmlPathInDist);
  let out = html.replace(ATTRIBUTE_RE, (_m, space: string, name: string, _q: string, dq?: string, sq?: string) => {
    const value = dq ?? sq ?? '';
    const quote = dq !== undefined ? '"' : "'";
    const rewritten = name.toLowerCase() === 'srcset' ? relativizeSrcset(value, prefix) : relativizeUrl(value, prefix);
    return `${space}${name}=${quote}${rewritten}${quote}`;
  });
  out = out.replace(STYLE_ELEMENT_RE, (_m, open: string, css: string, close: string) => open + relativizeCss(css, prefix) + close);
  out = out.replace(STYLE_ATTRIBUTE_RE, (_m, name: string, _q: string, dq?: string, sq?: string) => {
    const quote = dq !== undefined ? '"' : "'";
    return `${name}${quote}${relativizeCss(dq ?? sq ?? '', prefix)}${quote}`;
  });
  return out;
}

async function listHtmlFiles(dir: string, base = dir): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listHtmlFiles(full, base)));
    else if (entry.name.endsWith('.html')) files.push(path.relative(base, full));
  }
  return files.sort();
}

/** Rewrites every HTML file under `distDir` in place; returns the paths rewritten. */
export async function relativizeDist(distDir: string): Promise<string[]> {
  const files = await listHtmlFiles(distDir);
  for (const file of files) {
    const full = path.join(distDir, file);
    const html = await readFile(full, 'utf8');
    const rewritten = relativizeHtml(html, file.split(path.sep).join('/'));
    if (rewritten !== html) await writeFile(full, rewritten);
  }
  return files;
}
