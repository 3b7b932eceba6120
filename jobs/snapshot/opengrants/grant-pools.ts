/**
 * Parses the OpenGrants grant pools (`opengrants/grant-pools.json[.gz]`, DESIGN §4.1): one record
 * per SCF round. Id and name are required; other fields become null with a warning when bad.
 */
import type { OgGrantPool, WarningSink } from '../types.ts';
import type { FileContext } from '../meta/file-context.ts';
import { parseRecord } from '../meta/file-context.ts';
import { openEnvelope } from './envelope.ts';
import { fieldReaders } from './field-readers.ts';
import { grantPoolCoreSchema } from './grant-pools.schema.ts';
import { OPENGRANTS_SOURCE } from './projects.ts';

export function parseOgGrantPools(content: string | Buffer, file: string, sink: WarningSink): OgGrantPool[] {
  const ctx: FileContext = { source: OPENGRANTS_SOURCE, file, sink };
  const pools: OgGrantPool[] = [];
  for (const { value, path } of openEnvelope(content, ctx)) {
    const core = parseRecord(ctx, grantPoolCoreSchema, value, path, 'grant pool');
    if (!core) continue;
    const r = fieldReaders(ctx, value, path);
    pools.push({
      id: core.id,
      name: core.name,
      type: r.text(r.ext('type')),
      isOpen: r.boolean(r.top('isOpen')),
      closeDate: r.text(r.top('closeDate')),
      quarterYear: r.text(r.ext('quarterYear')),
      totalAwardedUSD: r.number(r.ext('totalAwardedUSD')),
    });
  }
  return pools;
}
