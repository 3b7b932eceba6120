/**
 * Parses one curated overrides file (`overrides/<name>.yml`, DESIGN §4.2) into `OverrideEntry`
 * records keyed by project id.
 *
 * Partial entries are kept. An override is a reviewed correction: when an entry that patches a
 * known project lacks a required field (say `display_name`), dropping the whole entry would also
 * throw away the fields it does carry (a repo list, a status), which is worse than applying them.
 * So each field is validated on its own: a missing required field or an invalid value is a
 * warning naming the field, and the entry keeps its other fields. `OverrideEntry` (types.ts)
 * types `displayName`, `activityStatus` and `gitOwnerUrl` as plain strings, so an absent or
 * invalid required field is the empty string `''`, meaning "not overridden": consumers must test
 * for `''` before applying them. Unknown keys are warned about and ignored. The same key twice in
 * one file keeps the first and warns.
 */
import { isMap, isNode, isScalar, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { ProjectId } from '../../ids/project-id.ts';
import type { OverrideEntry, WarningSink } from '../types.ts';
import type { FileContext } from '../meta/file-context.ts';
import { parseOptionalField, warnAt } from '../meta/file-context.ts';
import { fieldPath } from '../meta/field-path.ts';
import {
  activityStatusSchema,
  booleanValue,
  listValue,
  METADATA_FIELDS,
  nonEmptyText,
  OPTIONAL_OVERRIDE_FIELDS,
  overrideKeySchema,
  plainObject,
  REQUIRED_OVERRIDE_FIELDS,
  urlText,
} from './override.schema.ts';

export const OVERRIDES_SOURCE = 'overrides';

const ENTRY_FIELDS = new Set<string>([...REQUIRED_OVERRIDE_FIELDS, ...OPTIONAL_OVERRIDE_FIELDS]);
const METADATA_FIELD_SET = new Set<string>(METADATA_FIELDS);

/** Top-level `key → value` pairs of a YAML map document, in file order; null when unparsable. */
function yamlEntries(text: string, ctx: FileContext): [string, unknown][] | null {
  // uniqueKeys: false so a repeated key is our warning (first kept), not a whole-file failure.
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false });
  if (doc.errors.length > 0) {
    warnAt(ctx, undefined, `file skipped: not valid YAML (${doc.errors[0].message.split('\n')[0]})`);
    return null;
  }
  if (doc.contents === null) return [];
  if (!isMap(doc.contents)) {
    warnAt(ctx, undefined, 'file skipped: expected a map of project id → override entry');
    return null;
  }
  return doc.contents.items.map((pair): [string, unknown] => [
    String(isScalar(pair.key) ? pair.key.value : pair.key),
    isNode(pair.value) ? pair.value.toJS(doc) : (pair.value ?? null),
  ]);
}

export function parseOverrideFile(content: string | Buffer, file: string, sink: WarningSink): OverrideEntry[] {
  const ctx: FileContext = { source: OVERRIDES_SOURCE, file, sink };
  const pairs = yamlEntries(String(content), ctx);
  if (!pairs) return [];
  const entries: OverrideEntry[] = [];
  const seen = new Set<string>();
  for (const [key, value] of pairs) {
    const base = fieldPath('', [key]);
    if (!overrideKeySchema.safeParse(key).success) {
      warnAt(ctx, base, `entry skipped: key is not a DAOIP-5 project id`);
      continue;
    }
    if (seen.has(key)) {
      warnAt(ctx, base, `entry skipped: ${key} appears twice in this file; the first entry is kept`);
      continue;
    }
    seen.add(key);
    const entry = parseOverrideEntry(ctx, key as ProjectId, value, base);
    if (entry) entries.push(entry);
  }
  return entries;
}

function parseOverrideEntry(ctx: FileContext, id: ProjectId, value: unknown, base: string): OverrideEntry | null {
  const fields = plainObject.safeParse(value);
  if (!fields.success) {
    warnAt(ctx, base, 'entry skipped: expected a map of override fields');
    return null;
  }
  const raw = fields.data;
  for (const key of Object.keys(raw)) {
    if (!ENTRY_FIELDS.has(key)) warnAt(ctx, fieldPath(base, [key]), `unknown override field "${key}" ignored`);
  }
  for (const key of REQUIRED_OVERRIDE_FIELDS) {
    if (raw[key] === undefined || raw[key] === null) warnAt(ctx, fieldPath(base, [key]), `required field ${key} is missing; the entry's other fields still apply`);
  }
  const field = <S extends z.ZodType>(schema: S, key: string) => parseOptionalField(ctx, schema, raw[key], fieldPath(base, [key]));

  const gitRepoUrls: string[] = [];
  (field(listValue, 'git_repo_urls') ?? []).forEach((url, index) => {
    const parsed = parseOptionalField(ctx, urlText, url, fieldPath(base, ['git_repo_urls', index]));
    if (parsed) gitRepoUrls.push(parsed);
  });

  return {
    id,
    file: ctx.file,
    displayName: field(nonEmptyText, 'display_name') ?? '',
    activityStatus: field(activityStatusSchema, 'activity_status') ?? '',
    gitOwnerUrl: field(urlText, 'git_owner_url') ?? '',
    category: field(nonEmptyText, 'category'),
    gitRepoUrls,
    metadata: parseMetadata(ctx, raw.metadata, fieldPath(base, ['metadata'])),
  };
}

function parseMetadata(ctx: FileContext, value: unknown, base: string): OverrideEntry['metadata'] {
  const metadata = parseOptionalField(ctx, plainObject, value, base);
  if (!metadata) return null;
  for (const key of Object.keys(metadata)) {
    if (!METADATA_FIELD_SET.has(key)) warnAt(ctx, fieldPath(base, [key]), `unknown metadata field "${key}" ignored`);
  }
  if (metadata.description === undefined || metadata.description === null) warnAt(ctx, fieldPath(base, ['description']), 'required field description is missing');
  const field = <S extends z.ZodType>(schema: S, key: string) => parseOptionalField(ctx, schema, metadata[key], fieldPath(base, [key]));
  return {
    description: field(nonEmptyText, 'description'),
    website: field(urlText, 'website'),
    xProfile: field(urlText, 'x_profile'),
    openSource: field(booleanValue, 'open_source'),
    firstReleased: field(nonEmptyText, 'first_released'),
  };
}
