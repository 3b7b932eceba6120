/**
 * IPFS Pinning Service API adapter (ipfs.github.io/pinning-services-api-spec): `POST /pins` with a
 * Bearer token asks the provider to pin a CID, then `GET /pins/{requestid}` is polled until the pin
 * is `pinned` or `failed`. The provider fetches the blocks from the network (from the provider that
 * took the CAR upload), which can take minutes; a pin still `queued`/`pinning` at the deadline is
 * reported, not failed, since the provider keeps working on it.
 */
import { fetchWithRetry, type HttpEffects } from '../http/fetch-with-retry.ts';
import type { PinOutcome } from './pin-pinata.ts';
import type { PsaConfig } from './providers.ts';

/** Status polls before giving up waiting (with POLL_INTERVAL_MS: about ten minutes). */
export const MAX_STATUS_POLLS = 60;
export const POLL_INTERVAL_MS = 10_000;

interface PinStatus {
  requestid: string;
  status: 'queued' | 'pinning' | 'pinned' | 'failed';
}

function headers(config: PsaConfig): Record<string, string> {
  return { authorization: `Bearer ${config.token}`, 'content-type': 'application/json' };
}

export interface PsaPinOptions {
  maxPolls?: number;
  pollIntervalMs?: number;
  /** Multiaddrs where the provider can fetch the content (spec field `origins`). */
  origins?: string[];
}

export async function psaPin(config: PsaConfig, cid: string, name: string, effects: HttpEffects, options: PsaPinOptions = {}): Promise<PinOutcome> {
  const label = 'pin:psa';
  const created = await fetchWithRetry(
    effects,
    () =>
      effects.fetch(`${config.endpoint}/pins`, {
        method: 'POST',
        headers: headers(config),
        body: JSON.stringify({ cid, name, ...(options.origins?.length ? { origins: options.origins } : {}) }),
      }),
    { label },
  );
  let status = (await created.json()) as PinStatus;
  const maxPolls = options.maxPolls ?? MAX_STATUS_POLLS;
  for (let poll = 0; poll < maxPolls && (status.status === 'queued' || status.status === 'pinning'); poll++) {
    await effects.sleep(options.pollIntervalMs ?? POLL_INTERVAL_MS);
    const response = await fetchWithRetry(effects, () => effects.fetch(`${config.endpoint}/pins/${encodeURIComponent(status.requestid)}`, { headers: headers(config) }), { label });
    status = (await response.json()) as PinStatus;
  }
  if (status.status === 'failed') throw new Error(`${label}: provider reports the pin of ${cid} failed (request ${status.requestid})`);
  const level = status.status === 'pinned' ? 'info' : 'warn';
  effects.log(level, status.status === 'pinned' ? 'ipfs.pinned' : 'ipfs.pin_pending', { provider: 'psa', cid, status: status.status, request: status.requestid });
  return { provider: 'psa', cid, status: status.status };
}
