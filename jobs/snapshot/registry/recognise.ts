/**
 * Recognises a registry response by its shape, not its file name (docs/SNAPSHOT.md, DESIGN §4.6):
 * an npm packument has `dist-tags`, a crates.io crate has `crate`, crates.io reverse dependencies
 * carry `version_id`, and so on. The registry folder the file sits in only breaks ties between
 * shapes that cannot be told apart when empty (`{"packages": []}` is Packagist dependents or a
 * pub.dev search).
 */
import { isRecord } from './fragment.ts';
import { isDepsdevProjectBatch } from './depsdev.ts';

export type RegistryShape =
  | 'npm-packument'
  | 'npm-downloads'
  | 'crates-crate'
  | 'crates-dependencies'
  | 'crates-reverse-dependencies'
  | 'pypi-project'
  | 'pypistats-recent'
  | 'packagist-package'
  | 'packagist-downloads'
  | 'packagist-dependents'
  | 'pubdev-package'
  | 'pubdev-metrics'
  | 'pubdev-search'
  | 'depsdev-package'
  | 'depsdev-requirements'
  | 'depsdev-project-batch';

const has = (value: Record<string, unknown>, key: string) => key in value;
const anyElement = (list: unknown[], key: string) => list.some((e) => isRecord(e) && key in e);

/** The shape of a parsed JSON document, or null when it is no registry response we read. */
export function recogniseRegistryShape(json: unknown, folder: string | null): RegistryShape | null {
  if (!isRecord(json)) return null;
  if (isRecord(json['dist-tags'])) return 'npm-packument';
  if (typeof json.downloads === 'number' && typeof json.package === 'string') return 'npm-downloads';
  if (isRecord(json.crate)) return 'crates-crate';
  if (Array.isArray(json.dependencies)) {
    const deps = json.dependencies;
    if (anyElement(deps, 'version_id') || (deps.length === 0 && (has(json, 'versions') || has(json, 'meta')))) return 'crates-reverse-dependencies';
    if (anyElement(deps, 'crate_id') || deps.length === 0) return 'crates-dependencies';
    return null;
  }
  if (isRecord(json.info)) return 'pypi-project';
  if (isRecord(json.data) && has(json.data, 'last_month')) return 'pypistats-recent';
  if (isRecord(json.package)) {
    if (isRecord(json.package.versions)) return 'packagist-package';
    if (isRecord(json.package.downloads)) return 'packagist-downloads';
    return null;
  }
  if (Array.isArray(json.packages)) {
    if (anyElement(json.packages, 'package')) return 'pubdev-search';
    if (anyElement(json.packages, 'name')) return 'packagist-dependents';
    if (json.packages.length === 0 && folder === 'packagist') return 'packagist-dependents';
    if (json.packages.length === 0 && folder === 'pubdev') return 'pubdev-search';
    return null;
  }
  if (typeof json.name === 'string' && isRecord(json.latest)) return 'pubdev-package';
  if (isRecord(json.score)) return 'pubdev-metrics';
  if (typeof json.system === 'string' && Array.isArray(json.requirements)) return 'depsdev-requirements';
  if (typeof json.system === 'string' && Array.isArray(json.versions)) return 'depsdev-package';
  if (isDepsdevProjectBatch(json)) return 'depsdev-project-batch';
  return null;
}
