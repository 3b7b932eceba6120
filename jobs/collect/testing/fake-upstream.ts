/**
 * A fake upstream on 127.0.0.1 for collector tests (no test may reach the internet). Routes map a
 * path + query to one reply or a sequence of replies (the last one repeats). Bodies can be real
 * upstream files read in place from ../shared/realdata (gzipped files are gunzipped here, never
 * copied). Faults: `timeout` (never answers), `truncate` (announces more bytes than it sends, then
 * cuts the connection), `malformed` (a 200 with invalid JSON). Replies with an `etag` answer 304 to a
 * matching If-None-Match. Every request is recorded.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

export interface FakeReply {
  status?: number;
  headers?: Record<string, string>;
  /** Literal body; objects are JSON-encoded. */
  body?: string | Buffer | object;
  /** A file read at request time (`.gz` gunzipped). */
  file?: string;
  etag?: string;
  fault?: 'timeout' | 'truncate' | 'malformed';
}

export type FakeHandler = (req: RecordedRequest) => FakeReply;

export interface RecordedRequest {
  method: string;
  /** Path with query string, as received. */
  path: string;
  headers: http.IncomingHttpHeaders;
}

export interface FakeUpstream {
  /** `http://127.0.0.1:<port>` */
  url: string;
  calls: RecordedRequest[];
  /** Registers replies for an exact path (with query); replaces earlier ones. */
  route(path: string, replies: FakeReply | FakeReply[] | FakeHandler): void;
  /** Number of requests received for `path` (exact match, with query). */
  count(path: string): number;
  close(): Promise<void>;
}

function bodyBytes(reply: FakeReply): Buffer {
  if (reply.file) {
    const raw = fs.readFileSync(reply.file);
    return reply.file.endsWith('.gz') ? gunzipSync(raw) : raw;
  }
  if (reply.body === undefined) return Buffer.alloc(0);
  if (Buffer.isBuffer(reply.body)) return reply.body;
  return Buffer.from(typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body));
}

export async function startFakeUpstream(): Promise<FakeUpstream> {
  const routes = new Map<string, { replies: FakeReply[] | FakeHandler; served: number }>();
  const calls: RecordedRequest[] = [];
  const server = http.createServer((req, res) => {
    const recorded: RecordedRequest = { method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers };
    calls.push(recorded);
    const route = routes.get(recorded.path);
    if (!route) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not Found"}');
      return;
    }
    let reply: FakeReply;
    if (typeof route.replies === 'function') reply = route.replies(recorded);
    else reply = route.replies[Math.min(route.served, route.replies.length - 1)];
    route.served += 1;
    if (reply.fault === 'timeout') return; // keep the socket open, never answer
    const headers: Record<string, string> = { 'content-type': 'application/json', ...reply.headers };
    if (reply.etag) {
      headers.etag = reply.etag;
      if (req.headers['if-none-match'] === reply.etag) {
        res.writeHead(304, headers).end();
        return;
      }
    }
    if (reply.fault === 'malformed') {
      res.writeHead(200, headers).end('{"data": [ {"id": ');
      return;
    }
    const body = bodyBytes(reply);
    if (reply.fault === 'truncate') {
      res.writeHead(200, { ...headers, 'content-length': String(body.length + 100) });
      res.write(body.subarray(0, Math.floor(body.length / 2)));
      setImmediate(() => res.destroy());
      return;
    }
    res.writeHead(reply.status ?? 200, { ...headers, 'content-length': String(body.length) }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    route(path, replies) {
      routes.set(path, { replies: typeof replies === 'function' ? replies : Array.isArray(replies) ? replies : [replies], served: 0 });
    },
    count(path) {
      return calls.filter((c) => c.path === path).length;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
