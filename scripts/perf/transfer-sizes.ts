/**
 * Bytes a first view costs (issue #3 "Performance"): each response body's size as served and as
 * gzip would send it (node:zlib at its default level, what static hosts and IPFS gateways commonly
 * apply), summed per page and per kind of file. Pure: bodies in, totals out.
 */
import { gzipSync } from 'node:zlib';

export interface ResponseBody {
  url: string;
  body: Uint8Array;
}

export interface TransferSizes {
  requests: number;
  rawBytes: number;
  gzipBytes: number;
  /** The part of the totals that is data (atlas.sqlite and sql.js wasm). */
  dataRawBytes: number;
  dataGzipBytes: number;
}

/** URL paths counted as data rather than page code (src/lib/site-root.ts data files). */
export const DATA_FILE_RE = /\/data\/[^/]+\.(sqlite|wasm)$/;

export function gzipSize(body: Uint8Array): number {
  return body.length === 0 ? 0 : gzipSync(body).length;
}

export function transferSizes(responses: readonly ResponseBody[]): TransferSizes {
  const totals: TransferSizes = { requests: 0, rawBytes: 0, gzipBytes: 0, dataRawBytes: 0, dataGzipBytes: 0 };
  for (const { url, body } of responses) {
    const gz = gzipSize(body);
    totals.requests += 1;
    totals.rawBytes += body.length;
    totals.gzipBytes += gz;
    if (DATA_FILE_RE.test(new URL(url).pathname)) {
      totals.dataRawBytes += body.length;
      totals.dataGzipBytes += gz;
    }
  }
  return totals;
}
