import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startFakeIpfs, type FakeIpfs } from '../test-support/fake-ipfs.ts';
import { createMemoryLog } from '../log.ts';
import { HttpError } from '../http/fetch-with-retry.ts';
import { packDirectory, HAMT_SHARD_THRESHOLD_BYTES } from './pack.ts';
import * as UnixFS from '@ipld/unixfs';
import { loadCarBlocks, readCarFiles } from './car-files.ts';
import { pinEverywhere } from './pin-all.ts';
import { providersFromEnv, type ProviderConfig } from './providers.ts';
import { verifyThroughGateway } from './verify-gateway.ts';

const INDEX = '<!doctype html><title>PG Atlas</title>';
let work: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'pg-atlas-ipfs-'));
});
afterEach(async () => rm(work, { recursive: true, force: true }));

/** Writes a small dist/ tree; `order` lets a test create the same files in another order. */
async function makeDist(name: string, files: Record<string, string | Uint8Array>, order: 'forward' | 'reverse' = 'forward'): Promise<string> {
  const dir = path.join(work, name);
  const entries = Object.entries(files);
  if (order === 'reverse') entries.reverse();
  for (const [rel, content] of entries) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), content);
  }
  return dir;
}

const SITE = {
  'index.html': INDEX,
  'projects/stellar-sdk/index.html': '<h1>stellar sdk</h1>',
  'data/atlas.sqlite': new Uint8Array(2_500_000).map((_, i) => (i * 31) % 251),
  '.well-known/health.json': '{"ok":true}',
};

describe('packDirectory', () => {
  it('gives the same CIDv1 for the same files whatever order they were written in, and another for other bytes', async () => {
    const a = await packDirectory(await makeDist('a', SITE));
    const b = await packDirectory(await makeDist('b', SITE, 'reverse'));
    const c = await packDirectory(await makeDist('c', { ...SITE, 'index.html': `${INDEX} ` }));
    expect(a.root).toMatch(/^bafybei[a-z2-7]{52}$/);
    expect(Buffer.byteLength(a.root)).toBeLessThanOrEqual(64);
    expect(b.root).toBe(a.root);
    expect(Buffer.compare(Buffer.from(a.car), Buffer.from(b.car))).toBe(0);
    expect(c.root).not.toBe(a.root);
    expect(a.fileCount).toBe(4);
  });

  it('round-trips through the CAR, hidden files and multi-block files included', async () => {
    const packed = await packDirectory(await makeDist('a', SITE));
    const back = await readCarFiles(packed.car);
    expect(back.root).toBe(packed.root);
    expect([...back.files.keys()].sort()).toEqual(Object.keys(SITE).sort());
    expect(Buffer.from(back.files.get('data/atlas.sqlite')!)).toEqual(Buffer.from(SITE['data/atlas.sqlite'] as Uint8Array));
    expect(Buffer.from(back.files.get('.well-known/health.json')!).toString()).toBe('{"ok":true}');
  });

  it('shards a directory over the size threshold and still reads back every entry', async () => {
    const files: Record<string, string> = { 'index.html': INDEX };
    // Long names (the file-system limit is 255 bytes) reach the threshold with ~900 files instead of ~4,000.
    const name = (i: number) => `repos/${'pkg-github-some-owner-repo-'.repeat(8)}${i}.html`;
    const entryBytes = Buffer.byteLength(name(0).slice('repos/'.length)) + 36; // name + CIDv1 sha2-256 raw leaf
    const count = Math.ceil(HAMT_SHARD_THRESHOLD_BYTES / entryBytes) + 10;
    for (let i = 0; i < count; i++) files[name(i)] = String(i);
    const packed = await packDirectory(await makeDist('big', files));
    const back = await readCarFiles(packed.car);
    expect(back.files.size).toBe(count + 1);
    expect(Buffer.from(back.files.get(name(count - 1))!).toString()).toBe(String(count - 1));
    // `repos/` really is a HAMT shard; the small root directory is not.
    const { root, blocks } = await loadCarBlocks(packed.car);
    const rootNode = UnixFS.decode(blocks.get(root.toString())!) as unknown as { type: number; entries: Array<{ name: string; cid: { toString(): string } }> };
    expect(rootNode.type).toBe(UnixFS.NodeType.Directory);
    const repos = rootNode.entries.find((e) => e.name === 'repos')!;
    expect((UnixFS.decode(blocks.get(repos.cid.toString())!) as { type: number }).type).toBe(UnixFS.NodeType.HAMTShard);
  }, 60_000);

  it('rejects a CAR whose block bytes were altered', async () => {
    const packed = await packDirectory(await makeDist('a', { 'index.html': INDEX }));
    const tampered = Buffer.from(packed.car);
    const at = tampered.indexOf(Buffer.from('PG Atlas'));
    tampered[at] = 'X'.charCodeAt(0);
    await expect(readCarFiles(new Uint8Array(tampered))).rejects.toThrow(/does not match its hash/);
  });
});

describe('pinning and gateway verification against loopback fakes', () => {
  let fake: FakeIpfs;
  let providers: ProviderConfig[];
  const sleeps: number[] = [];
  const effects = () => ({ fetch: globalThis.fetch, sleep: async (ms: number) => void sleeps.push(ms), log: createMemoryLog().log });

  beforeEach(async () => {
    sleeps.length = 0;
    fake = await startFakeIpfs({ pinataJwt: 'jwt-secret-1', psaToken: 'psa-secret-2' });
    providers = providersFromEnv({
      PG_ATLAS_PINATA_JWT: 'jwt-secret-1',
      PG_ATLAS_PINATA_UPLOAD_URL: `${fake.url}/pinata/v3/files`,
      PG_ATLAS_PINATA_API_URL: `${fake.url}/pinata-api`,
      PG_ATLAS_PSA_ENDPOINT: `${fake.url}/psa/`,
      PG_ATLAS_PSA_TOKEN: 'psa-secret-2',
    }).providers;
  });
  afterEach(async () => fake.close());

  it('uploads the CAR, pins on both providers and verifies index.html through the gateway', async () => {
    const dist = await makeDist('a', SITE);
    const packed = await packDirectory(dist);
    const report = await pinEverywhere(providers, { kind: 'car', car: packed.car, root: packed.root }, 'pg-atlas', effects());
    expect(report.failures).toEqual([]);
    expect(report.outcomes.map((o) => [o.provider, o.status])).toEqual([['pinata', 'pinned'], ['psa', 'pinned']]);
    expect([...fake.pins.get(packed.root)!].sort()).toEqual(['pinata', 'psa']);
    const checks = await verifyThroughGateway(fake.url, packed.root, effects(), { expectedIndexHtml: Buffer.from(INDEX) });
    expect(checks.map((c) => c.status)).toEqual([200, 200]);
  });

  it('retries a 500 with backoff, then succeeds', async () => {
    fake.failNext.set('pinata-upload', 2);
    fake.failNext.set('gateway', 1);
    const packed = await packDirectory(await makeDist('a', SITE));
    const report = await pinEverywhere(providers, { kind: 'car', car: packed.car, root: packed.root }, 'pg-atlas', effects());
    expect(report.failures).toEqual([]);
    expect(fake.requests.filter((r) => r.route === 'pinata-upload')).toHaveLength(3);
    await verifyThroughGateway(fake.url, packed.root, effects());
    expect(sleeps.slice(0, 2)).toEqual([1000, 2000]);
  });

  it('fails fast on a bad token and reports which provider failed', async () => {
    const badPinata = providers.map((p) => (p.kind === 'pinata' ? { ...p, jwt: 'wrong' } : p));
    const packed = await packDirectory(await makeDist('a', SITE));
    const report = await pinEverywhere(badPinata, { kind: 'car', car: packed.car, root: packed.root }, 'pg-atlas', effects());
    expect(report.failures.map((f) => f.provider)).toEqual(['pinata', 'psa']);
    expect(report.failures[0].error).toMatch(/HTTP 401/);
    // one attempt only: a 401 does not heal by waiting; PSA then fails because nobody has the blocks
    expect(fake.requests.filter((r) => r.route === 'pinata-upload')).toHaveLength(1);
    expect(report.failures[1].error).toMatch(/failed/);
  });

  it('re-pins an already published CID by CID (rollback path)', async () => {
    const packed = await packDirectory(await makeDist('a', SITE));
    await pinEverywhere(providers, { kind: 'car', car: packed.car, root: packed.root }, 'first', effects());
    fake.pins.clear();
    const report = await pinEverywhere(providers, { kind: 'cid', cid: packed.root }, 'rollback', effects());
    expect(report.failures).toEqual([]);
    expect([...fake.pins.get(packed.root)!].sort()).toEqual(['pinata', 'psa']);
  });

  it('gateway verification gives up after its attempts and names the path; a 4xx is not retried', async () => {
    const missing = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi';
    await expect(verifyThroughGateway(fake.url, missing, effects(), { maxAttempts: 3 })).rejects.toThrow(HttpError);
    expect(fake.requests.filter((r) => r.route === 'gateway')).toHaveLength(3);
    const packed = await packDirectory(await makeDist('a', SITE));
    await pinEverywhere(providers, { kind: 'car', car: packed.car, root: packed.root }, 'x', effects());
    await expect(verifyThroughGateway(fake.url, packed.root, effects(), { expectedIndexHtml: Buffer.from('other') })).rejects.toThrow(/differs/);
  });
});
