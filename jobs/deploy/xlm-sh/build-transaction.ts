/**
 * Builds the one-operation `manageData` transaction that points xlm.sh at a CID (DESIGN §8). Pure:
 * takes the account's current sequence, returns an unsigned transaction; signing and submission live
 * in publish.ts.
 */
import { Account, BASE_FEE, Operation, TransactionBuilder, type Transaction } from '@stellar/stellar-sdk';

/** Seconds a signed transaction stays valid: long enough for Horizon, short enough not to linger. */
export const SIGNED_TX_TIMEOUT_S = 180;
/** Seconds an unsigned transaction stays valid, giving a human time to sign it in a wallet. */
export const UNSIGNED_TX_TIMEOUT_S = 3_600;

export interface ManageDataInput {
  /** Publisher account (G…). */
  accountId: string;
  /** Current sequence number of the account as Horizon reports it. */
  sequence: string;
  networkPassphrase: string;
  key: string;
  value: string;
  timeoutSeconds: number;
}

export function buildManageDataTransaction(input: ManageDataInput): Transaction {
  const source = new Account(input.accountId, input.sequence);
  return new TransactionBuilder(source, { fee: BASE_FEE, networkPassphrase: input.networkPassphrase })
    .addOperation(Operation.manageData({ name: input.key, value: input.value }))
    .setTimeout(input.timeoutSeconds)
    .build();
}
