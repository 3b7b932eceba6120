/**
 * Cargo `Cargo.toml` (DESIGN §4.5; The Cargo Book, "The Manifest Format", "Specifying
 * Dependencies"). `[package].name` publishes `pkg:cargo/<name>` unless `publish = false` / `[]`
 * (private); a virtual workspace root (no `[package]`) publishes nothing. `[dependencies]` are
 * runtime, `[dev-dependencies]` dev, `[build-dependencies]` build, and the same three under
 * `[target.'cfg(…)'.*]`. `package = "real"` renames resolve to the real crate. `path = …` is an
 * internal (same-repo) dependency; `workspace = true` inherits the entry of the workspace root's
 * `[workspace.dependencies]` (passed in by the repo reader): internal only if that entry has a
 * path, otherwise the external crate at the workspace's version.
 */
import { parse as parseToml } from 'smol-toml';
import type { DependencyScope, ParsedManifest } from '../types.ts';
import { DependencyList, isRecord, purlOrWarn, warnManifest, type ManifestContext } from './manifest-context.ts';
import { isExampleOrTestPath } from './example-or-test.ts';
import { publishFlag, readCargoDependencySpec, type CargoWorkspace } from './cargo-workspace.ts';

/** Dependency tables and their scopes; the underscore spellings are Cargo's legacy aliases. */
const CARGO_SECTIONS: [string, DependencyScope][] = [
  ['dependencies', 'runtime'],
  ['dev-dependencies', 'dev'],
  ['dev_dependencies', 'dev'],
  ['build-dependencies', 'build'],
  ['build_dependencies', 'build'],
];

/** TOML text → table, or null with a warning. */
export function parseCargoTomlTable(text: string, ctx: ManifestContext): Record<string, unknown> | null {
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch (error) {
    warnManifest(ctx, undefined, `not valid TOML, manifest skipped: ${(error as Error).message.split('\n')[0]}`);
    return null;
  }
}

export function parseCargoToml(text: string, ctx: ManifestContext, workspace: CargoWorkspace | null = null): ParsedManifest | null {
  const toml = parseCargoTomlTable(text, ctx);
  if (!toml) return null;
  return cargoManifestFromTable(toml, ctx, workspace);
}

export function cargoManifestFromTable(toml: Record<string, unknown>, ctx: ManifestContext, workspace: CargoWorkspace | null): ParsedManifest {
  const deps = new DependencyList();
  const readSection = (table: unknown, scope: DependencyScope, field: string): void => {
    if (table === undefined) return;
    if (!isRecord(table)) {
      warnManifest(ctx, field, 'not a table, section skipped');
      return;
    }
    for (const [key, value] of Object.entries(table)) {
      const at = `${field}.${key}`;
      const spec = readCargoDependencySpec(key, value);
      if (!spec) {
        warnManifest(ctx, at, 'not a version string or dependency table, skipped');
        continue;
      }
      if (spec.workspace) {
        const inherited = workspace?.dependencies.get(key);
        if (!inherited) {
          if (workspace) warnManifest(ctx, at, `workspace = true but ${workspace.rootPath} declares no ${key}`);
          deps.add(purlOrWarn(ctx, 'cargo', spec.crate, at), null, scope, false);
          continue;
        }
        deps.add(purlOrWarn(ctx, 'cargo', inherited.crate, at), inherited.version, scope, inherited.path !== null);
        continue;
      }
      deps.add(purlOrWarn(ctx, 'cargo', spec.crate, at), spec.version, scope, spec.path !== null);
    }
  };
  for (const [section, scope] of CARGO_SECTIONS) readSection(toml[section], scope, section);
  if (isRecord(toml.target)) {
    for (const [cfg, targetTable] of Object.entries(toml.target)) {
      if (!isRecord(targetTable)) continue;
      for (const [section, scope] of CARGO_SECTIONS) readSection(targetTable[section], scope, `target.${JSON.stringify(cfg)}.${section}`);
    }
  }

  const pkg = toml.package;
  let publishes: ParsedManifest['publishes'] = null;
  let isPrivate = false;
  if (isRecord(pkg)) {
    if (typeof pkg.name === 'string') publishes = purlOrWarn(ctx, 'cargo', pkg.name, 'package.name');
    else warnManifest(ctx, 'package.name', 'missing: the package publishes nothing');
    const inheritsPublish = isRecord(pkg.publish) && pkg.publish.workspace === true;
    const publish = inheritsPublish ? (workspace?.publish ?? null) : publishFlag(pkg.publish);
    isPrivate = publish === false;
  }
  return {
    path: ctx.path,
    kind: 'Cargo.toml',
    publishes,
    isPrivate,
    isExampleOrTest: isExampleOrTestPath(ctx.path),
    dependencies: deps.toArray(),
  };
}
