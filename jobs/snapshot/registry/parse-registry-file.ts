/**
 * Parses one registry response file: decodes it, recognises its shape (recognise.ts) and hands it
 * to the parser of that shape. An unparsable or unrecognised file is one warning and nothing else.
 */
import type { RepoPopularity, WarningSink } from '../types.ts';
import type { FileContext } from '../meta/file-context.ts';
import { warnAt } from '../meta/file-context.ts';
import { parseJsonContent } from '../meta/snapshot-files.ts';
import { parseCratesCrate, parseCratesDependencies, parseCratesReverseDependencies } from './crates.ts';
import { normaliseDepsdevV3, parseDepsdevPackage, parseDepsdevProjectBatch, parseDepsdevRequirements } from './depsdev.ts';
import type { RegistryFragment } from './fragment.ts';
import { REGISTRY_SOURCE } from './merge.ts';
import { parseNpmDownloads, parseNpmPackument } from './npm.ts';
import { parsePackagistDependents, parsePackagistDownloads, parsePackagistPackage } from './packagist.ts';
import { parsePubdevMetrics, parsePubdevPackage, parsePubdevSearch } from './pubdev.ts';
import { parsePypiProject, parsePypistatsRecent } from './pypi.ts';
import type { RegistryShape } from './recognise.ts';
import { recogniseRegistryShape } from './recognise.ts';

const FRAGMENT_PARSERS: Record<Exclude<RegistryShape, 'depsdev-project-batch'>, (json: unknown, ctx: FileContext) => RegistryFragment | null> = {
  'npm-packument': parseNpmPackument,
  'npm-downloads': parseNpmDownloads,
  'crates-crate': parseCratesCrate,
  'crates-dependencies': parseCratesDependencies,
  'crates-reverse-dependencies': parseCratesReverseDependencies,
  'pypi-project': parsePypiProject,
  'pypistats-recent': parsePypistatsRecent,
  'packagist-package': parsePackagistPackage,
  'packagist-downloads': parsePackagistDownloads,
  'packagist-dependents': parsePackagistDependents,
  'pubdev-package': parsePubdevPackage,
  'pubdev-metrics': parsePubdevMetrics,
  'pubdev-search': parsePubdevSearch,
  'depsdev-package': parseDepsdevPackage,
  'depsdev-requirements': parseDepsdevRequirements,
};

export interface ParsedRegistryFile {
  shape: RegistryShape | null;
  fragment: RegistryFragment | null;
  popularity: RepoPopularity[];
}

/** `folder` is the registry folder the file sits in (`npm`, `crates`, …), used only to break ties. */
export function parseRegistryFile(content: string | Buffer, file: string, folder: string | null, sink: WarningSink): ParsedRegistryFile {
  const ctx: FileContext = { source: REGISTRY_SOURCE, file, sink };
  const raw = parseJsonContent(content, ctx);
  if (raw === undefined) return { shape: null, fragment: null, popularity: [] };
  const json = normaliseDepsdevV3(raw);
  if (json === undefined) return { shape: null, fragment: null, popularity: [] };
  const shape = recogniseRegistryShape(json, folder);
  if (shape === null) {
    warnAt(ctx, undefined, 'file skipped: not a registry response PG Atlas reads (no known shape)');
    return { shape, fragment: null, popularity: [] };
  }
  if (shape === 'depsdev-project-batch') return { shape, fragment: null, popularity: parseDepsdevProjectBatch(json, ctx) };
  return { shape, fragment: FRAGMENT_PARSERS[shape](json, ctx), popularity: [] };
}
