/**
 * Which pinning providers a deploy uses, from the environment (DESIGN §8: pin to at least two
 * providers; secrets only in the protected environment). Two adapters: Pinata's upload API (takes the
 * CAR itself, so the content exists somewhere) and the IPFS Pinning Service API, the vendor-neutral
 * spec many providers implement (pins by CID, fetching the blocks from the network).
 */

/** Pinata JWT (Bearer). */
export const PINATA_JWT_ENV = 'PG_ATLAS_PINATA_JWT';
/** Optional overrides of Pinata's endpoints (tests point them at a loopback fake). */
export const PINATA_UPLOAD_URL_ENV = 'PG_ATLAS_PINATA_UPLOAD_URL';
export const PINATA_API_URL_ENV = 'PG_ATLAS_PINATA_API_URL';
/** IPFS Pinning Service API endpoint (…/pins is appended) and its access token (Bearer). */
export const PSA_ENDPOINT_ENV = 'PG_ATLAS_PSA_ENDPOINT';
export const PSA_TOKEN_ENV = 'PG_ATLAS_PSA_TOKEN';
/** Gateway used to verify a CID; a path gateway serving /ipfs/<cid>/. */
export const GATEWAY_URL_ENV = 'PG_ATLAS_IPFS_GATEWAY';

/** Pinata's public endpoints (docs.pinata.cloud, Files API v3). */
export const PINATA_UPLOAD_URL = 'https://uploads.pinata.cloud/v3/files';
export const PINATA_API_URL = 'https://api.pinata.cloud';
/** A public path gateway; any other works through PG_ATLAS_IPFS_GATEWAY. */
export const DEFAULT_GATEWAY_URL = 'https://ipfs.io';

export interface PinataConfig {
  kind: 'pinata';
  jwt: string;
  uploadUrl: string;
  apiUrl: string;
}

export interface PsaConfig {
  kind: 'psa';
  endpoint: string;
  token: string;
}

export type ProviderConfig = PinataConfig | PsaConfig;

/** Providers whose secrets are set; the names of missing ones are returned so callers can warn. */
export function providersFromEnv(env: Record<string, string | undefined>): { providers: ProviderConfig[]; missing: string[] } {
  const providers: ProviderConfig[] = [];
  const missing: string[] = [];
  const jwt = env[PINATA_JWT_ENV];
  if (jwt) {
    providers.push({
      kind: 'pinata',
      jwt,
      uploadUrl: env[PINATA_UPLOAD_URL_ENV] || PINATA_UPLOAD_URL,
      apiUrl: env[PINATA_API_URL_ENV] || PINATA_API_URL,
    });
  } else missing.push(PINATA_JWT_ENV);
  const endpoint = env[PSA_ENDPOINT_ENV];
  const token = env[PSA_TOKEN_ENV];
  if (endpoint && token) providers.push({ kind: 'psa', endpoint: endpoint.replace(/\/+$/, ''), token });
  else missing.push(...[PSA_ENDPOINT_ENV, PSA_TOKEN_ENV].filter((name) => !env[name]));
  return { providers, missing };
}

/** Every secret value in the provider configs, for log redaction. */
export function providerSecrets(providers: readonly ProviderConfig[]): string[] {
  return providers.map((p) => (p.kind === 'pinata' ? p.jwt : p.token));
}
