/**
 * Merges the endpoint files of one package (package document, downloads, dependencies, reverse
 * dependencies, …) into one `RegistryPackage` (DESIGN §4.6). Fragments are taken package
 * document first, then by file name, and the first known value of each field wins; dependency and
 * dependent lists are unions (dependents sorted, the package itself removed, capped at
 * `MAX_DEPENDENTS_PER_PACKAGE`).
 */
import type { Purl } from '../../ids/purl.ts';
import type { RegistryPackage, WarningSink } from '../types.ts';
import { MAX_DEPENDENTS_PER_PACKAGE } from './caps.ts';
import type { DownloadWindows, RegistryDependency, RegistryFragment } from './fragment.ts';
import { compareCodeUnits } from '../code-unit-order.ts';

export const REGISTRY_SOURCE = 'registry';

/** A `RegistryPackage` plus what the reader knows beyond types.ts. */
export interface RegistryPackageRead extends RegistryPackage {
  /** pub.dev only: downloads over the newest 4 / 12 / 52 weeks; null elsewhere. */
  downloadWindows: DownloadWindows | null;
  /** Every file merged into this record, sorted. */
  files: string[];
}

export interface AttributedFragment {
  fragment: RegistryFragment;
  purl: Purl;
}

function firstKnown<T>(values: (T | null | undefined)[]): T | null {
  for (const value of values) if (value !== null && value !== undefined) return value;
  return null;
}

export function mergeRegistryFragments(items: readonly AttributedFragment[], sink: WarningSink): RegistryPackageRead[] {
  const groups = new Map<string, AttributedFragment[]>();
  for (const item of items) {
    const key = `${item.fragment.registry} ${item.purl}`;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const packages: RegistryPackageRead[] = [];
  for (const group of groups.values()) {
    const ordered = [...group].sort((a, b) => Number(b.fragment.isPackageDocument) - Number(a.fragment.isPackageDocument) || compareCodeUnits(a.fragment.file, b.fragment.file));
    const fragments = ordered.map((g) => g.fragment);
    const purl = group[0].purl;

    const dependencies: RegistryDependency[] = [];
    const seenDeps = new Set<string>();
    for (const dep of fragments.flatMap((f) => f.dependencies ?? [])) {
      if (seenDeps.has(dep.purl) || dep.purl === purl) continue;
      seenDeps.add(dep.purl);
      dependencies.push(dep);
    }
    let dependents = [...new Set(fragments.flatMap((f) => f.dependents ?? []))].filter((d) => d !== purl).sort();
    const file = fragments[0].file;
    if (dependents.length > MAX_DEPENDENTS_PER_PACKAGE) {
      sink.warn({ source: REGISTRY_SOURCE, file, message: `${purl}: ${dependents.length} reverse dependents, kept the first ${MAX_DEPENDENTS_PER_PACKAGE} (MAX_DEPENDENTS_PER_PACKAGE)` });
      dependents = dependents.slice(0, MAX_DEPENDENTS_PER_PACKAGE);
    }
    packages.push({
      registry: fragments[0].registry,
      purl,
      latestVersion: firstKnown(fragments.map((f) => f.latestVersion)),
      downloads30d: firstKnown(fragments.map((f) => f.downloads30d)),
      repositoryUrl: firstKnown(fragments.map((f) => f.repositoryUrl)),
      dependencies,
      dependents,
      file,
      downloadWindows: firstKnown(fragments.map((f) => f.downloadWindows)),
      files: fragments.map((f) => f.file).sort(),
    });
  }
  return packages.sort((a, b) => compareCodeUnits(a.registry, b.registry) || compareCodeUnits(a.purl, b.purl));
}
