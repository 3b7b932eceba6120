import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { relativizeDist, relativizeHtml, relativizeUrl, rootPrefixFor } from './relativize-dist.ts';

const SAMPLE = `<!DOCTYPE html><html><head>
<link rel="stylesheet" href="/_astro/index.abc.css">
<link rel="icon" href='/favicon.svg'>
<script type="module" src="/_astro/page.js"></script>
<style>.hero{background:url(/_astro/bg.png)} .x{background:url("/img/a.png")}</style>
</head><body>
<a href="/">Home</a> <a href="/projects/">Projects</a> <a href="https://example.org/x">ext</a>
<a href="//cdn.example.org/y">proto</a> <a href="#main">skip</a> <a href="?id=1">q</a>
<img src="/img/a.png" srcset="/img/a.png 1x, /img/a@2x.png 2x" alt="">
<div style="background-image:url(/img/b.png)"></div>
<astro-island uid="1" component-url="/_astro/Home.js" renderer-url="/_astro/client.js" before-hydration-url="/_astro/bh.js"></astro-island>
<p>Text mentioning href="/not-an-attribute" stays? It is text: /_astro/x.js</p>
</body></html>`;

describe('rootPrefixFor', () => {
  it('counts directories between dist/ and the file', () => {
    expect(rootPrefixFor('index.html')).toBe('./');
    expect(rootPrefixFor('project/index.html')).toBe('../');
    expect(rootPrefixFor('a/b/index.html')).toBe('../../');
  });
});

describe('relativizeUrl', () => {
  it('rewrites root-absolute URLs only', () => {
    expect(relativizeUrl('/_astro/x.js', '../')).toBe('../_astro/x.js');
    expect(relativizeUrl('/_astro/x.js', './')).toBe('./_astro/x.js');
    expect(relativizeUrl('/', '../')).toBe('../');
    expect(relativizeUrl('//cdn.example.org/a', '../')).toBe('//cdn.example.org/a');
    expect(relativizeUrl('https://example.org/a', '../')).toBe('https://example.org/a');
    expect(relativizeUrl('#main', '../')).toBe('#main');
  });
});

describe('relativizeHtml', () => {
  const out = relativizeHtml(SAMPLE, 'project/index.html');

  it('rewrites href, src, srcset and island attributes relative to the page', () => {
    expect(out).toContain('href="../_astro/index.abc.css"');
    expect(out).toContain("href='../favicon.svg'");
    expect(out).toContain('src="../_astro/page.js"');
    expect(out).toContain('<a href="../">Home</a>');
    expect(out).toContain('href="../projects/"');
    expect(out).toContain('srcset="../img/a.png 1x, ../img/a@2x.png 2x"');
    expect(out).toContain('component-url="../_astro/Home.js"');
    expect(out).toContain('renderer-url="../_astro/client.js"');
    expect(out).toContain('before-hydration-url="../_astro/bh.js"');
  });

  it('rewrites url(/…) in inline CSS, quoted or not', () => {
    expect(out).toContain('url(../_astro/bg.png)');
    expect(out).toContain('url("../img/a.png")');
    expect(out).toContain('url(../img/b.png)');
  });

  it('leaves external, protocol-relative, fragment and query URLs and plain text alone', () => {
    expect(out).toContain('href="https://example.org/x"');
    expect(out).toContain('href="//cdn.example.org/y"');
    expect(out).toContain('href="#main"');
    expect(out).toContain('href="?id=1"');
    expect(out).toContain('It is text: /_astro/x.js');
  });

  it('leaves no root-absolute attribute URL behind', () => {
    expect(out).not.toMatch(/\s(href|src|component-url|renderer-url|before-hydration-url)="\/(?!\/)/);
  });

  it('uses ./ at the root', () => {
    expect(relativizeHtml('<a href="/graph/">g</a>', 'index.html')).toBe('<a href="./graph/">g</a>');
  });
});

describe('relativizeDist', () => {
  it('rewrites every HTML file under the folder by its own depth', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'relativize-'));
    await mkdir(path.join(dir, 'repo'), { recursive: true });
    await writeFile(path.join(dir, 'index.html'), '<script src="/_astro/a.js"></script>');
    await writeFile(path.join(dir, 'repo', 'index.html'), '<script src="/_astro/a.js"></script>');
    await writeFile(path.join(dir, 'untouched.js'), 'import "/_astro/a.js"');
    const files = await relativizeDist(dir);
    expect(files).toEqual(['index.html', 'repo/index.html']);
    expect(await readFile(path.join(dir, 'index.html'), 'utf8')).toBe('<script src="./_astro/a.js"></script>');
    expect(await readFile(path.join(dir, 'repo', 'index.html'), 'utf8')).toBe('<script src="../_astro/a.js"></script>');
    expect(await readFile(path.join(dir, 'untouched.js'), 'utf8')).toBe('import "/_astro/a.js"');
  });
});
