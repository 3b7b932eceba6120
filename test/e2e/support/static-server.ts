/**
 * A tiny static file server for browser tests (DESIGN §8: prove one dist/ works at a domain root
 * and under a random sub-path). Serves `distDir` at `/` and again under `prefix` (e.g.
 * `/ipfs/bafy…/`), like a gateway would: directories resolve to index.html, Content-Length is set
 * so download progress is measurable, anything outside dist/ is refused.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.sqlite': 'application/vnd.sqlite3',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  origin: string;
  prefix: string;
  close(): Promise<void>;
}

/** Maps a request path to a file below distDir, or null when outside or absent. */
async function resolveFile(distDir: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const candidate = path.resolve(distDir, `.${decoded}`);
  if (candidate !== distDir && !candidate.startsWith(distDir + path.sep)) return null;
  const info = await stat(candidate).catch(() => null);
  if (info?.isFile()) return candidate;
  if (info?.isDirectory()) {
    const index = path.join(candidate, 'index.html');
    return (await stat(index).catch(() => null))?.isFile() ? index : null;
  }
  return null;
}

export function startStaticServer(distDir: string, prefix: string, host = '127.0.0.1'): Promise<StaticServer> {
  const root = path.resolve(distDir);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://placeholder.invalid');
    let pathname = url.pathname;
    if (pathname === prefix.slice(0, -1)) {
      res.writeHead(301, { location: prefix + url.search });
      res.end();
      return;
    }
    if (pathname.startsWith(prefix)) pathname = `/${pathname.slice(prefix.length)}`;
    resolveFile(root, pathname).then(async (file) => {
      if (!file) {
        // Like GitHub Pages and gateways: the site's own 404.html, with status 404.
        const notFound = path.join(root, '404.html');
        if ((await stat(notFound).catch(() => null))?.isFile()) {
          res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
          createReadStream(notFound).pipe(res);
        } else {
          res.writeHead(404, { 'content-type': 'text/plain' });
          res.end('not found');
        }
        return;
      }
      // Like gateways: a directory without a trailing slash redirects so relative URLs resolve.
      if (file.endsWith('index.html') && !url.pathname.endsWith('/') && !url.pathname.endsWith('.html')) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` });
        res.end();
        return;
      }
      const { size } = await stat(file);
      res.writeHead(200, { 'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream', 'content-length': String(size) });
      createReadStream(file).pipe(res);
    }, () => {
      res.writeHead(500);
      res.end();
    });
  });
  return new Promise((resolve) => {
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        origin: `http://${host}:${port}`,
        prefix,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
