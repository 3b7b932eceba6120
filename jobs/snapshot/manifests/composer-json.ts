/**
 * PHP `composer.json` (DESIGN §4.5; getcomposer.org "The composer.json schema"). `name`
 * (`vendor/package`) publishes `pkg:composer/<name>`. `require` is runtime, `require-dev` dev.
 * Platform packages (`php`, `ext-*`, `lib-*`, `composer-plugin-api`, … — every name without a
 * `vendor/` part) are the interpreter's, not packages, and are dropped. Path repositories are
 * not resolved (a `*@dev` constraint does not prove a local path), so every edge is external.
 */
import type { DependencyScope, ParsedManifest } from '../types.ts';
import { DependencyList, isRecord, purlOrWarn, warnManifest, type ManifestContext } from './manifest-context.ts';
import { isExampleOrTestPath } from './example-or-test.ts';

const SECTIONS: [string, DependencyScope][] = [
  ['require', 'runtime'],
  ['require-dev', 'dev'],
];

export function parseComposerJson(text: string, ctx: ManifestContext): ParsedManifest | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    warnManifest(ctx, undefined, `not JSON, manifest skipped: ${(error as Error).message}`);
    return null;
  }
  if (!isRecord(json)) {
    warnManifest(ctx, undefined, 'not a JSON object, manifest skipped');
    return null;
  }
  const deps = new DependencyList();
  for (const [section, scope] of SECTIONS) {
    const table = json[section];
    if (table === undefined) continue;
    if (!isRecord(table)) {
      warnManifest(ctx, section, 'not an object, section skipped');
      continue;
    }
    for (const [name, constraint] of Object.entries(table)) {
      if (!name.includes('/')) continue; // platform package
      if (typeof constraint !== 'string') {
        warnManifest(ctx, `${section}.${name}`, 'constraint is not a string, skipped');
        continue;
      }
      deps.add(purlOrWarn(ctx, 'composer', name, `${section}.${name}`), constraint, scope, false);
    }
  }
  const name = typeof json.name === 'string' ? json.name : null;
  return {
    path: ctx.path,
    kind: 'composer.json',
    publishes: name ? purlOrWarn(ctx, 'composer', name, 'name') : null,
    isPrivate: false,
    isExampleOrTest: isExampleOrTestPath(ctx.path),
    dependencies: deps.toArray(),
  };
}
