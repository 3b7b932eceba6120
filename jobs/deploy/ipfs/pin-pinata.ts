/**
 * Pinata adapter (DESIGN §8 IPFS). Uploads the CAR through the Files API v3 (`car=true` makes Pinata
 * import the DAG as-is, so the root CID is ours, not a re-encoding) and checks the CID Pinata reports.
 * `pinataPinByCid` re-pins an older CID for a rollback.
 */
import { fetchWithRetry, type HttpEffects } from '../http/fetch-with-retry.ts';
import type { PinataConfig } from './providers.ts';

export interface PinOutcome {
  provider: string;
  cid: string;
  status: 'pinned' | 'queued' | 'pinning';
}

export async function pinataUploadCar(config: PinataConfig, car: Uint8Array, root: string, name: string, effects: HttpEffects): Promise<PinOutcome> {
  const response = await fetchWithRetry(
    effects,
    () => {
      const form = new FormData();
      form.append('file', new Blob([car.slice()], { type: 'application/vnd.ipld.car' }), `${name}.car`);
      form.append('network', 'public');
      form.append('name', name);
      form.append('car', 'true');
      return effects.fetch(config.uploadUrl, { method: 'POST', headers: { authorization: `Bearer ${config.jwt}` }, body: form });
    },
    { label: 'pin:pinata' },
  );
  const body = (await response.json()) as { data?: { cid?: string } };
  const cid = body.data?.cid;
  if (cid !== root) throw new Error(`pin:pinata: Pinata reports CID ${cid ?? '(none)'} for a CAR whose root is ${root}`);
  effects.log('info', 'ipfs.pinned', { provider: 'pinata', cid });
  return { provider: 'pinata', cid, status: 'pinned' };
}

export async function pinataPinByCid(config: PinataConfig, cid: string, name: string, effects: HttpEffects): Promise<PinOutcome> {
  const response = await fetchWithRetry(
    effects,
    () =>
      effects.fetch(`${config.apiUrl}/v3/files/public/pin_by_cid`, {
        method: 'POST',
        headers: { authorization: `Bearer ${config.jwt}`, 'content-type': 'application/json' },
        body: JSON.stringify({ cid, name }),
      }),
    { label: 'pin:pinata' },
  );
  const body = (await response.json()) as { data?: { status?: string } };
  const status = body.data?.status === 'pinned' ? 'pinned' : 'queued';
  effects.log('info', 'ipfs.pin_requested', { provider: 'pinata', cid, status });
  return { provider: 'pinata', cid, status };
}
