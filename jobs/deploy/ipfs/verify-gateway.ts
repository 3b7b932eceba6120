/**
 * Checks a CID through an IPFS path gateway (DESIGN §8: verify the CID through a gateway): the
 * directory listing or index at /ipfs/<cid>/ and /ipfs/<cid>/index.html must answer 200, and when the
 * local index.html is given the bytes must match. Gateways answer 504 while they look for providers,
 * so it retries with backoff for longer than a pin call.
 */
import { fetchWithRetry, type HttpEffects } from '../http/fetch-with-retry.ts';

/** Attempts per path: 1+2+4+…+64 s ≈ 2 minutes of waiting with the default base delay. */
export const GATEWAY_MAX_ATTEMPTS = 8;

export interface GatewayCheck {
  path: string;
  status: number;
  bytes: number;
}

export async function verifyThroughGateway(
  gatewayUrl: string,
  cid: string,
  effects: HttpEffects,
  options: { expectedIndexHtml?: Uint8Array; maxAttempts?: number; baseDelayMs?: number } = {},
): Promise<GatewayCheck[]> {
  const base = gatewayUrl.replace(/\/+$/, '');
  const checks: GatewayCheck[] = [];
  for (const path of ['', 'index.html']) {
    const response = await fetchWithRetry(effects, () => effects.fetch(`${base}/ipfs/${cid}/${path}`), {
      label: `verify:/ipfs/${cid}/${path}`,
      maxAttempts: options.maxAttempts ?? GATEWAY_MAX_ATTEMPTS,
      baseDelayMs: options.baseDelayMs,
    });
    const body = new Uint8Array(await response.arrayBuffer());
    if (path === 'index.html' && options.expectedIndexHtml && Buffer.compare(Buffer.from(body), Buffer.from(options.expectedIndexHtml)) !== 0) {
      throw new Error(`verify: gateway served an index.html for ${cid} that differs from dist/index.html`);
    }
    checks.push({ path: `/ipfs/${cid}/${path}`, status: response.status, bytes: body.length });
    effects.log('info', 'ipfs.verified', { gateway: base, path: `/ipfs/${cid}/${path}`, bytes: body.length });
  }
  return checks;
}
