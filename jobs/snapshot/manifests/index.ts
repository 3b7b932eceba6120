/** Package manifest parsers (DESIGN §4.5): what a repo publishes and what it declares it depends on. */
export { parseManifest, type ManifestInput } from './parse-manifest.ts';
export { manifestKindOf, MANIFEST_KINDS } from './manifest-kind.ts';
export { isExampleOrTestPath, EXAMPLE_OR_TEST_SEGMENTS } from './example-or-test.ts';
export { MANIFEST_SOURCE, type ManifestContext } from './manifest-context.ts';
export { parsePackageJson, NPM_INTERNAL_PROTOCOLS } from './package-json.ts';
export { parseCargoToml, parseCargoTomlTable, cargoManifestFromTable } from './cargo-toml.ts';
export { cargoWorkspaceOf, type CargoWorkspace, type CargoWorkspaceDependency } from './cargo-workspace.ts';
export { parsePyprojectToml, PYTHON_DEV_EXTRAS, isDevExtra } from './pyproject-toml.ts';
export { parsePep508, type Pep508Requirement } from './pep508.ts';
export { parseGoMod } from './go-mod.ts';
export { parsePubspecYaml } from './pubspec-yaml.ts';
export { parseComposerJson } from './composer-json.ts';
export { parsePomXml } from './pom-xml.ts';
