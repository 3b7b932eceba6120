/**
 * crates.io responses (DESIGN §4.6): the crate (latest = max stable version; `recent_downloads`
 * is a 90-day figure, converted to 30 days), the dependencies of that version (`normal` →
 * runtime, `build` → build; `dev` dropped) and reverse dependencies (kind `normal` only, crate
 * names from the `versions[]` the API returns beside them).
 */
import type { Purl } from '../../ids/purl.ts';
import type { DependencyScope } from '../types.ts';
import type { FileContext } from '../meta/file-context.ts';
import { parseOptionalField, parseRecord, warnAt } from '../meta/file-context.ts';
import { fieldPath } from '../meta/field-path.ts';
import { CRATES_RECENT_TO_30D_DIVISOR } from './caps.ts';
import type { RegistryDependency, RegistryFragment } from './fragment.ts';
import { purlOrWarn } from './fragment.ts';
import { cratesCrateSchema, cratesDependenciesSchema, cratesDependencySchema, cratesReverseDependenciesSchema, cratesReverseDependencySchema, cratesVersionSchema } from './shapes.schema.ts';

/** crates.io dependency kinds we keep, and their scope; `dev` is not a dependency of users. */
export const CRATES_KIND_SCOPES: Readonly<Record<string, DependencyScope>> = { normal: 'runtime', build: 'build' };
/** DESIGN §4.6: reverse dependents count only when they depend normally (not dev, not build). */
export const CRATES_REVERSE_DEPENDENCY_KIND = 'normal';

/** 30-day downloads from crates.io's 90-day `recent_downloads` (integer floor). */
export function cratesDownloads30d(recentDownloads: number): number {
  return Math.floor(recentDownloads / CRATES_RECENT_TO_30D_DIVISOR);
}

export function parseCratesCrate(json: unknown, ctx: FileContext): RegistryFragment | null {
  const doc = parseRecord(ctx, cratesCrateSchema, json, '', 'crates.io crate');
  if (!doc) return null;
  const crate = doc.crate;
  return {
    registry: 'crates',
    purlType: 'cargo',
    name: crate.name,
    file: ctx.file,
    isPackageDocument: true,
    latestVersion: crate.max_stable_version ?? crate.max_version ?? null,
    downloads30d: crate.recent_downloads === null || crate.recent_downloads === undefined ? null : cratesDownloads30d(crate.recent_downloads),
    repositoryUrl: crate.repository ?? null,
  };
}

/** Dependencies of one crate version. The response does not name the crate: `name` comes from the caller. */
export function parseCratesDependencies(json: unknown, ctx: FileContext): RegistryFragment | null {
  const doc = parseRecord(ctx, cratesDependenciesSchema, json, '', 'crates.io dependencies');
  if (!doc) return null;
  const dependencies: RegistryDependency[] = [];
  doc.dependencies.forEach((raw, index) => {
    const path = fieldPath('', ['dependencies', index]);
    const dep = parseOptionalField(ctx, cratesDependencySchema, raw, path);
    if (!dep) return;
    const scope = CRATES_KIND_SCOPES[dep.kind ?? 'normal'];
    if (!scope) return; // dev-dependency
    const purl = purlOrWarn(ctx, 'cargo', dep.crate_id, fieldPath(path, ['crate_id']));
    if (purl) dependencies.push({ purl, versionRange: dep.req?.trim() || null, scope });
  });
  return { registry: 'crates', purlType: 'cargo', name: null, file: ctx.file, isPackageDocument: false, dependencies };
}

export function parseCratesReverseDependencies(json: unknown, ctx: FileContext): RegistryFragment | null {
  const doc = parseRecord(ctx, cratesReverseDependenciesSchema, json, '', 'crates.io reverse dependencies');
  if (!doc) return null;
  const crateOfVersion = new Map<number, string>();
  (doc.versions ?? []).forEach((raw, index) => {
    const version = parseOptionalField(ctx, cratesVersionSchema, raw, fieldPath('', ['versions', index]));
    if (version) crateOfVersion.set(version.id, version.crate);
  });
  const dependedOn = new Set<string>();
  const dependents: Purl[] = [];
  let unmapped = 0;
  doc.dependencies.forEach((raw, index) => {
    const path = fieldPath('', ['dependencies', index]);
    const dep = parseOptionalField(ctx, cratesReverseDependencySchema, raw, path);
    if (!dep) return;
    dependedOn.add(dep.crate_id);
    if ((dep.kind ?? 'normal') !== CRATES_REVERSE_DEPENDENCY_KIND) return;
    const crate = crateOfVersion.get(dep.version_id);
    if (!crate) {
      unmapped += 1;
      return;
    }
    const purl = purlOrWarn(ctx, 'cargo', crate, path);
    if (purl) dependents.push(purl);
  });
  if (unmapped > 0) warnAt(ctx, 'versions', `${unmapped} reverse dependencies skipped: their version_id is not in versions[], so the dependent crate is unknown`);
  if (dependedOn.size > 1) {
    warnAt(ctx, 'dependencies', `file skipped: reverse dependencies of several crates (${[...dependedOn].sort().join(', ')})`);
    return null;
  }
  const name = dependedOn.size === 1 ? [...dependedOn][0] : null;
  return { registry: 'crates', purlType: 'cargo', name, file: ctx.file, isPackageDocument: false, dependents };
}
