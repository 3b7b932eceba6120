/**
 * Parses one pool's OpenGrants applications (`opengrants/applications/<pool>.json[.gz]`, DESIGN
 * §4.1). The application id and a valid `projectId` are required; the rest become null with a
 * warning when bad. `code` (the submission's GitHub URL) is kept as written; the model parses it.
 */
import type { OgApplication, WarningSink } from '../types.ts';
import type { FileContext } from '../meta/file-context.ts';
import { parseRecord } from '../meta/file-context.ts';
import { openEnvelope } from './envelope.ts';
import { fieldReaders } from './field-readers.ts';
import { applicationCoreSchema } from './applications.schema.ts';
import { OPENGRANTS_SOURCE } from './projects.ts';

export function parseOgApplications(content: string | Buffer, file: string, sink: WarningSink): OgApplication[] {
  const ctx: FileContext = { source: OPENGRANTS_SOURCE, file, sink };
  const applications: OgApplication[] = [];
  for (const { value, path } of openEnvelope(content, ctx)) {
    const core = parseRecord(ctx, applicationCoreSchema, value, path, 'application');
    if (!core) continue;
    const r = fieldReaders(ctx, value, path);
    applications.push({
      id: core.id,
      projectId: core.projectId,
      projectName: r.text(r.top('projectName')),
      grantPoolId: r.text(r.top('grantPoolId')),
      grantPoolName: r.text(r.top('grantPoolName')),
      round: r.text(r.ext('round')),
      category: r.text(r.ext('category')),
      code: r.text(r.ext('code')),
      trancheCompletionPercent: r.number(r.ext('trancheCompletionPercent')),
      totalAwardedUSD: r.number(r.ext('totalAwardedUSD')),
      totalPaidUSD: r.number(r.ext('totalPaidUSD')),
      awardType: r.text(r.ext('awardType')),
      oneSentenceDescription: r.text(r.ext('oneSentenceDescription')),
      technicalArchitecture: r.text(r.ext('technicalArchitecture')),
      website: r.text(r.ext('website')),
      status: r.text(r.top('status')),
      createdAt: r.text(r.top('createdAt')),
      file,
    });
  }
  return applications;
}
