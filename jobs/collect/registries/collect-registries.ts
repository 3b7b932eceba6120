/**
 * Registries collector (DESIGN §4.6): for each package the collected repos publish (read from their
 * manifests in the staging snapshot), the registry's own responses — npm packument + last-month
 * downloads, crates.io crate + dependencies of the max stable version + reverse dependencies (paged,
 * capped), PyPI JSON + pypistats recent, Packagist package + downloads + dependents, pub.dev package +
 * metrics + `dependency:` search — and deps.dev package, requirements of the default version and the
 * repo's project record. Bodies are stored as returned. A failing package keeps its previous files.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { CollectorEnv } from '../collector-env.ts';
import { errorMessage, forEachLimited, writeSnapshotFile } from '../collector-env.ts';
import { NotFoundError } from '../http/errors.ts';
import { copyMatching } from '../snapshot-writer/carry-over.ts';
import { repoDirOf } from '../snapshot-writer/source-files.ts';
import type { RepoRef } from '../github/repo-ref.ts';
import { publishedPackages } from './published-packages.ts';
import type { PublishedPackage } from './published-packages.ts';
import { CRATES_REVERSE_MAX_PAGES, CRATES_REVERSE_PAGE_SIZE, cratesFollowUps, cratesReversePage, depsDevPackage, depsDevProject, depsDevRequirements, initialRequests, registryFile } from './registry-requests.ts';
import type { RegistryRequest } from './registry-requests.ts';

/** Packages collected in parallel (per-host limits still apply). */
export const REGISTRY_CONCURRENCY = 4;

async function readManifests(stage: string, ref: RepoRef): Promise<Array<{ path: string; text: string }>> {
  const root = path.join(stage, repoDirOf(ref.owner, ref.repo), 'manifests');
  let entries: string[];
  try {
    entries = (await fs.readdir(root, { recursive: true })).map(String);
  } catch {
    return [];
  }
  const out: Array<{ path: string; text: string }> = [];
  for (const entry of entries.sort()) {
    const full = path.join(root, entry);
    if (!(await fs.stat(full)).isFile()) continue;
    out.push({ path: entry.split(path.sep).join('/'), text: await fs.readFile(full, 'utf8') });
  }
  return out;
}

/** Fetches one request and stores the body; returns the parsed JSON, or null when an optional resource is absent. */
async function fetchInto(env: CollectorEnv, req: RegistryRequest): Promise<unknown> {
  try {
    const result = await env.http.getJson(req.url);
    await writeSnapshotFile(env, req.file, result.body);
    env.recorder.count('files');
    return result.json;
  } catch (error) {
    if (error instanceof NotFoundError) {
      env.recorder.count(req.optional ? 'absent' : 'not_published');
      return null;
    }
    throw error;
  }
}

function defaultVersionOf(depsDevPackageJson: unknown): string | null {
  const json = depsDevPackageJson as { default_version?: unknown; versions?: Array<Record<string, unknown>> } | null;
  if (typeof json?.default_version === 'string') return json.default_version;
  for (const v of json?.versions ?? []) {
    if (v.isDefault === true || v.is_default === true) {
      const key = v.versionKey as { version?: unknown } | undefined;
      const version = key?.version ?? v.version;
      if (typeof version === 'string') return version;
    }
  }
  return null;
}

async function collectPackage(env: CollectorEnv, pkg: PublishedPackage): Promise<void> {
  const results = new Map<string, unknown>();
  for (const req of initialRequests(env.endpoints, pkg)) results.set(req.endpoint, await fetchInto(env, req));
  if (pkg.registry === 'crates') {
    const crate = results.get('crate') as { crate?: { max_stable_version?: unknown } } | null;
    if (crate) {
      const version = typeof crate.crate?.max_stable_version === 'string' ? crate.crate.max_stable_version : null;
      for (const req of cratesFollowUps(env.endpoints, pkg.name, version)) await fetchInto(env, req);
      for (let page = 1; page <= CRATES_REVERSE_MAX_PAGES; page += 1) {
        const json = (await fetchInto(env, cratesReversePage(env.endpoints, pkg.name, page))) as { dependencies?: unknown[]; meta?: { total?: number } } | null;
        const got = json?.dependencies?.length ?? 0;
        if (got < CRATES_REVERSE_PAGE_SIZE || (json?.meta?.total ?? Infinity) <= page * CRATES_REVERSE_PAGE_SIZE) break;
      }
    }
  }
  const depsDev = depsDevPackage(env.endpoints, pkg);
  if (depsDev) {
    const json = await fetchInto(env, depsDev);
    const version = defaultVersionOf(json);
    const requirements = version ? depsDevRequirements(env.endpoints, pkg, version) : null;
    if (requirements) await fetchInto(env, requirements);
  }
}

export async function collectRegistries(env: CollectorEnv, refs: readonly RepoRef[]): Promise<void> {
  const packages = new Map<string, { pkg: PublishedPackage; repo: RepoRef }>();
  const publishingRepos: RepoRef[] = [];
  for (const ref of refs) {
    if (ref.unreachable) continue;
    const found = publishedPackages(await readManifests(env.stage, ref));
    if (found.length > 0) publishingRepos.push(ref);
    for (const pkg of found) if (!packages.has(`${pkg.registry}:${pkg.name}`)) packages.set(`${pkg.registry}:${pkg.name}`, { pkg, repo: ref });
  }
  env.recorder.count('packages', packages.size);
  let done = 0;
  const total = packages.size;
  const progress = (pkg: PublishedPackage, outcome: string) => {
    done += 1;
    env.ctx.log({ level: 'info', event: 'registries.package', message: `${pkg.registry} ${pkg.name} ${outcome}`, source: 'registries', package: `${pkg.registry}:${pkg.name}`, outcome, done, total });
  };
  await forEachLimited([...packages.values()], REGISTRY_CONCURRENCY, async ({ pkg }) => {
    try {
      await collectPackage(env, pkg);
      env.recorder.success();
      progress(pkg, 'collected');
    } catch (error) {
      progress(pkg, 'failed (previous files kept)');
      env.recorder.error(`${pkg.registry} ${pkg.name}: ${errorMessage(error)}`);
      if (env.previous) {
        const prefix = registryFile(pkg.registry, pkg.name, 'x').slice(0, -'x.json'.length);
        await copyMatching(env.previous, env.stage, (rel) => rel.startsWith(prefix), `registry/${pkg.registry}`);
      }
    }
  });
  await forEachLimited(publishingRepos, REGISTRY_CONCURRENCY, async (ref) => {
    try {
      await fetchInto(env, depsDevProject(env.endpoints, ref.owner, ref.repo));
    } catch (error) {
      env.recorder.error(`deps.dev project ${ref.owner}/${ref.repo}: ${errorMessage(error)}`);
    }
  });
}
