/**
 * Parses the OpenGrants project list (`opengrants/projects.json[.gz]`, DESIGN §4.1) into
 * `OgProject` records. The id and name are required (a record without them is skipped with a
 * warning); every other field is validated on its own and becomes null, with a warning, when bad.
 * A malformed social link drops that link only: losing a whole project over one link would remove
 * it from the atlas. Duplicate ids (the real list has one) are kept and warned about: which copy
 * wins is the model's decision, not the reader's.
 */
import type { OgProject, WarningSink } from '../types.ts';
import type { FileContext } from '../meta/file-context.ts';
import { parseOptionalField, parseRecord, warnAt } from '../meta/file-context.ts';
import { fieldPath } from '../meta/field-path.ts';
import { openEnvelope } from './envelope.ts';
import { socialSchema } from './envelope.schema.ts';
import { fieldReaders } from './field-readers.ts';
import { projectCoreSchema } from './projects.schema.ts';

export const OPENGRANTS_SOURCE = 'opengrants';

export function parseOgProjects(content: string | Buffer, file: string, sink: WarningSink): OgProject[] {
  const ctx: FileContext = { source: OPENGRANTS_SOURCE, file, sink };
  const projects: OgProject[] = [];
  const firstSeenAt = new Map<string, string>();
  for (const { value, path } of openEnvelope(content, ctx)) {
    const core = parseRecord(ctx, projectCoreSchema, value, path, 'project');
    if (!core) continue;
    const previous = firstSeenAt.get(core.id);
    if (previous) warnAt(ctx, fieldPath(path, ['id']), `duplicate project id ${core.id} (first at ${previous}); the model keeps the first`);
    else firstSeenAt.set(core.id, path);

    const socials: OgProject['socials'] = [];
    (core.socials ?? []).forEach((social, index) => {
      const parsed = parseOptionalField(ctx, socialSchema, social, fieldPath(path, ['socials', index]));
      if (parsed) socials.push(parsed);
    });
    const websiteSocial = socials.find((s) => s.name.toLowerCase() === 'website')?.value ?? null;
    const r = fieldReaders(ctx, value, path);

    projects.push({
      id: core.id,
      name: core.name,
      description: r.text(r.top('description')),
      socials,
      integrationStatus: r.text(r.ext('integrationStatus')),
      category: r.text(r.ext('category')),
      // The extension first; the Website social link when the extension is absent.
      website: r.text(r.ext('website')) ?? websiteSocial,
      githubExtension: r.text(r.ext('github')),
      xExtension: r.text(r.ext('x')),
      openSource: r.boolean(r.ext('openSource')),
      totalAwardedUSD: r.number(r.ext('totalAwardedUSD')),
      totalPaidUSD: r.number(r.ext('totalPaidUSD')),
      awardedSubmissionsCount: r.number(r.ext('awardedSubmissionsCount')),
    });
  }
  return projects;
}
