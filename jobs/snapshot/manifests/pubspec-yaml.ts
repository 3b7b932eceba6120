/**
 * Dart / Flutter `pubspec.yaml` (DESIGN §4.5; dart.dev "Package dependencies"). `name`
 * publishes `pkg:pub/<name>` unless `publish_to: none` (private). `dependencies` are runtime,
 * `dev_dependencies` dev. Sources: a version string (or none) and `hosted:` are external pub
 * packages; `path:` is internal (same repo); `sdk: flutter` is internal too — it ships with the
 * SDK, so there is no pub.dev package to link; `git:` is the external package of that name.
 */
import { parse as parseYaml } from 'yaml';
import type { DependencyScope, ParsedManifest } from '../types.ts';
import { DependencyList, isRecord, purlOrWarn, warnManifest, type ManifestContext } from './manifest-context.ts';
import { isExampleOrTestPath } from './example-or-test.ts';

const SECTIONS: [string, DependencyScope][] = [
  ['dependencies', 'runtime'],
  ['dev_dependencies', 'dev'],
];

export function parsePubspecYaml(text: string, ctx: ManifestContext): ParsedManifest | null {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (error) {
    warnManifest(ctx, undefined, `not valid YAML, manifest skipped: ${(error as Error).message.split('\n')[0]}`);
    return null;
  }
  if (!isRecord(doc)) {
    warnManifest(ctx, undefined, 'not a YAML mapping, manifest skipped');
    return null;
  }
  const deps = new DependencyList();
  for (const [section, scope] of SECTIONS) {
    const table = doc[section];
    if (table === undefined || table === null) continue;
    if (!isRecord(table)) {
      warnManifest(ctx, section, 'not a mapping, section skipped');
      continue;
    }
    for (const [name, value] of Object.entries(table)) {
      const at = `${section}.${name}`;
      if (value === null || typeof value === 'string' || typeof value === 'number') {
        deps.add(purlOrWarn(ctx, 'pub', name, at), value === null ? null : String(value), scope, false);
      } else if (isRecord(value)) {
        const internal = 'path' in value || 'sdk' in value;
        deps.add(purlOrWarn(ctx, 'pub', name, at), typeof value.version === 'string' ? value.version : null, scope, internal);
      } else {
        warnManifest(ctx, at, 'not a version or source mapping, skipped');
      }
    }
  }
  const name = typeof doc.name === 'string' ? doc.name : null;
  if (!name) warnManifest(ctx, 'name', 'missing: the package publishes nothing');
  return {
    path: ctx.path,
    kind: 'pubspec.yaml',
    publishes: name ? purlOrWarn(ctx, 'pub', name, 'name') : null,
    isPrivate: typeof doc.publish_to === 'string' && doc.publish_to.trim().toLowerCase() === 'none',
    isExampleOrTest: isExampleOrTestPath(ctx.path),
    dependencies: deps.toArray(),
  };
}
