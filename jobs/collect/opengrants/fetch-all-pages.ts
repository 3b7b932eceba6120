/**
 * Follows OpenGrants pagination (DESIGN §4.1: paged JSON, `data[]`, `pagination.hasNext`) with
 * `limit` + `page` query parameters (OpenGrants gateway API docs: limit ≤ 100, page 1-based).
 * One page is returned byte-for-byte as upstream sent it; several pages are merged into one envelope
 * (data concatenated, pagination of the last page with `hasNext: false`), which is the form of
 * ../shared/realdata/opengrants ("page set merged").
 */
import type { HttpClient } from '../http/client.ts';
import { envelopeSchema } from '../../snapshot/opengrants/envelope.schema.ts';

/** OpenGrants gateway maximum page size. */
export const OPENGRANTS_PAGE_LIMIT = 100;
/** Safety stop for a server that always says hasNext. 100 pages × 100 = 10,000 records, ~16× today's 602 projects. */
export const OPENGRANTS_MAX_PAGES = 100;

export class OpenGrantsShapeError extends Error {
  constructor(url: string, detail: string) {
    super(`jobs/collect/opengrants: ${url} is not a DAOIP-5 envelope (${detail})`);
    this.name = 'OpenGrantsShapeError';
  }
}

export interface PagedResult {
  body: Buffer;
  records: unknown[];
  pages: number;
}

export async function fetchAllPages(http: HttpClient, baseUrl: string): Promise<PagedResult> {
  const joiner = baseUrl.includes('?') ? '&' : '?';
  const bodies: Buffer[] = [];
  const envelopes: Array<{ raw: Record<string, unknown>; data: unknown[] }> = [];
  for (let page = 1; page <= OPENGRANTS_MAX_PAGES; page += 1) {
    const url = `${baseUrl}${joiner}limit=${OPENGRANTS_PAGE_LIMIT}&page=${page}`;
    const { json, body } = await http.getJson(url);
    const parsed = envelopeSchema.safeParse(json);
    if (!parsed.success) throw new OpenGrantsShapeError(url, parsed.error.issues[0]?.message ?? 'invalid');
    bodies.push(body);
    envelopes.push({ raw: json as Record<string, unknown>, data: parsed.data.data });
    if (parsed.data.pagination?.hasNext !== true || parsed.data.data.length === 0) break;
  }
  const records = envelopes.flatMap((e) => e.data);
  if (envelopes.length === 1) return { body: bodies[0], records, pages: 1 };
  const last = envelopes[envelopes.length - 1].raw;
  const pagination = { ...(last.pagination as Record<string, unknown>), hasNext: false, pagesMerged: envelopes.length };
  const merged = { '@context': envelopes[0].raw['@context'], data: records, pagination };
  return { body: Buffer.from(`${JSON.stringify(merged, null, 1)}\n`), records, pages: envelopes.length };
}
