/**
 * The registry requests for one published package (DESIGN §4.6), and the snapshot file each response
 * is stored in (docs/SNAPSHOT.md: `registry/<registry>/<url-encoded name>.<endpoint>.json`). Pure:
 * endpoints and a package in, URLs and file names out. Requests that depend on an earlier response
 * (crates.io dependencies of the max stable version, reverse-dependency pages, deps.dev requirements
 * of the default version) are built by the follow-up helpers below.
 */
import type { Endpoints } from '../endpoints.ts';
import type { PublishedPackage, RegistryName } from './published-packages.ts';

export interface RegistryRequest {
  url: string;
  /** Snapshot path relative to the root. */
  file: string;
  /** Endpoint label, for counts and errors. */
  endpoint: string;
  /** A 404 here means "no data" rather than an error (a package not published yet, no dependents). */
  optional: boolean;
}

/** crates.io pages reverse dependencies 10 at a time (DESIGN §4.6). */
export const CRATES_REVERSE_PAGE_SIZE = 10;
/** Ours: reverse-dependency pages per crate (100 dependents); the compute stage caps dependents anyway. */
export const CRATES_REVERSE_MAX_PAGES = 10;
/** deps.dev system names (api.deps.dev v3 `System` enum) of the registries it covers. */
export const DEPSDEV_SYSTEMS: Partial<Record<RegistryName, string>> = { npm: 'NPM', crates: 'CARGO', pypi: 'PYPI' };

export function registryFile(registry: string, name: string, endpoint: string): string {
  return `registry/${registry}/${encodeURIComponent(name)}.${endpoint}.json`;
}

/** npm wants a scoped name's slash encoded in the packument URL (`@scope%2Fname`). */
function npmPath(name: string): string {
  return name.startsWith('@') ? `@${encodeURIComponent(name.slice(1))}` : encodeURIComponent(name);
}

export function initialRequests(e: Endpoints, pkg: PublishedPackage): RegistryRequest[] {
  const n = pkg.name;
  const req = (endpoint: string, url: string, optional = false): RegistryRequest => ({ url, endpoint, optional, file: registryFile(pkg.registry, n, endpoint) });
  switch (pkg.registry) {
    case 'npm':
      return [req('package', `${e.npmRegistry}/${npmPath(n)}`), req('downloads', `${e.npmDownloads}/${n}`, true)];
    case 'crates':
      return [req('crate', `${e.crates}/crates/${encodeURIComponent(n)}`)];
    case 'pypi':
      return [req('package', `${e.pypi}/${encodeURIComponent(n)}/json`), req('downloads', `${e.pypistats}/${encodeURIComponent(n.toLowerCase())}/recent`, true)];
    case 'packagist': {
      const [vendor, project] = n.split('/');
      const base = `${e.packagist}/packages/${encodeURIComponent(vendor)}/${encodeURIComponent(project)}`;
      return [req('package', `${base}.json`), req('downloads', `${base}/downloads.json`, true), req('dependents', `${base}/dependents.json`, true)];
    }
    case 'pubdev':
      return [
        req('package', `${e.pubdev}/packages/${encodeURIComponent(n)}`),
        req('metrics', `${e.pubdev}/packages/${encodeURIComponent(n)}/metrics`, true),
        req('search', `${e.pubdev}/search?q=${encodeURIComponent(`dependency:${n}`)}`, true),
      ];
  }
}

/** crates.io follow-ups once the crate record is known. */
export function cratesFollowUps(e: Endpoints, name: string, maxStableVersion: string | null): RegistryRequest[] {
  const base = `${e.crates}/crates/${encodeURIComponent(name)}`;
  const out: RegistryRequest[] = [];
  if (maxStableVersion) out.push({ url: `${base}/${encodeURIComponent(maxStableVersion)}/dependencies`, endpoint: 'dependencies', optional: true, file: registryFile('crates', name, 'dependencies') });
  return out;
}

export function cratesReversePage(e: Endpoints, name: string, page: number): RegistryRequest {
  return {
    url: `${e.crates}/crates/${encodeURIComponent(name)}/reverse_dependencies?page=${page}&per_page=${CRATES_REVERSE_PAGE_SIZE}`,
    endpoint: 'reverse_dependencies',
    optional: true,
    file: registryFile('crates', name, `reverse_dependencies.p${page}`),
  };
}

export function depsDevPackage(e: Endpoints, pkg: PublishedPackage): RegistryRequest | null {
  const system = DEPSDEV_SYSTEMS[pkg.registry];
  if (!system) return null;
  return { url: `${e.depsdev}/systems/${system}/packages/${encodeURIComponent(pkg.name)}`, endpoint: 'package', optional: true, file: registryFile('depsdev', `${system.toLowerCase()}:${pkg.name}`, 'package') };
}

export function depsDevRequirements(e: Endpoints, pkg: PublishedPackage, version: string): RegistryRequest | null {
  const system = DEPSDEV_SYSTEMS[pkg.registry];
  if (!system) return null;
  return {
    url: `${e.depsdev}/systems/${system}/packages/${encodeURIComponent(pkg.name)}/versions/${encodeURIComponent(version)}:requirements`,
    endpoint: 'requirements',
    optional: true,
    file: registryFile('depsdev', `${system.toLowerCase()}:${pkg.name}`, 'requirements'),
  };
}

/** deps.dev project record (stars, forks) of a GitHub repo. */
export function depsDevProject(e: Endpoints, owner: string, repo: string): RegistryRequest {
  const id = `github.com/${owner}/${repo}`.toLowerCase();
  return { url: `${e.depsdev}/projects/${encodeURIComponent(id)}`, endpoint: 'project', optional: true, file: registryFile('depsdev', id, 'project') };
}
