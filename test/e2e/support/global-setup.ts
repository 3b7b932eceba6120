/**
 * Playwright global setup: serves dist/ (env PG_ATLAS_DIST, default dist/) on 127.0.0.1 at a random
 * port, at `/` and under a random IPFS-like prefix, and hands both to the tests through env.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { startStaticServer } from './static-server.ts';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const distDir = path.resolve(process.env.PG_ATLAS_DIST ?? 'dist');
  if (!existsSync(path.join(distDir, 'index.html'))) throw new Error(`e2e: no built site in ${distDir} (run astro build first)`);
  // A random CIDv1-looking segment: base32 lower-case, as path gateways show it.
  const cid = `bafy${randomBytes(20).toString('hex').replace(/[0189]/g, 'a')}`;
  const server = await startStaticServer(distDir, `/ipfs/${cid}/`);
  process.env.PG_ATLAS_E2E_ORIGIN = server.origin;
  process.env.PG_ATLAS_E2E_PREFIX = server.prefix;
  return () => server.close();
}
