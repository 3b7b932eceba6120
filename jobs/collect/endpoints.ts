/**
 * Base URLs of every upstream (DESIGN §4), overridable so tests point them at a loopback fake and
 * operators at mirrors. `git` is a clone-URL template with `{owner}` and `{repo}`.
 */

export interface Endpoints {
  /** OpenGrants gateway API root (`…/api/v1`); env OPENGRANTS_BASE_URL overrides the default. */
  opengrants: string;
  github: string;
  /** Clone URL template, e.g. `https://github.com/{owner}/{repo}.git` or `file:///tmp/remotes/{owner}/{repo}`. */
  git: string;
  npmRegistry: string;
  npmDownloads: string;
  crates: string;
  pypi: string;
  pypistats: string;
  packagist: string;
  pubdev: string;
  depsdev: string;
}

export const DEFAULT_ENDPOINTS: Endpoints = {
  opengrants: 'https://grants-gateway-api.replit.app/api/v1',
  github: 'https://api.github.com',
  git: 'https://github.com/{owner}/{repo}.git',
  npmRegistry: 'https://registry.npmjs.org',
  npmDownloads: 'https://api.npmjs.org/downloads/point/last-month',
  crates: 'https://crates.io/api/v1',
  pypi: 'https://pypi.org/pypi',
  pypistats: 'https://pypistats.org/api/packages',
  packagist: 'https://packagist.org',
  pubdev: 'https://pub.dev/api',
  depsdev: 'https://api.deps.dev/v3',
};

export function resolveEndpoints(partial: Partial<Endpoints> = {}, env: Readonly<Record<string, string | undefined>> = {}): Endpoints {
  const fromEnv: Partial<Endpoints> = env.OPENGRANTS_BASE_URL ? { opengrants: env.OPENGRANTS_BASE_URL } : {};
  const merged = { ...DEFAULT_ENDPOINTS, ...fromEnv, ...partial };
  for (const key of Object.keys(merged) as (keyof Endpoints)[]) merged[key] = merged[key].replace(/\/+$/, '');
  return merged;
}

/** Clone URL of a repo from the template. */
export function cloneUrlOf(template: string, owner: string, repo: string): string {
  return template.replaceAll('{owner}', owner).replaceAll('{repo}', repo);
}
