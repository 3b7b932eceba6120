/**
 * A loopback stand-in for the IPFS side of a deploy: Pinata's upload and pin-by-CID endpoints, an IPFS
 * Pinning Service API, and a path gateway, sharing one block store the way the real network would
 * (a CID uploaded to one provider becomes fetchable by the others and by the gateway). Uploaded CARs
 * are parsed and hash-checked with car-files.ts. `failNext` injects 5xx answers per route.
 */
import { readCarFiles, type CarFiles } from '../ipfs/car-files.ts';
import { listenOnLoopback, sendJson, type RunningServer } from './listen.ts';

export type FakeRoute = 'pinata-upload' | 'pinata-pin' | 'psa-pin' | 'psa-status' | 'gateway';

export interface FakeIpfs extends RunningServer {
  pinataJwt: string;
  psaToken: string;
  /** CID → files, everything uploaded as a CAR (the "network"). */
  content: Map<string, CarFiles>;
  /** CID → the CAR bytes uploaded for it (served for `?format=car`). */
  cars: Map<string, Uint8Array>;
  /** CID → provider names that pinned it. */
  pins: Map<string, Set<string>>;
  /** Route → how many of its next requests answer 500. */
  failNext: Map<FakeRoute, number>;
  requests: Array<{ route: FakeRoute; authorized: boolean }>;
  /** Status polls a PSA pin stays `queued` before it resolves. */
  psaQueuedPolls: number;
}

export async function startFakeIpfs(options: { pinataJwt: string; psaToken: string }): Promise<FakeIpfs> {
  const state = {
    pinataJwt: options.pinataJwt,
    psaToken: options.psaToken,
    content: new Map<string, CarFiles>(),
    cars: new Map<string, Uint8Array>(),
    pins: new Map<string, Set<string>>(),
    failNext: new Map<FakeRoute, number>(),
    requests: [] as FakeIpfs['requests'],
    psaQueuedPolls: 1,
  };
  const psaRequests = new Map<string, { cid: string; polls: number }>();
  const pin = (cid: string, provider: string) => state.pins.set(cid, new Set([...(state.pins.get(cid) ?? []), provider]));

  const server = await listenOnLoopback(async (request, body, response) => {
    const url = new URL(request.url ?? '/', 'http://fake');
    const auth = request.headers.authorization ?? '';
    const route: FakeRoute | null =
      request.method === 'POST' && url.pathname === '/pinata/v3/files' ? 'pinata-upload'
      : request.method === 'POST' && url.pathname === '/pinata-api/v3/files/public/pin_by_cid' ? 'pinata-pin'
      : request.method === 'POST' && url.pathname === '/psa/pins' ? 'psa-pin'
      : request.method === 'GET' && url.pathname.startsWith('/psa/pins/') ? 'psa-status'
      : request.method === 'GET' && url.pathname.startsWith('/ipfs/') ? 'gateway'
      : null;
    if (!route) return sendJson(response, 404, { error: 'no such route' });
    const expected = route.startsWith('pinata') ? `Bearer ${state.pinataJwt}` : route.startsWith('psa') ? `Bearer ${state.psaToken}` : auth;
    const authorized = auth === expected;
    state.requests.push({ route, authorized });
    const failures = state.failNext.get(route) ?? 0;
    if (failures > 0) {
      state.failNext.set(route, failures - 1);
      return sendJson(response, 500, { error: 'injected failure' });
    }
    if (!authorized) return sendJson(response, 401, { error: { reason: 'UNAUTHORIZED', details: 'bad token' } });

    if (route === 'pinata-upload') {
      const form = await new Request('http://fake/', { method: 'POST', headers: { 'content-type': request.headers['content-type'] ?? '' }, body: new Uint8Array(body) }).formData();
      const file = form.get('file');
      if (!(file instanceof Blob) || form.get('car') !== 'true') return sendJson(response, 400, { error: 'expected a CAR upload' });
      const car = new Uint8Array(await file.arrayBuffer());
      const files = await readCarFiles(car);
      state.content.set(files.root, files);
      state.cars.set(files.root, car);
      pin(files.root, 'pinata');
      return sendJson(response, 200, { data: { id: `file-${state.content.size}`, cid: files.root, name: form.get('name') } });
    }
    if (route === 'pinata-pin') {
      const { cid } = JSON.parse(body.toString('utf8')) as { cid: string };
      const known = state.content.has(cid);
      if (known) pin(cid, 'pinata');
      return sendJson(response, 200, { data: { id: `pin-${cid}`, cid, status: known ? 'pinned' : 'prechecking' } });
    }
    if (route === 'psa-pin') {
      const { cid } = JSON.parse(body.toString('utf8')) as { cid: string };
      const requestid = `req-${psaRequests.size + 1}`;
      psaRequests.set(requestid, { cid, polls: 0 });
      const immediately = state.psaQueuedPolls === 0 && state.content.has(cid);
      if (immediately) pin(cid, 'psa');
      return sendJson(response, 202, { requestid, status: immediately ? 'pinned' : 'queued', created: '2026-01-01T00:00:00Z', pin: { cid }, delegates: [] });
    }
    if (route === 'psa-status') {
      const requestid = decodeURIComponent(url.pathname.slice('/psa/pins/'.length));
      const pinRequest = psaRequests.get(requestid);
      if (!pinRequest) return sendJson(response, 404, { error: { reason: 'NOT_FOUND' } });
      pinRequest.polls += 1;
      let status = 'queued';
      if (pinRequest.polls > state.psaQueuedPolls) {
        status = state.content.has(pinRequest.cid) ? 'pinned' : 'failed';
        if (status === 'pinned') pin(pinRequest.cid, 'psa');
      }
      return sendJson(response, 200, { requestid, status, created: '2026-01-01T00:00:00Z', pin: { cid: pinRequest.cid }, delegates: [] });
    }
    // gateway: /ipfs/<cid>/<path>
    const [, , cid, ...rest] = url.pathname.split('/');
    const files = state.content.get(cid);
    if (!files) return sendJson(response, 504, { error: 'no providers found' });
    if (url.searchParams.get('format') === 'car' && rest.join('') === '') {
      response.writeHead(200, { 'content-type': 'application/vnd.ipld.car' });
      return response.end(state.cars.get(cid));
    }
    const wanted = rest.join('/') || 'index.html';
    const bytes = files.files.get(wanted);
    if (!bytes) return sendJson(response, 404, { error: 'not found' });
    response.writeHead(200, { 'content-type': wanted.endsWith('.html') ? 'text/html' : 'application/octet-stream' });
    response.end(bytes);
  });
  return Object.assign(state, server) as FakeIpfs;
}
