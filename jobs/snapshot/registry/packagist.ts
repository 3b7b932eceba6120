/**
 * Packagist responses (DESIGN §4.6): the package document (latest version, its `require`, source
 * URL), monthly downloads, and dependents.
 *
 * Latest version: the highest stable release; failing that the highest pre-release; failing that a
 * default-branch dev version (`dev-main`, `dev-master`), else the first dev version listed. Only
 * `vendor/name` requirements are packages: `php`, `ext-*`, `lib-*`, `composer-*-api` are platform
 * requirements (Composer docs, "Platform packages") and are dropped.
 */
import type { Purl } from '../../ids/purl.ts';
import type { FileContext } from '../meta/file-context.ts';
import { parseOptionalField, parseRecord } from '../meta/file-context.ts';
import { fieldPath } from '../meta/field-path.ts';
import type { RegistryDependency, RegistryFragment } from './fragment.ts';
import { purlOrWarn } from './fragment.ts';
import { packagistDependentsSchema, packagistDownloadsSchema, packagistPackageSchema, packagistVersionSchema } from './shapes.schema.ts';

/** Dev versions that track a default branch, preferred in this order when nothing is released. */
export const PACKAGIST_DEFAULT_BRANCH_VERSIONS = ['dev-main', 'dev-master', 'dev-trunk'] as const;

const DEV_VERSION_RE = /^dev-|[.-]dev$/i;
const PRERELEASE_RE = /[-.]?(alpha|beta|rc|a|b)\.?\d*$/i;

function isDevVersion(version: string, normalized: string | undefined): boolean {
  return DEV_VERSION_RE.test(version) || (normalized !== undefined && DEV_VERSION_RE.test(normalized));
}

/** Numeric parts of a version (`v1.9.4` / `1.9.4.0` → [1, 9, 4, 0]); pre-release text is ignored. */
function numericParts(version: string): number[] {
  return (version.replace(/^v/i, '').match(/^\d+(?:\.\d+)*/)?.[0] ?? '').split('.').filter(Boolean).map(Number);
}

function compareVersions(a: string, b: string): number {
  const pa = numericParts(a);
  const pb = numericParts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The version Packagist users get by default, by the rule in the module header. */
export function pickPackagistLatest(versions: readonly { key: string; normalized?: string }[]): string | null {
  const released = versions.filter((v) => !isDevVersion(v.key, v.normalized));
  const stable = released.filter((v) => !PRERELEASE_RE.test(v.key));
  const highest = (list: typeof versions) => [...list].sort((a, b) => compareVersions(b.normalized ?? b.key, a.normalized ?? a.key))[0]?.key ?? null;
  if (stable.length > 0) return highest(stable);
  if (released.length > 0) return highest(released);
  for (const branch of PACKAGIST_DEFAULT_BRANCH_VERSIONS) if (versions.some((v) => v.key === branch)) return branch;
  return versions[0]?.key ?? null;
}

export function parsePackagistPackage(json: unknown, ctx: FileContext): RegistryFragment | null {
  const doc = parseRecord(ctx, packagistPackageSchema, json, '', 'Packagist package');
  if (!doc) return null;
  const versions = Object.entries(doc.package.versions).map(([key, raw]) => {
    const parsed = parseOptionalField(ctx, packagistVersionSchema, raw, fieldPath('', ['package', 'versions', key]));
    return { key, normalized: parsed?.version_normalized, parsed };
  });
  const latest = pickPackagistLatest(versions);
  const latestVersion = versions.find((v) => v.key === latest)?.parsed ?? null;
  const dependencies: RegistryDependency[] = [];
  for (const [depName, range] of Object.entries(latestVersion?.require ?? {})) {
    if (!depName.includes('/')) continue; // platform requirement
    const purl = purlOrWarn(ctx, 'composer', depName, fieldPath('', ['package', 'versions', latest ?? '', 'require', depName]));
    if (purl) dependencies.push({ purl, versionRange: range.trim() || null, scope: 'runtime' });
  }
  return {
    registry: 'packagist',
    purlType: 'composer',
    name: doc.package.name,
    file: ctx.file,
    isPackageDocument: true,
    latestVersion: latest,
    repositoryUrl: latestVersion?.source?.url ?? null,
    dependencies,
  };
}

export function parsePackagistDownloads(json: unknown, ctx: FileContext): RegistryFragment | null {
  const doc = parseRecord(ctx, packagistDownloadsSchema, json, '', 'Packagist downloads');
  if (!doc) return null;
  return { registry: 'packagist', purlType: 'composer', name: doc.package.name, file: ctx.file, isPackageDocument: false, downloads30d: doc.package.downloads.total.monthly };
}

/** Dependents of one package. The response does not name the package: `name` comes from the caller. */
export function parsePackagistDependents(json: unknown, ctx: FileContext): RegistryFragment | null {
  const doc = parseRecord(ctx, packagistDependentsSchema, json, '', 'Packagist dependents');
  if (!doc) return null;
  const dependents = doc.packages
    .map((p, index) => purlOrWarn(ctx, 'composer', p.name, fieldPath('', ['packages', index, 'name'])))
    .filter((p): p is Purl => p !== null);
  return { registry: 'packagist', purlType: 'composer', name: null, file: ctx.file, isPackageDocument: false, dependents };
}
