/**
 * What one registry response file says about one package, before the endpoint files of the same
 * package (package document, downloads, dependencies, reverse dependencies, …) are merged into a
 * `RegistryPackage` (merge.ts). Also the small helpers the per-registry parsers share.
 */
import type { Purl } from '../../ids/purl.ts';
import { purlFor } from '../../ids/purl.ts';
import type { DependencyScope, RegistryName } from '../types.ts';
import type { FileContext } from '../meta/file-context.ts';
import { warnAt } from '../meta/file-context.ts';

export interface RegistryDependency {
  purl: Purl;
  versionRange: string | null;
  scope: DependencyScope;
}

/** pub.dev downloads summed over the newest 4 / 12 / 52 weeks of its weekly series; null when the series is shorter. */
export interface DownloadWindows {
  weeks4: number | null;
  weeks12: number | null;
  weeks52: number | null;
}

export interface RegistryFragment {
  registry: RegistryName;
  /** purl type of the package (`npm`, `cargo`, `pypi`, `composer`, `pub`, …). */
  purlType: string;
  /** Package name as the registry spells it; null when the file does not say (see read-registry.ts). */
  name: string | null;
  file: string;
  /** The package document itself (packument, crate, PyPI JSON, …): its file names the merged record. */
  isPackageDocument: boolean;
  latestVersion?: string | null;
  downloads30d?: number | null;
  downloadWindows?: DownloadWindows | null;
  repositoryUrl?: string | null;
  dependencies?: RegistryDependency[];
  dependents?: Purl[];
}

/** A purl for a registry name, or a warning naming the field and null when the name is unusable. */
export function purlOrWarn(ctx: FileContext, type: string, name: string, field: string): Purl | null {
  try {
    return purlFor(type, name.trim());
  } catch (error) {
    warnAt(ctx, field, `package name ${JSON.stringify(name)} skipped: ${(error as Error).message}`);
    return null;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
