/**
 * The deploy CLI end to end, as the workflow runs it: separate `node jobs/deploy/cli.ts` processes
 * against loopback fakes for Horizon, the pinning providers and the gateway. Checks exit codes,
 * stdout data, and that no secret reaches stdout or stderr.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Keypair, Networks, TransactionBuilder, type Transaction } from '@stellar/stellar-sdk';
import { EXIT_REFUSED, EXIT_REMOTE, EXIT_USAGE } from './cli-error.ts';
import { startFakeHorizon, type FakeHorizon } from './test-support/fake-horizon.ts';
import { startFakeIpfs, type FakeIpfs } from './test-support/fake-ipfs.ts';
import { makeAtlas } from './test-support/make-atlas.ts';

const CLI = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cli.ts');
const publisher = Keypair.fromRawEd25519Seed(Buffer.alloc(32, 5));
const SECRETS = { PG_ATLAS_XLM_SECRET: publisher.secret(), PG_ATLAS_PINATA_JWT: 'pinata-jwt-0123456789', PG_ATLAS_PSA_TOKEN: 'psa-token-9876543210' };

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let work: string;
let horizon: FakeHorizon;
let ipfs: FakeIpfs;
let baseEnv: Record<string, string>;

/** Runs the CLI asynchronously (the fakes live in this process's event loop). */
function cli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH ?? '', ...baseEnv, ...env }, cwd: work }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      for (const secret of Object.values(SECRETS)) {
        expect(stdout).not.toContain(secret);
        expect(stderr).not.toContain(secret);
      }
      resolve({ code, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'pg-atlas-cli-'));
  horizon = await startFakeHorizon({ networkPassphrase: Networks.TESTNET });
  horizon.accounts.set(publisher.publicKey(), { sequence: 77n, data: {} });
  ipfs = await startFakeIpfs({ pinataJwt: SECRETS.PG_ATLAS_PINATA_JWT, psaToken: SECRETS.PG_ATLAS_PSA_TOKEN });
  ipfs.psaQueuedPolls = 0;
  baseEnv = {
    ...SECRETS,
    PG_ATLAS_PINATA_UPLOAD_URL: `${ipfs.url}/pinata/v3/files`,
    PG_ATLAS_PINATA_API_URL: `${ipfs.url}/pinata-api`,
    PG_ATLAS_PSA_ENDPOINT: `${ipfs.url}/psa`,
    PG_ATLAS_IPFS_GATEWAY: ipfs.url,
  };
  await mkdir(path.join(work, 'dist/projects/a'), { recursive: true });
  await writeFile(path.join(work, 'dist/index.html'), '<!doctype html><title>PG Atlas</title>');
  await writeFile(path.join(work, 'dist/projects/a/index.html'), '<h1>a</h1>');
  makeAtlas(path.join(work, 'atlas.sqlite'), { asOf: '2026-12-01', projects: 640, repos: 2650, edges: 9000 });
  makeAtlas(path.join(work, 'previous.sqlite'), { asOf: '2026-11-30', projects: 630, repos: 2600, edges: 8900 });
  makeAtlas(path.join(work, 'shrunk.sqlite'), { asOf: '2026-12-01', projects: 300, repos: 2650, edges: 9000 });
});

afterAll(async () => {
  await Promise.all([horizon.close(), ipfs.close()]);
  await rm(work, { recursive: true, force: true });
});

describe('deploy CLI end to end', () => {
  it('prints help and rejects unknown commands', async () => {
    expect((await cli(['--help'])).stdout).toMatch(/xlm-sh .*app\.xlm_sh\.ipfs/);
    expect((await cli(['nope'])).code).toBe(EXIT_USAGE);
  });

  it('health → gate → pack → pin → verify → xlm-sh → record → rollback --print → unpack', async () => {
    const summary = path.join(work, 'summary.md');
    const env = { GITHUB_STEP_SUMMARY: summary };

    const health = await cli(['health', '--atlas', 'atlas.sqlite', '--dist', 'dist', '--built-at', '2026-12-01T04:30:00Z', '--git-revision', 'abcdef1'], env);
    expect(health.code).toBe(0);
    const doc = JSON.parse(await readFile(path.join(work, 'dist/health.json'), 'utf8'));
    expect(doc).toMatchObject({ built_at: '2026-12-01T04:30:00Z', git_revision: 'abcdef1', snapshot_as_of: '2026-12-01', counts: { projects: 640 } });
    expect(JSON.parse(health.stderr.trim().split('\n').at(-1)!)).toMatchObject({ level: 'info', event: 'health.written' });

    expect((await cli(['gate', '--atlas', 'atlas.sqlite', '--previous', 'previous.sqlite'], env)).code).toBe(0);
    const refused = await cli(['gate', '--atlas', 'shrunk.sqlite', '--previous', 'previous.sqlite'], env);
    expect(refused.code).toBe(EXIT_REFUSED);
    expect(refused.stdout).toMatch(/\| projects \| 630 \| 300 \|.*dropped too much/);
    expect((await cli(['gate', '--atlas', 'shrunk.sqlite', '--previous', 'previous.sqlite', '--force'], env)).code).toBe(0);
    expect((await cli(['gate', '--atlas', 'atlas.sqlite', '--previous', 'missing/health.json'], env)).code).toBe(0);

    const pack = await cli(['pack', '--dist', 'dist', '--out', 'site.car'], env);
    expect(pack.code).toBe(0);
    const cid = pack.stdout.trim();
    expect(cid).toMatch(/^bafy/);
    expect((await cli(['pack', '--dist', 'dist', '--out', 'again.car'])).stdout.trim()).toBe(cid);

    const badPin = await cli(['pin', '--car', 'site.car'], { PG_ATLAS_PINATA_JWT: 'wrong', PG_ATLAS_PSA_TOKEN: 'wrong-too' });
    expect(badPin.code).toBe(EXIT_REMOTE);
    const onlyOne = await cli(['pin', '--car', 'site.car'], { PG_ATLAS_PSA_ENDPOINT: '' });
    expect(onlyOne.code).toBe(EXIT_USAGE);
    expect(onlyOne.stderr).toContain('PG_ATLAS_PSA_ENDPOINT');
    const pin = await cli(['pin', '--car', 'site.car'], env);
    expect(pin.code).toBe(0);
    expect([...ipfs.pins.get(cid)!].sort()).toEqual(['pinata', 'psa']);

    expect((await cli(['verify', '--cid', cid, '--dist', 'dist'], env)).code).toBe(0);

    const unsigned = await cli(['xlm-sh', '--cid', cid, '--unsigned', '--account', publisher.publicKey(), '--horizon-url', horizon.url]);
    expect(unsigned.code).toBe(0);
    const tx = TransactionBuilder.fromXDR(unsigned.stdout.trim(), Networks.TESTNET) as Transaction;
    expect(tx.signatures).toHaveLength(0);
    expect(horizon.submitted).toHaveLength(0);
    const tooLong = await cli(['xlm-sh', '--value', 'x'.repeat(65), '--horizon-url', horizon.url]);
    expect(tooLong.code).toBe(EXIT_USAGE);
    const publish = await cli(['xlm-sh', '--cid', cid, '--network', 'testnet', '--horizon-url', horizon.url], env);
    expect(publish.code).toBe(0);
    expect(Buffer.from(horizon.accounts.get(publisher.publicKey())!.data['app.xlm_sh.ipfs'], 'base64').toString()).toBe(cid);

    const recorded = await cli(
      ['record', '--ledger', 'deploys.jsonl', '--atlas', 'atlas.sqlite', '--cid', cid, '--targets', 'pages,ipfs,xlm-sh', '--git-revision', 'abcdef1', '--run-id', '42', '--deployed-at', '2026-12-01T04:40:00Z'],
      env,
    );
    expect(recorded.code).toBe(0);
    const printed = await cli(['rollback', '--ledger', 'deploys.jsonl', '--to', 'latest', '--print']);
    expect(JSON.parse(printed.stdout)).toMatchObject({ cid, run_id: '42', snapshot_as_of: '2026-12-01', counts: { projects: 640, repos: 2650, edges: 9000 } });
    expect((await cli(['rollback', '--ledger', 'deploys.jsonl', '--to', 'previous', '--print'])).code).toBe(EXIT_USAGE);

    const unpacked = await cli(['unpack', '--cid', cid, '--out', 'restored']);
    expect(unpacked.code).toBe(0);
    expect((await readdir(path.join(work, 'restored'), { recursive: true })).sort()).toEqual(['health.json', 'index.html', 'projects', 'projects/a', 'projects/a/index.html']);
    expect(await readFile(path.join(work, 'restored/health.json'), 'utf8')).toBe(await readFile(path.join(work, 'dist/health.json'), 'utf8'));

    const summaryText = await readFile(summary, 'utf8');
    expect(summaryText).toContain('### Sanity gate: REFUSED');
    expect(summaryText).toContain(`Root CID: \`${cid}\``);
    expect(summaryText).toContain('### xlm.sh');
  }, 240_000);
});
