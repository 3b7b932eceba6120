/** SPDX SBOM readers (DESIGN §4.4): parse one document, read a snapshot's SBOMs, derive direct dependencies. */
export { parseSpdx, SBOM_SOURCE, type ParsedSbomDocument, type ParseSpdxOptions } from './parse-spdx.ts';
export { readSboms, SBOM_DIR, DECLARED_SBOM_PATH } from './read-sboms.ts';
export { sbomDirectDependencies, CI_PURL_TYPES, type SbomDependency } from './direct-dependencies.ts';
export { sbomSemanticHash } from './semantic-hash.ts';
export { repoIdFromSbomFileName, repoIdFromRootPackages } from './sbom-repo-id.ts';
