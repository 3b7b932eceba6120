/**
 * Stellar networks the publisher can target (DESIGN §8: testnet or public by flag). Passphrases come
 * from the SDK so a signature is only valid on the network it was made for.
 */
import { Networks } from '@stellar/stellar-sdk';

export type StellarNetwork = 'public' | 'testnet';

export interface NetworkSettings {
  passphrase: string;
  horizonUrl: string;
}

/** SDF's public Horizon instances; `--horizon-url` overrides (tests use a loopback fake). */
export const NETWORKS: Record<StellarNetwork, NetworkSettings> = {
  public: { passphrase: Networks.PUBLIC, horizonUrl: 'https://horizon.stellar.org' },
  testnet: { passphrase: Networks.TESTNET, horizonUrl: 'https://horizon-testnet.stellar.org' },
};

export function isStellarNetwork(name: string): name is StellarNetwork {
  return name === 'public' || name === 'testnet';
}

/** Plain HTTP is allowed only to the local machine (the test fake); real Horizon is always HTTPS. */
export function isLoopbackUrl(url: string): boolean {
  const host = new URL(url).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
}
