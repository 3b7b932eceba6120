/**
 * On-disk cache for conditional requests (DESIGN §4 "caches (ETag / If-None-Match where offered) so a
 * re-run costs little"; STYLE §2.14 visible, atomic caching). One entry per URL + Accept: a JSON
 * metadata file (validators) and the body bytes. Writes go to a temp file, then rename, so a crash
 * never leaves a half-written entry. Tokens are never part of the key or the stored metadata.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

export interface CacheEntry {
  url: string;
  etag: string | null;
  lastModified: string | null;
  contentType: string | null;
  body: Buffer;
}

interface StoredMeta {
  url: string;
  etag: string | null;
  lastModified: string | null;
  contentType: string | null;
}

let tempCounter = 0;

/** Writes `data` to `file` atomically (temp file in the same folder, then rename). */
export async function writeFileAtomic(file: string, data: string | Buffer): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  tempCounter += 1;
  const temp = `${file}.${process.pid}.${tempCounter}.tmp`;
  await fs.writeFile(temp, data);
  await fs.rename(temp, file);
}

export class HttpCache {
  readonly dir: string;
  constructor(dir: string) {
    this.dir = dir;
  }

  #paths(key: string): { meta: string; body: string } {
    const hash = createHash('sha256').update(key).digest('hex');
    const base = path.join(this.dir, hash.slice(0, 2), hash);
    return { meta: `${base}.json`, body: `${base}.body` };
  }

  static keyOf(url: string, accept: string): string {
    return `${accept} ${url}`;
  }

  async get(key: string): Promise<CacheEntry | null> {
    const paths = this.#paths(key);
    try {
      const meta = JSON.parse(await fs.readFile(paths.meta, 'utf8')) as StoredMeta;
      const body = await fs.readFile(paths.body);
      return { ...meta, body };
    } catch {
      return null; // absent or unreadable: a cache miss, the request goes out unconditionally
    }
  }

  async put(key: string, entry: CacheEntry): Promise<void> {
    const paths = this.#paths(key);
    const meta: StoredMeta = { url: entry.url, etag: entry.etag, lastModified: entry.lastModified, contentType: entry.contentType };
    // Body first: a metadata file only ever points at a complete body.
    await writeFileAtomic(paths.body, entry.body);
    await writeFileAtomic(paths.meta, JSON.stringify(meta));
  }
}
