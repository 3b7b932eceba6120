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
import { commandHelp, helpText, main } from './cli.ts';
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

/** The same `main`, in this process, with its help and failure output captured. */
async function inProcess(args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
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
    const [help, nope] = await Promise.all([cli(['--help']), cli(['nope'])]);
    expect(help.stdout).toMatch(/xlm-sh .*app\.xlm_sh\.ipfs/);
    expect(help.stdout).toMatch(/Exit codes:/);
    expect(nope.code).toBe(EXIT_USAGE);
  });

  it('prints every command’s own help, naming each option its parser accepts', async () => {
    const commands = [...helpText().matchAll(/^ {2}([a-z-]+) {2}/gm)].map((m) => m[1]);
    expect(commands).toHaveLength(9);
    // One real process proves the wiring; the rest run in this process (main is the same code).
    const spawned = await cli(['pack', '--help']);
    expect(spawned).toMatchObject({ code: 0, stdout: commandHelp('pack') });
    for (const name of commands) {
      const run = await inProcess([name, '--help']);
      expect(run.code, name).toBe(0);
      expect(run.stdout).toBe(commandHelp(name));
      // Each option the command's parseArgs declares appears in its help.
      const source = await readFile(path.join(path.dirname(CLI), 'commands', `${name}.ts`), 'utf8');
      const declared = [...source.matchAll(/'?([a-z-]+)'?: \{ type: '(?:string|boolean)'/g)].map((m) => m[1]);
      expect(declared.length, name).toBeGreaterThan(0);
      for (const option of declared) expect(run.stdout, `${name} --${option}`).toContain(`--${option}`);
    }
  });

  it('reports bad options and missing or unusable input files as usage errors, without a stack trace', async () => {
    await writeFile(path.join(work, 'not-a-car.car'), 'hello');
    const at = (file: string) => path.join(work, file);
    const cases: Array<[string[], RegExp]> = [
      [['pack', '--bogus'], /Unknown option '--bogus'.*usage: npm run deploy -- pack/],
      [['pack', '--dist', at('no-such-dist'), '--out', at('x.car')], /no-such-dist: no such file or folder/],
      [['gate', '--atlas', at('no-such.sqlite')], /no-such\.sqlite: no such file or folder/],
      [['gate', '--atlas', at('atlas.sqlite'), '--previous', at('not-a-car.car')], /neither an SQLite file nor JSON/],
      [['health', '--atlas', at('not-a-car.car')], /not a readable SQLite atlas/],
      [['pin', '--car', at('not-a-car.car')], /not-a-car\.car is not a usable CAR/],
      [['unpack', '--car', at('no-such.car'), '--out', at('u')], /no-such\.car: no such file or folder/],
    ];
    const runs = [await cli(cases[0][0])];
    for (const [args] of cases.slice(1)) runs.push(await inProcess(args));
    for (const [i, run] of runs.entries()) {
      expect(run.code, cases[i][0].join(' ')).toBe(EXIT_USAGE);
      const entry = JSON.parse(run.stderr.trim().split('\n').at(-1)!);
      expect(entry).toMatchObject({ level: 'error', event: 'deploy.failed' });
      expect(entry.message).toMatch(cases[i][1]);
      expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    }
  });

  it('health → gate → pack → pin → verify → xlm-sh → record → rollback --print → unpack', async () => {
    const summary = path.join(work, 'summary.md');
    const env = { GITHUB_STEP_SUMMARY: summary };

    const health = await cli(['health', '--atlas', 'atlas.sqlite', '--dist', 'dist', '--built-at', '2026-12-01T04:30:00Z', '--git-revision', 'abcdef1'], env);
    expect(health.code).toBe(0);
    const doc = JSON.parse(await readFile(path.join(work, 'dist/health.json'), 'utf8'));
    expect(doc).toMatchObject({ built_at: '2026-12-01T04:30:00Z', git_revision: 'abcdef1', snapshot_as_of: '2026-12-01', counts: { projects: 640 } });
    expect(JSON.parse(health.stderr.trim().split('\n').at(-1)!)).toMatchObject({ level: 'info', event: 'health.written' });

    // Independent steps run side by side (each is its own process), as separate workflow steps would.
    const [passed, refused, forced, first, pack, again] = await Promise.all([
      cli(['gate', '--atlas', 'atlas.sqlite', '--previous', 'previous.sqlite']),
      cli(['gate', '--atlas', 'shrunk.sqlite', '--previous', 'previous.sqlite'], env),
      cli(['gate', '--atlas', 'shrunk.sqlite', '--previous', 'previous.sqlite', '--force']),
      cli(['gate', '--atlas', 'atlas.sqlite', '--previous', 'missing/health.json']),
      cli(['pack', '--dist', 'dist', '--out', 'site.car'], { GITHUB_STEP_SUMMARY: path.join(work, 'summary-pack.md') }),
      cli(['pack', '--dist', 'dist', '--out', 'again.car']),
    ]);
    expect([passed.code, forced.code, first.code]).toEqual([0, 0, 0]);
    expect(refused.code).toBe(EXIT_REFUSED);
    expect(refused.stdout).toMatch(/\| projects \| 630 \| 300 \|.*dropped too much/);
    expect(forced.stdout).toContain('FORCED');
    expect(pack.code).toBe(0);
    const cid = pack.stdout.trim();
    expect(cid).toMatch(/^bafy/);
    expect(again.stdout.trim()).toBe(cid);
    expect(await readFile(path.join(work, 'again.car'))).toEqual(await readFile(path.join(work, 'site.car')));

    const [badPin, onlyOne] = await Promise.all([
      cli(['pin', '--car', 'site.car'], { PG_ATLAS_PINATA_JWT: 'wrong', PG_ATLAS_PSA_TOKEN: 'wrong-too' }),
      cli(['pin', '--car', 'site.car'], { PG_ATLAS_PSA_ENDPOINT: '' }),
    ]);
    expect(badPin.code).toBe(EXIT_REMOTE);
    expect(onlyOne.code).toBe(EXIT_USAGE);
    expect(onlyOne.stderr).toContain('PG_ATLAS_PSA_ENDPOINT');
    const pin = await cli(['pin', '--car', 'site.car'], env);
    expect(pin.code).toBe(0);
    expect([...ipfs.pins.get(cid)!].sort()).toEqual(['pinata', 'psa']);

    expect((await cli(['verify', '--cid', cid, '--dist', 'dist'], env)).code).toBe(0);

    const [unsigned, tooLong] = await Promise.all([
      cli(['xlm-sh', '--cid', cid, '--unsigned', '--account', publisher.publicKey(), '--horizon-url', horizon.url]),
      cli(['xlm-sh', '--value', 'x'.repeat(65), '--horizon-url', horizon.url]),
    ]);
    expect(unsigned.code).toBe(0);
    const tx = TransactionBuilder.fromXDR(unsigned.stdout.trim(), Networks.TESTNET) as Transaction;
    expect(tx.signatures).toHaveLength(0);
    expect(horizon.submitted).toHaveLength(0);
    expect(tooLong.code).toBe(EXIT_USAGE);
    expect(tooLong.stderr).toMatch(/65 bytes/);
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
    expect(await readFile(path.join(work, 'summary-pack.md'), 'utf8')).toContain(`Root CID: \`${cid}\``);
    expect(summaryText).toContain('### xlm.sh');
  }, 240_000);
});
