/**
 * npm `package.json` (DESIGN §4.5): `name` publishes `pkg:npm/<name>` unless `private: true`;
 * `dependencies`, `peerDependencies` and `optionalDependencies` are runtime, `devDependencies`
 * dev. Specs that point inside the repo (`workspace:`, `file:`, `link:`, `portal:`) are internal.
 * An alias (`"x": "npm:real-name@^1"`) depends on the real package.
 */
import { z } from 'zod';
import type { DependencyScope, ParsedManifest } from '../types.ts';
import { DependencyList, isRecord, purlOrWarn, warnManifest, type ManifestContext } from './manifest-context.ts';
import { isExampleOrTestPath } from './example-or-test.ts';

/** Spec protocols that resolve inside the repository (npm, yarn, pnpm, bun). */
export const NPM_INTERNAL_PROTOCOLS = ['workspace:', 'file:', 'link:', 'portal:'];

const SECTIONS: [string, DependencyScope][] = [
  ['dependencies', 'runtime'],
  ['peerDependencies', 'runtime'],
  ['optionalDependencies', 'runtime'],
  ['devDependencies', 'dev'],
];

const PackageJsonSchema = z.looseObject({
  name: z.string().optional(),
  private: z.union([z.boolean(), z.literal('true'), z.literal('false')]).optional(),
});

/** `npm:@scope/real@^1.2` → [`@scope/real`, `^1.2`]. */
function splitAlias(spec: string): [string, string | null] {
  const body = spec.slice('npm:'.length);
  const at = body.lastIndexOf('@');
  return at > 0 ? [body.slice(0, at), body.slice(at + 1)] : [body, null];
}

export function parsePackageJson(text: string, ctx: ManifestContext): ParsedManifest | null {
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
  const head = PackageJsonSchema.safeParse(json);
  let name: string | undefined;
  let isPrivate = false;
  if (head.success) {
    name = head.data.name;
    isPrivate = head.data.private === true || head.data.private === 'true';
  } else {
    for (const issue of head.error.issues) warnManifest(ctx, issue.path.join('.'), `ignored: ${issue.message}`);
    if (typeof json.name === 'string') name = json.name;
  }

  const deps = new DependencyList();
  for (const [section, scope] of SECTIONS) {
    const table = json[section];
    if (table === undefined) continue;
    if (!isRecord(table)) {
      warnManifest(ctx, section, 'not an object, section skipped');
      continue;
    }
    for (const [depName, rawSpec] of Object.entries(table)) {
      const field = `${section}.${depName}`;
      if (typeof rawSpec !== 'string') {
        warnManifest(ctx, field, 'version spec is not a string, skipped');
        continue;
      }
      const spec = rawSpec.trim();
      const internal = NPM_INTERNAL_PROTOCOLS.some((p) => spec.startsWith(p));
      const [realName, range] = spec.startsWith('npm:') ? splitAlias(spec) : [depName, spec];
      deps.add(purlOrWarn(ctx, 'npm', realName, field), range, scope, internal);
    }
  }
  return {
    path: ctx.path,
    kind: 'package.json',
    publishes: name ? purlOrWarn(ctx, 'npm', name, 'name') : null,
    isPrivate,
    isExampleOrTest: isExampleOrTestPath(ctx.path),
    dependencies: deps.toArray(),
  };
}
