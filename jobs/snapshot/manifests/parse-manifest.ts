/**
 * One entry point for every manifest kind (DESIGN §4.5): picks the parser by file name. The
 * Cargo workspace context is the caller's to supply (the repo reader finds each crate's
 * workspace root); the other kinds need no context.
 */
import type { ManifestKind, ParsedManifest } from '../types.ts';
import type { ManifestContext } from './manifest-context.ts';
import type { CargoWorkspace } from './cargo-workspace.ts';
import { parsePackageJson } from './package-json.ts';
import { parseCargoToml } from './cargo-toml.ts';
import { parsePyprojectToml } from './pyproject-toml.ts';
import { parseGoMod } from './go-mod.ts';
import { parsePubspecYaml } from './pubspec-yaml.ts';
import { parseComposerJson } from './composer-json.ts';
import { parsePomXml } from './pom-xml.ts';

export interface ManifestInput extends ManifestContext {
  kind: ManifestKind;
  text: string;
  /** For Cargo.toml: the workspace root this crate belongs to, when there is one. */
  cargoWorkspace?: CargoWorkspace | null;
}

export function parseManifest(input: ManifestInput): ParsedManifest | null {
  const ctx: ManifestContext = { path: input.path, file: input.file, sink: input.sink };
  switch (input.kind) {
    case 'package.json':
      return parsePackageJson(input.text, ctx);
    case 'Cargo.toml':
      return parseCargoToml(input.text, ctx, input.cargoWorkspace ?? null);
    case 'pyproject.toml':
      return parsePyprojectToml(input.text, ctx);
    case 'go.mod':
      return parseGoMod(input.text, ctx);
    case 'pubspec.yaml':
      return parsePubspecYaml(input.text, ctx);
    case 'composer.json':
      return parseComposerJson(input.text, ctx);
    case 'pom.xml':
      return parsePomXml(input.text, ctx);
  }
}
