import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Keypair, Networks, TransactionBuilder, type Transaction } from '@stellar/stellar-sdk';
import { startFakeHorizon, type FakeHorizon } from '../test-support/fake-horizon.ts';
import { createMemoryLog } from '../log.ts';
import { CliError, EXIT_REFUSED, EXIT_REMOTE, EXIT_USAGE } from '../cli-error.ts';
import { prepareUnsignedDataEntry, publishDataEntry } from './publish.ts';
import { MAX_DATA_VALUE_BYTES, XLM_SH_IPFS_KEY, XLM_SH_IPNS_KEY } from './data-entry.ts';

const CID = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi';
const publisher = Keypair.fromRawEd25519Seed(Buffer.alloc(32, 7));

let horizon: FakeHorizon;
beforeEach(async () => {
  horizon = await startFakeHorizon({ networkPassphrase: Networks.TESTNET });
  horizon.accounts.set(publisher.publicKey(), { sequence: 4242n, data: {} });
});
afterEach(async () => horizon.close());

function target(value = CID, key = XLM_SH_IPFS_KEY) {
  return { network: 'testnet' as const, horizonUrl: horizon.url, key, value };
}

describe('publishDataEntry against a loopback Horizon', () => {
  it('submits one manageData op with key, value, source, sequence and a testnet signature, then reads it back', async () => {
    const { log, entries } = createMemoryLog();
    const result = await publishDataEntry(target(), publisher.secret(), log);

    expect(horizon.submitted).toHaveLength(1);
    const tx = horizon.submitted[0];
    expect(tx.source).toBe(publisher.publicKey());
    expect(tx.sequence).toBe('4243');
    expect(tx.networkPassphrase).toBe(Networks.TESTNET);
    expect(tx.operations).toHaveLength(1);
    const op = tx.operations[0];
    expect(op.type).toBe('manageData');
    if (op.type !== 'manageData') throw new Error('unreachable');
    expect(op.name).toBe(XLM_SH_IPFS_KEY);
    expect(Buffer.from(op.value!).toString('utf8')).toBe(CID);
    // the signature is over the testnet hash, and not over the public network's
    const publicHash = (TransactionBuilder.fromXDR(tx.toXDR(), Networks.PUBLIC) as Transaction).hash();
    expect(publisher.verify(tx.hash(), tx.signatures[0].signature)).toBe(true);
    expect(publisher.verify(publicHash, tx.signatures[0].signature)).toBe(false);

    expect(result.transactionHash).toBe(Buffer.from(tx.hash()).toString('hex'));
    expect(horizon.accounts.get(publisher.publicKey())!.data[XLM_SH_IPFS_KEY]).toBe(Buffer.from(CID).toString('base64'));
    expect(entries.map((e) => e.event)).toEqual(['xlm_sh.submitted', 'xlm_sh.verified']);
    expect(JSON.stringify(entries)).not.toContain(publisher.secret());
  });

  it('does not submit when the entry already holds the value', async () => {
    horizon.accounts.get(publisher.publicKey())!.data[XLM_SH_IPFS_KEY] = Buffer.from(CID).toString('base64');
    const result = await publishDataEntry(target(), publisher.secret(), createMemoryLog().log);
    expect(result.transactionHash).toBeNull();
    expect(horizon.submitted).toHaveLength(0);
  });

  it('publishes the DNSLink alternative under app.xlm_sh.ipns', async () => {
    await publishDataEntry(target('/ipns/atlas.example.org', XLM_SH_IPNS_KEY), publisher.secret(), createMemoryLog().log);
    expect(horizon.accounts.get(publisher.publicKey())!.data[XLM_SH_IPNS_KEY]).toBe(Buffer.from('/ipns/atlas.example.org').toString('base64'));
  });

  it('a transaction signed for the wrong network is rejected with tx_bad_auth', async () => {
    const wrong = await startFakeHorizon({ networkPassphrase: Networks.PUBLIC });
    wrong.accounts.set(publisher.publicKey(), { sequence: 1n, data: {} });
    try {
      const error = await publishDataEntry({ ...target(), horizonUrl: wrong.url }, publisher.secret(), createMemoryLog().log).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CliError);
      expect((error as CliError).exitCode).toBe(EXIT_REMOTE);
      expect((error as CliError).message).toContain('tx_bad_auth');
    } finally {
      await wrong.close();
    }
  });

  it('refuses a bad secret without echoing it and without calling Horizon', async () => {
    const bad = 'SNOTAREALSECRETBUTLOOKSLIKEONE';
    const error = await publishDataEntry(target(), bad, createMemoryLog().log).catch((e: unknown) => e);
    expect((error as CliError).exitCode).toBe(EXIT_USAGE);
    expect((error as CliError).message).toContain('PG_ATLAS_XLM_SECRET');
    expect((error as CliError).message).not.toContain(bad);
    expect(horizon.submitted).toHaveLength(0);
    const missing = await publishDataEntry(target(), undefined, createMemoryLog().log).catch((e: unknown) => e);
    expect((missing as CliError).message).toMatch(/not set/);
  });

  it('reports Horizon result codes when submission fails', async () => {
    horizon.failNextSubmit = { status: 400, resultCodes: { transaction: 'tx_insufficient_fee' } };
    const error = await publishDataEntry(target(), publisher.secret(), createMemoryLog().log).catch((e: unknown) => e);
    expect((error as CliError).exitCode).toBe(EXIT_REMOTE);
    expect((error as CliError).message).toContain('tx_insufficient_fee');
    expect((error as CliError).message).not.toContain(publisher.secret());
  });

  it('fails with EXIT_REFUSED when the entry read back differs', async () => {
    horizon.dropWrites = true;
    const error = await publishDataEntry(target(), publisher.secret(), createMemoryLog().log).catch((e: unknown) => e);
    expect((error as CliError).exitCode).toBe(EXIT_REFUSED);
    expect((error as CliError).message).toMatch(/read-back mismatch.*no entry/);
  });

  it('refuses values over 64 bytes and unknown keys', async () => {
    const long = 'b'.repeat(MAX_DATA_VALUE_BYTES + 1);
    await expect(publishDataEntry(target(long), publisher.secret(), createMemoryLog().log)).rejects.toThrow(/65 bytes/);
    await expect(publishDataEntry(target('b'.repeat(MAX_DATA_VALUE_BYTES)), publisher.secret(), createMemoryLog().log)).resolves.toMatchObject({ value: 'b'.repeat(64) });
    await expect(publishDataEntry(target(CID, 'app.other'), publisher.secret(), createMemoryLog().log)).rejects.toThrow(/--key/);
  });
});

describe('prepareUnsignedDataEntry', () => {
  it('returns an unsigned envelope a wallet can sign and Horizon then accepts', async () => {
    const unsigned = await prepareUnsignedDataEntry(target(), publisher.publicKey());
    const tx = TransactionBuilder.fromXDR(unsigned.xdr, Networks.TESTNET) as Transaction;
    expect(tx.signatures).toHaveLength(0);
    expect(tx.source).toBe(publisher.publicKey());
    expect(tx.sequence).toBe('4243');
    // the wallet step: sign the envelope and submit it ourselves
    tx.sign(publisher);
    const response = await fetch(`${horizon.url}/transactions`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `tx=${encodeURIComponent(tx.toXDR())}`,
    });
    expect(response.status).toBe(200);
    expect(horizon.accounts.get(publisher.publicKey())!.data[XLM_SH_IPFS_KEY]).toBe(Buffer.from(CID).toString('base64'));
  });

  it('rejects an account id that is not a public key', async () => {
    await expect(prepareUnsignedDataEntry(target(), 'not-a-key')).rejects.toThrow(/public key/);
  });
});
