/**
 * Publishes a CID to xlm.sh (DESIGN §8): load the publisher account from Horizon, build the
 * `manageData` transaction, sign it with the secret from the environment, submit it, then read the
 * entry back and compare. The secret never leaves this module: it is not logged and error messages
 * never include it. `prepareUnsignedDataEntry` is the wallet path: it needs only the public key.
 */
import { Horizon, Keypair, NetworkError } from '@stellar/stellar-sdk';
import { CliError, EXIT_REFUSED, EXIT_REMOTE, EXIT_USAGE } from '../cli-error.ts';
import type { Log } from '../log.ts';
import { buildManageDataTransaction, SIGNED_TX_TIMEOUT_S, UNSIGNED_TX_TIMEOUT_S } from './build-transaction.ts';
import { dataValueProblem, decodeDataAttr, isXlmShKey } from './data-entry.ts';
import { isLoopbackUrl, NETWORKS, type StellarNetwork } from './networks.ts';

/** Environment variable holding the publisher's secret seed (S…), set only in the protected environment. */
export const SECRET_ENV = 'PG_ATLAS_XLM_SECRET';

export interface DataEntryTarget {
  network: StellarNetwork;
  /** Overrides the network's public Horizon (tests, or a self-hosted Horizon). */
  horizonUrl?: string;
  key: string;
  value: string;
}

export interface PublishResult {
  accountId: string;
  key: string;
  value: string;
  /** Hash of the submitted transaction; null when the entry already held the value. */
  transactionHash: string | null;
}

export interface UnsignedTransaction {
  accountId: string;
  networkPassphrase: string;
  xdr: string;
}

function checkTarget(target: DataEntryTarget): void {
  if (!isXlmShKey(target.key)) throw new CliError(`xlm-sh: --key must be app.xlm_sh.ipfs or app.xlm_sh.ipns, got "${target.key}"`, EXIT_USAGE);
  const problem = dataValueProblem(target.value);
  if (problem) throw new CliError(`xlm-sh: refusing to publish: ${problem}`, EXIT_USAGE);
}

function horizonFor(target: DataEntryTarget): Horizon.Server {
  const url = target.horizonUrl ?? NETWORKS[target.network].horizonUrl;
  return new Horizon.Server(url, { allowHttp: isLoopbackUrl(url) });
}

/** Parses a secret seed; the error names the variable, never the value. */
export function keypairFromSecret(secret: string | undefined): Keypair {
  if (!secret) throw new CliError(`xlm-sh: ${SECRET_ENV} is not set`, EXIT_USAGE);
  try {
    return Keypair.fromSecret(secret.trim());
  } catch {
    throw new CliError(`xlm-sh: ${SECRET_ENV} is not a valid Stellar secret seed`, EXIT_USAGE);
  }
}

/** Describes a Horizon failure using only what Horizon sent back (result codes), never our inputs. */
export function describeHorizonError(error: unknown): string {
  if (error instanceof NetworkError) {
    const response = error.getResponse();
    const extras = (response.data as { extras?: { result_codes?: unknown } } | undefined)?.extras;
    const codes = extras?.result_codes ? ` result_codes=${JSON.stringify(extras.result_codes)}` : '';
    return `HTTP ${response.status ?? '?'} ${response.data?.title ?? error.message}${codes}`;
  }
  return error instanceof Error ? error.message : String(error);
}

async function loadAccount(server: Horizon.Server, accountId: string): Promise<Horizon.AccountResponse> {
  try {
    return await server.loadAccount(accountId);
  } catch (error) {
    throw new CliError(`xlm-sh: could not load account ${accountId}: ${describeHorizonError(error)}`, EXIT_REMOTE);
  }
}

export async function publishDataEntry(target: DataEntryTarget, secret: string | undefined, log: Log): Promise<PublishResult> {
  checkTarget(target);
  const keypair = keypairFromSecret(secret);
  const accountId = keypair.publicKey();
  const server = horizonFor(target);
  const account = await loadAccount(server, accountId);
  const result = { accountId, key: target.key, value: target.value };

  if (decodeDataAttr(account.data_attr, target.key) === target.value) {
    log('info', 'xlm_sh.unchanged', { account: accountId, key: target.key, value: target.value });
    return { ...result, transactionHash: null };
  }

  const transaction = buildManageDataTransaction({
    accountId,
    sequence: account.sequence,
    networkPassphrase: NETWORKS[target.network].passphrase,
    key: target.key,
    value: target.value,
    timeoutSeconds: SIGNED_TX_TIMEOUT_S,
  });
  transaction.sign(keypair);
  let hash: string;
  try {
    const submitted = await server.submitTransaction(transaction, { skipMemoRequiredCheck: true });
    hash = submitted.hash;
  } catch (error) {
    throw new CliError(`xlm-sh: transaction rejected: ${describeHorizonError(error)}`, EXIT_REMOTE);
  }
  log('info', 'xlm_sh.submitted', { account: accountId, key: target.key, value: target.value, tx: hash, network: target.network });

  const readBack = decodeDataAttr((await loadAccount(server, accountId)).data_attr, target.key);
  if (readBack !== target.value) {
    throw new CliError(
      `xlm-sh: read-back mismatch for ${target.key} on ${accountId}: expected "${target.value}", Horizon has ${readBack === undefined ? 'no entry' : `"${readBack}"`}`,
      EXIT_REFUSED,
    );
  }
  log('info', 'xlm_sh.verified', { account: accountId, key: target.key, value: target.value });
  return { ...result, transactionHash: hash };
}

/** Builds the transaction for a wallet to sign (needs only the public key). */
export async function prepareUnsignedDataEntry(target: DataEntryTarget, accountId: string): Promise<UnsignedTransaction> {
  checkTarget(target);
  try {
    Keypair.fromPublicKey(accountId);
  } catch {
    throw new CliError(`xlm-sh: --account must be a Stellar public key (G…), got "${accountId}"`, EXIT_USAGE);
  }
  const account = await loadAccount(horizonFor(target), accountId);
  const networkPassphrase = NETWORKS[target.network].passphrase;
  const transaction = buildManageDataTransaction({
    accountId,
    sequence: account.sequence,
    networkPassphrase,
    key: target.key,
    value: target.value,
    timeoutSeconds: UNSIGNED_TX_TIMEOUT_S,
  });
  return { accountId, networkPassphrase, xdr: transaction.toEnvelope().toXDR('base64') };
}
