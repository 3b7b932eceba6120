import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Keypair, Networks } from '@stellar/stellar-sdk';
import { createMemoryLog } from '../log.ts';
import { packDirectory } from '../ipfs/pack.ts';
import { pinEverywhere } from '../ipfs/pin-all.ts';
import { providersFromEnv } from '../ipfs/providers.ts';
import { listenOnLoopback, type RunningServer } from '../test-support/listen.ts';
import { startFakeHorizon, type FakeHorizon } from '../test-support/fake-horizon.ts';
import { startFakeIpfs, type FakeIpfs } from '../test-support/fake-ipfs.ts';
import { XLM_SH_IPFS_KEY } from '../xlm-sh/data-entry.ts';
import { appendRecord, parseLedger, readLedger, selectRecord, type DeployRecord } from './ledger.ts';
import { rollback } from './rollback.ts';

function record(n: number, cid: string): DeployRecord {
  return {
    deployed_at: `2026-11-${String(n).padStart(2, '0')}T04:40:00.000Z`,
    git_revision: `${n}`.repeat(7).slice(0, 7).replace(/[^0-9a-f]/g, 'a'),
    snapshot_as_of: `2026-11-${String(n).padStart(2, '0')}`,
    atlas_sha256: String(n % 10).repeat(64),
    cid,
    targets: ['pages', 'ipfs', 'xlm-sh'],
    run_id: String(1000 + n),
    counts: { projects: 600 + n, repos: 2600, edges: 9000 },
  };
}

let work: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'pg-atlas-records-'));
});
afterEach(async () => rm(work, { recursive: true, force: true }));

describe('deploy ledger', () => {
  it('appends JSON lines and reads them back in order; a missing ledger is empty', async () => {
    const ledger = path.join(work, 'deploys.jsonl');
    expect(await readLedger(ledger)).toEqual({ records: [], warnings: [] });
    await appendRecord(ledger, record(1, 'bafy-one'));
    await appendRecord(ledger, record(2, 'bafy-two'));
    const text = await readFile(ledger, 'utf8');
    expect(text.trim().split('\n')).toHaveLength(2);
    expect((await readLedger(ledger)).records.map((r) => r.cid)).toEqual(['bafy-one', 'bafy-two']);
  });

  it('refuses to append an invalid record and skips bad lines with file, line and field', async () => {
    const ledger = path.join(work, 'deploys.jsonl');
    await expect(appendRecord(ledger, { ...record(1, 'x'), atlas_sha256: 'nothex' })).rejects.toThrow();
    const text = [JSON.stringify(record(1, 'bafy-one')), '{oops', JSON.stringify({ ...record(2, 'bafy-two'), git_revision: 'ZZZ' })].join('\n');
    const { records, warnings } = parseLedger(text, 'deploys.jsonl');
    expect(records.map((r) => r.cid)).toEqual(['bafy-one']);
    expect(warnings).toEqual([
      { file: 'deploys.jsonl', line: 2, field: '(line)', message: 'not JSON' },
      expect.objectContaining({ file: 'deploys.jsonl', line: 3, field: 'git_revision' }),
    ]);
  });

  it('selects by previous, latest, negative index and prefixes', () => {
    const records = [record(1, 'bafyaaa1'), record(2, 'bafybbb2'), record(3, 'bafyccc3')];
    expect(selectRecord(records, 'latest').cid).toBe('bafyccc3');
    expect(selectRecord(records, 'previous').cid).toBe('bafybbb2');
    expect(selectRecord(records, '-3').cid).toBe('bafyaaa1');
    expect(selectRecord(records, 'bafybbb').cid).toBe('bafybbb2');
    expect(selectRecord(records, '2026-11-01').cid).toBe('bafyaaa1');
    expect(() => selectRecord(records, '-4')).toThrow(/has 3 record/);
    expect(() => selectRecord(records, 'bafy')).toThrow(/matches 3 different builds/);
    expect(() => selectRecord(records, 'nothing')).toThrow(/no deploy record/);
  });
});

describe('rollback against loopback fakes', () => {
  let ipfs: FakeIpfs;
  let horizon: FakeHorizon;
  let github: RunningServer;
  const dispatches: Array<{ path: string; auth: string | undefined; body: unknown }> = [];
  const publisher = Keypair.fromRawEd25519Seed(Buffer.alloc(32, 9));

  beforeEach(async () => {
    dispatches.length = 0;
    ipfs = await startFakeIpfs({ pinataJwt: 'jwt', psaToken: 'tok' });
    horizon = await startFakeHorizon({ networkPassphrase: Networks.TESTNET });
    horizon.accounts.set(publisher.publicKey(), { sequence: 10n, data: {} });
    github = await listenOnLoopback((request, body, response) => {
      dispatches.push({ path: request.url ?? '', auth: request.headers.authorization, body: JSON.parse(body.toString('utf8')) });
      response.writeHead(request.headers.authorization === 'Bearer gh-token' ? 204 : 401);
      response.end();
    });
  });
  afterEach(async () => {
    await Promise.all([ipfs.close(), horizon.close(), github.close()]);
  });

  it('re-pins the old CID, verifies it, points xlm.sh back at it and dispatches the Pages rollback', async () => {
    const providers = providersFromEnv({
      PG_ATLAS_PINATA_JWT: 'jwt',
      PG_ATLAS_PINATA_UPLOAD_URL: `${ipfs.url}/pinata/v3/files`,
      PG_ATLAS_PINATA_API_URL: `${ipfs.url}/pinata-api`,
      PG_ATLAS_PSA_ENDPOINT: `${ipfs.url}/psa`,
      PG_ATLAS_PSA_TOKEN: 'tok',
    }).providers;
    const effects = { fetch: globalThis.fetch, sleep: async () => {}, log: createMemoryLog().log };
    // two builds were deployed; the second is bad
    const builds: string[] = [];
    for (const body of ['<h1>good</h1>', '<h1>bad</h1>']) {
      const dir = path.join(work, `dist-${builds.length}`);
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, 'index.html'), body);
      const packed = await packDirectory(dir);
      await pinEverywhere(providers, { kind: 'car', car: packed.car, root: packed.root }, 'build', effects);
      builds.push(packed.root);
    }
    horizon.accounts.get(publisher.publicKey())!.data[XLM_SH_IPFS_KEY] = Buffer.from(builds[1]).toString('base64');
    ipfs.pins.clear();

    const target = selectRecord([record(1, builds[0]), record(2, builds[1])], 'previous');
    const result = await rollback(
      {
        record: target,
        pin: { providers, gatewayUrl: ipfs.url },
        xlmSh: { network: 'testnet', horizonUrl: horizon.url, secret: publisher.secret() },
        pages: { apiUrl: github.url, repository: 'scf/pg-atlas', ref: 'main', token: 'gh-token' },
      },
      effects,
    );
    expect(result.cid).toBe(builds[0]);
    expect([...ipfs.pins.get(builds[0])!].sort()).toEqual(['pinata', 'psa']);
    expect(Buffer.from(horizon.accounts.get(publisher.publicKey())!.data[XLM_SH_IPFS_KEY], 'base64').toString()).toBe(builds[0]);
    expect(dispatches).toEqual([
      { path: '/repos/scf/pg-atlas/actions/workflows/rebuild.yml/dispatches', auth: 'Bearer gh-token', body: { ref: 'main', inputs: { 'rollback-to': builds[0] } } },
    ]);
  });

  it('stops before touching xlm.sh when re-pinning fails', async () => {
    const providers = providersFromEnv({ PG_ATLAS_PSA_ENDPOINT: `${ipfs.url}/psa`, PG_ATLAS_PSA_TOKEN: 'wrong' }).providers;
    const effects = { fetch: globalThis.fetch, sleep: async () => {}, log: createMemoryLog().log };
    await expect(
      rollback({ record: record(1, 'bafyold'), pin: { providers }, xlmSh: { network: 'testnet', horizonUrl: horizon.url, secret: publisher.secret() } }, effects),
    ).rejects.toThrow(/re-pinning bafyold failed on psa/);
    expect(horizon.submitted).toHaveLength(0);
  });
});
