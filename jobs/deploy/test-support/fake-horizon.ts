/**
 * A loopback Horizon for xlm.sh tests: GET /accounts/:id and POST /transactions, the two endpoints
 * the publisher uses. It decodes each submitted envelope with the SDK and enforces what real Horizon
 * and stellar-core would: known source account, sequence = account sequence + 1, a valid signature
 * over the transaction hash of *its* network passphrase, manageData operations only (this fake's
 * scope). Failure switches let tests drive the error paths.
 */
import { Keypair, TransactionBuilder, type Transaction } from '@stellar/stellar-sdk';
import { listenOnLoopback, sendJson, type RunningServer } from './listen.ts';

export interface FakeAccount {
  sequence: bigint;
  /** data entries as Horizon shows them: base64 values */
  data: Record<string, string>;
}

export interface FakeHorizonOptions {
  networkPassphrase: string;
}

export interface FakeHorizon extends RunningServer {
  accounts: Map<string, FakeAccount>;
  /** Every envelope POSTed, decoded, whether accepted or not. */
  submitted: Transaction[];
  /** When set, the next submission is answered with this status and these result codes. */
  failNextSubmit: { status: number; resultCodes: Record<string, unknown> } | null;
  /** When true, submissions succeed but data entries are not stored (read-back mismatch). */
  dropWrites: boolean;
}

function txFailed(resultCodes: Record<string, unknown>) {
  return {
    type: 'https://stellar.org/horizon-errors/transaction_failed',
    title: 'Transaction Failed',
    status: 400,
    detail: 'The transaction failed when submitted to the stellar network.',
    extras: { result_codes: resultCodes },
  };
}

export async function startFakeHorizon(options: FakeHorizonOptions): Promise<FakeHorizon> {
  const state = {
    accounts: new Map<string, FakeAccount>(),
    submitted: [] as Transaction[],
    failNextSubmit: null as FakeHorizon['failNextSubmit'],
    dropWrites: false,
  };
  const server = await listenOnLoopback((request, body, response) => {
    const url = new URL(request.url ?? '/', 'http://fake');
    const accountMatch = /^\/accounts\/([A-Z0-9]{56})$/.exec(url.pathname);
    if (request.method === 'GET' && accountMatch) {
      const id = accountMatch[1];
      const account = state.accounts.get(id);
      if (!account) return sendJson(response, 404, { type: 'https://stellar.org/horizon-errors/not_found', title: 'Resource Missing', status: 404 });
      return sendJson(response, 200, {
        _links: {
          self: { href: `${url.origin}/accounts/${id}` },
          data: { href: `${url.origin}/accounts/${id}/data/{key}`, templated: true },
        },
        id,
        account_id: id,
        sequence: account.sequence.toString(),
        subentry_count: Object.keys(account.data).length,
        thresholds: { low_threshold: 0, med_threshold: 0, high_threshold: 0 },
        flags: { auth_required: false, auth_revocable: false, auth_immutable: false, auth_clawback_enabled: false },
        balances: [{ balance: '5.0000000', asset_type: 'native' }],
        signers: [{ weight: 1, key: id, type: 'ed25519_public_key' }],
        data: { ...account.data },
        paging_token: id,
      });
    }
    if (request.method === 'POST' && url.pathname === '/transactions') {
      const xdr = new URLSearchParams(body.toString('utf8')).get('tx');
      if (!xdr) return sendJson(response, 400, { title: 'Transaction Missing', status: 400 });
      const transaction = TransactionBuilder.fromXDR(xdr, options.networkPassphrase) as Transaction;
      state.submitted.push(transaction);
      if (state.failNextSubmit) {
        const failure = state.failNextSubmit;
        state.failNextSubmit = null;
        return sendJson(response, failure.status, txFailed(failure.resultCodes));
      }
      const account = state.accounts.get(transaction.source);
      if (!account) return sendJson(response, 400, txFailed({ transaction: 'tx_no_source_account' }));
      if (BigInt(transaction.sequence) !== account.sequence + 1n) return sendJson(response, 400, txFailed({ transaction: 'tx_bad_seq' }));
      const signer = Keypair.fromPublicKey(transaction.source);
      const hash = transaction.hash();
      const signed = transaction.signatures.some((decorated) => signer.verify(hash, decorated.signature));
      if (!signed) return sendJson(response, 400, txFailed({ transaction: 'tx_bad_auth' }));
      for (const operation of transaction.operations) {
        if (operation.type !== 'manageData') return sendJson(response, 400, txFailed({ transaction: 'tx_failed', operations: ['op_not_supported'] }));
      }
      account.sequence += 1n;
      if (!state.dropWrites) {
        for (const operation of transaction.operations) {
          if (operation.type !== 'manageData') continue;
          if (operation.value === undefined || operation.value === null) delete account.data[operation.name];
          else account.data[operation.name] = Buffer.from(operation.value).toString('base64');
        }
      }
      return sendJson(response, 200, { hash: Buffer.from(hash).toString('hex'), ledger: 1, successful: true, envelope_xdr: xdr });
    }
    sendJson(response, 404, { title: 'Resource Missing', status: 404 });
  });
  return Object.assign(state, server) as FakeHorizon;
}
