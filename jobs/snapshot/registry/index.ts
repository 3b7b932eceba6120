/** Registry and deps.dev snapshot readers (DESIGN §4.6). */
export { readRegistry, attributeFragments, packageNameFromFileName, REGISTRY_DIR } from './read-registry.ts';
export type { RegistryRecords } from './read-registry.ts';
export { parseRegistryFile } from './parse-registry-file.ts';
export type { ParsedRegistryFile } from './parse-registry-file.ts';
export { recogniseRegistryShape } from './recognise.ts';
export type { RegistryShape } from './recognise.ts';
export { mergeRegistryFragments, REGISTRY_SOURCE } from './merge.ts';
export type { RegistryPackageRead } from './merge.ts';
export type { RegistryFragment, RegistryDependency, DownloadWindows } from './fragment.ts';
export { cratesDownloads30d } from './crates.ts';
export { pubdevDownloadWindows } from './pubdev.ts';
export { pickPackagistLatest } from './packagist.ts';
export { parsePep508 } from './pep508.ts';
export * from './caps.ts';
