/**
 * npm responses (DESIGN §4.6): the packument (latest version from `dist-tags.latest`, its runtime
 * dependencies and repository) and the last-month downloads point.
 */
import type { FileContext } from '../meta/file-context.ts';
import { parseOptionalField, parseRecord } from '../meta/file-context.ts';
import { fieldPath } from '../meta/field-path.ts';
import type { RegistryDependency, RegistryFragment } from './fragment.ts';
import { isRecord, purlOrWarn } from './fragment.ts';
import { npmDependencyMapSchema, npmDownloadsSchema, npmPackumentSchema } from './shapes.schema.ts';

/** Dependency maps installed with the package; `devDependencies` are not. */
export const NPM_RUNTIME_DEPENDENCY_KEYS = ['dependencies', 'optionalDependencies', 'peerDependencies'] as const;

function repositoryUrlOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (isRecord(value) && typeof value.url === 'string') return value.url.trim() || null;
  return null;
}

export function parseNpmPackument(json: unknown, ctx: FileContext): RegistryFragment | null {
  const doc = parseRecord(ctx, npmPackumentSchema, json, '', 'npm packument');
  if (!doc) return null;
  const latest = doc['dist-tags'].latest?.trim() || null;
  const version = latest && doc.versions ? doc.versions[latest] : undefined;
  const versionPath = fieldPath('', ['versions', latest ?? '']);
  const dependencies: RegistryDependency[] = [];
  const seen = new Set<string>();
  if (isRecord(version)) {
    for (const key of NPM_RUNTIME_DEPENDENCY_KEYS) {
      const map = parseOptionalField(ctx, npmDependencyMapSchema, version[key], fieldPath(versionPath, [key]));
      for (const [depName, range] of Object.entries(map ?? {})) {
        const purl = purlOrWarn(ctx, 'npm', depName, fieldPath(versionPath, [key, depName]));
        if (!purl || seen.has(purl)) continue;
        seen.add(purl);
        dependencies.push({ purl, versionRange: range.trim() || null, scope: 'runtime' });
      }
    }
  }
  return {
    registry: 'npm',
    purlType: 'npm',
    name: doc.name,
    file: ctx.file,
    isPackageDocument: true,
    latestVersion: latest,
    repositoryUrl: repositoryUrlOf(isRecord(version) ? version.repository : undefined) ?? repositoryUrlOf(doc.repository),
    dependencies,
  };
}

export function parseNpmDownloads(json: unknown, ctx: FileContext): RegistryFragment | null {
  const doc = parseRecord(ctx, npmDownloadsSchema, json, '', 'npm downloads');
  if (!doc) return null;
  return { registry: 'npm', purlType: 'npm', name: doc.package, file: ctx.file, isPackageDocument: false, downloads30d: doc.downloads };
}
