/**
 * deps.dev records (DESIGN §4.6): a package's versions (latest = the default version), the
 * requirements of one version, and the project batch (GitHub stars and forks per repository).
 */
import { parseGitHubUrl } from '../../ids/repo-id.ts';
import type { RepoPopularity } from '../types.ts';
import type { FileContext } from '../meta/file-context.ts';
import { parseOptionalField, parseRecord, warnAt } from '../meta/file-context.ts';
import { fieldPath } from '../meta/field-path.ts';
import type { RegistryDependency, RegistryFragment } from './fragment.ts';
import { isRecord, purlOrWarn } from './fragment.ts';
import { depsdevPackageSchema, depsdevProjectSchema, depsdevRequirementSchema, depsdevRequirementsSchema } from './shapes.schema.ts';

export const DEPSDEV_SOURCE = 'depsdev';

/** deps.dev `system` → purl type (purl spec type names). */
export const DEPSDEV_SYSTEM_PURL_TYPES: Readonly<Record<string, string>> = {
  NPM: 'npm',
  PYPI: 'pypi',
  CARGO: 'cargo',
  GO: 'golang',
  MAVEN: 'maven',
  NUGET: 'nuget',
  RUBYGEMS: 'gem',
};

/** deps.dev writes Maven names `group:artifact`; purls want `group/artifact`. */
function registryNameFor(type: string, name: string): string {
  return type === 'maven' ? name.replace(':', '/') : name;
}

function purlTypeOf(ctx: FileContext, system: string): string | null {
  const type = DEPSDEV_SYSTEM_PURL_TYPES[system.toUpperCase()];
  if (!type) warnAt(ctx, 'system', `file skipped: unknown deps.dev system ${JSON.stringify(system)}`);
  return type ?? null;
}

export function parseDepsdevPackage(json: unknown, ctx: FileContext): RegistryFragment | null {
  const doc = parseRecord(ctx, depsdevPackageSchema, json, '', 'deps.dev package');
  if (!doc) return null;
  const type = purlTypeOf(ctx, doc.system);
  if (!type) return null;
  const latest = doc.default_version ?? doc.versions.find((v) => v.is_default)?.version ?? null;
  return { registry: 'depsdev', purlType: type, name: registryNameFor(type, doc.name), file: ctx.file, isPackageDocument: true, latestVersion: latest };
}

export function parseDepsdevRequirements(json: unknown, ctx: FileContext): RegistryFragment | null {
  const doc = parseRecord(ctx, depsdevRequirementsSchema, json, '', 'deps.dev requirements');
  if (!doc) return null;
  const type = purlTypeOf(ctx, doc.system);
  if (!type) return null;
  const dependencies: RegistryDependency[] = [];
  doc.requirements.forEach((raw, index) => {
    const path = fieldPath('', ['requirements', index]);
    const requirement = parseOptionalField(ctx, depsdevRequirementSchema, raw, path);
    if (!requirement) return;
    const purl = purlOrWarn(ctx, type, registryNameFor(type, requirement.name), fieldPath(path, ['name']));
    if (purl) dependencies.push({ purl, versionRange: requirement.version_constraint?.trim() || null, scope: 'runtime' });
  });
  return { registry: 'depsdev', purlType: type, name: registryNameFor(type, doc.name), file: ctx.file, isPackageDocument: false, dependencies };
}

/** True when every value of the object looks like a deps.dev project record. */
export function isDepsdevProjectBatch(json: unknown): boolean {
  if (!isRecord(json)) return false;
  const values = Object.values(json);
  return values.length > 0 && values.every((v) => isRecord(v) && ('stars_count' in v || 'forks_count' in v));
}

/**
 * Stars and forks per GitHub repository. Projects on other hosts are skipped without a warning:
 * they are valid deps.dev data, just not repos the atlas can place.
 */
export function parseDepsdevProjectBatch(json: unknown, ctx: FileContext): RepoPopularity[] {
  if (!isRecord(json)) return [];
  const out: RepoPopularity[] = [];
  for (const [key, raw] of Object.entries(json)) {
    const path = fieldPath('', [key]);
    const project = parseRecord(ctx, depsdevProjectSchema, raw, path, 'deps.dev project');
    if (!project) continue;
    const target = parseGitHubUrl(key);
    if (target?.kind !== 'repo') continue;
    out.push({ repoId: target.id, stars: project.stars_count ?? null, forks: project.forks_count ?? null, source: DEPSDEV_SOURCE, file: ctx.file });
  }
  return out;
}


/**
 * deps.dev's v3 REST API answers in camelCase with nested keys (`projectKey.id`, `starsCount`;
 * `packageKey.{system,name}`, `versions[].versionKey.version`, `isDefault`), while the batch
 * exports in ../shared/realdata are snake_case and flat. The collector stores what the API sent,
 * so both spellings are read: v3 documents are rewritten to the flat shape before recognition.
 */
export function normaliseDepsdevV3(json: unknown): unknown {
  if (!isRecord(json)) return json;
  const projectKey = json.projectKey;
  if (isRecord(projectKey) && typeof projectKey.id === 'string') {
    return { [projectKey.id]: { stars_count: json.starsCount ?? null, forks_count: json.forksCount ?? null, license: json.license ?? null, description: json.description ?? null } };
  }
  const packageKey = json.packageKey;
  if (isRecord(packageKey) && typeof packageKey.system === 'string' && typeof packageKey.name === 'string' && Array.isArray(json.versions)) {
    const versions = json.versions.filter(isRecord).map((v) => ({
      version: isRecord(v.versionKey) && typeof v.versionKey.version === 'string' ? v.versionKey.version : String(v.version ?? ''),
      is_default: v.isDefault === true,
    }));
    return { system: packageKey.system, name: packageKey.name, default_version: versions.find((v) => v.is_default)?.version ?? null, versions };
  }
  return json;
}
