/**
 * zod schemas of the registry responses PG Atlas reads (DESIGN §4.6; real examples in
 * ../shared/realdata/registry). Files are recognised by these shapes, not by their names
 * (docs/SNAPSHOT.md). Schemas check what the readers use and let everything else through.
 */
import { z } from 'zod';

const name = z.string().trim().min(1);
const versionMap = z.record(z.string(), z.unknown());

// ---------- npm ----------
/** `registry.npmjs.org/{name}`: a packument. */
export const npmPackumentSchema = z.looseObject({
  name,
  'dist-tags': z.record(z.string(), z.string()),
  versions: versionMap.optional(),
  repository: z.unknown().optional(),
});
/** `api.npmjs.org/downloads/point/last-month/{name}` */
export const npmDownloadsSchema = z.looseObject({ downloads: z.number().int().nonnegative(), package: name });
/** Dependency maps of one npm version: name → range. */
export const npmDependencyMapSchema = z.record(z.string(), z.string());

// ---------- crates.io ----------
/** `/api/v1/crates/{name}` */
export const cratesCrateSchema = z.looseObject({
  crate: z.looseObject({
    name,
    repository: z.string().nullish(),
    max_stable_version: z.string().nullish(),
    max_version: z.string().nullish(),
    recent_downloads: z.number().int().nonnegative().nullish(),
  }),
});
/** `/api/v1/crates/{name}/{version}/dependencies`: entries have no `version_id`. */
export const cratesDependenciesSchema = z.looseObject({ dependencies: z.array(z.unknown()) });
export const cratesDependencySchema = z.looseObject({ crate_id: name, req: z.string().nullish(), kind: z.string().nullish() });
/** `/api/v1/crates/{name}/reverse_dependencies`: entries carry `version_id`; `versions[]` maps it to the dependent crate. */
export const cratesReverseDependenciesSchema = z.looseObject({
  dependencies: z.array(z.unknown()),
  versions: z.array(z.unknown()).optional(),
  meta: z.looseObject({ total: z.number().optional() }).optional(),
});
export const cratesReverseDependencySchema = z.looseObject({ crate_id: name, version_id: z.number().int(), kind: z.string().nullish() });
export const cratesVersionSchema = z.looseObject({ id: z.number().int(), crate: name });

// ---------- PyPI ----------
/** `pypi.org/pypi/{name}/json` */
export const pypiProjectSchema = z.looseObject({
  info: z.looseObject({
    name,
    version: z.string().nullish(),
    requires_dist: z.array(z.string()).nullish(),
    project_urls: z.record(z.string(), z.string().nullable()).nullish(),
    home_page: z.string().nullish(),
  }),
});
/** `pypistats.org/api/packages/{name}/recent` */
export const pypistatsRecentSchema = z.looseObject({ data: z.looseObject({ last_month: z.number().int().nonnegative() }), package: name });

// ---------- Packagist ----------
/** `packagist.org/packages/{vendor}/{name}.json` */
export const packagistPackageSchema = z.looseObject({ package: z.looseObject({ name, versions: z.record(z.string(), z.unknown()) }) });
export const packagistVersionSchema = z.looseObject({
  version: z.string().optional(),
  version_normalized: z.string().optional(),
  require: z.record(z.string(), z.string()).nullish(),
  source: z.looseObject({ url: z.string().nullish() }).nullish(),
});
/** `packagist.org/packages/{vendor}/{name}/stats.json`-style downloads. */
export const packagistDownloadsSchema = z.looseObject({
  package: z.looseObject({ name, downloads: z.looseObject({ total: z.looseObject({ monthly: z.number().int().nonnegative() }) }) }),
});
/** `packagist.org/packages/{vendor}/{name}/dependents.json` */
export const packagistDependentsSchema = z.looseObject({ packages: z.array(z.looseObject({ name })) });

// ---------- pub.dev ----------
/** `pub.dev/api/packages/{name}` */
export const pubdevPackageSchema = z.looseObject({
  name,
  latest: z.looseObject({
    version: z.string().nullish(),
    pubspec: z.looseObject({
      dependencies: z.record(z.string(), z.unknown()).nullish(),
      repository: z.string().nullish(),
      homepage: z.string().nullish(),
    }),
  }),
});
/** `pub.dev/api/packages/{name}/metrics` */
export const pubdevMetricsSchema = z.looseObject({
  score: z.looseObject({ downloadCount30Days: z.number().int().nonnegative().nullish() }),
  scorecard: z
    .looseObject({
      packageName: z.string().nullish(),
      weeklyVersionDownloads: z.looseObject({ totalWeeklyDownloads: z.array(z.number().int().nonnegative()) }).nullish(),
    })
    .nullish(),
});
/** `pub.dev/api/search?q=dependency:{name}` */
export const pubdevSearchSchema = z.looseObject({ packages: z.array(z.looseObject({ package: name })) });

// ---------- deps.dev ----------
/** `GetPackage`: `{system, name, versions[]}` */
export const depsdevPackageSchema = z.looseObject({
  system: name,
  name,
  default_version: z.string().nullish(),
  versions: z.array(z.looseObject({ version: z.string(), is_default: z.boolean().optional() })),
});
/** `GetRequirements`: `{system, name, version, requirements[{name, version_constraint}]}` */
export const depsdevRequirementsSchema = z.looseObject({
  system: name,
  name,
  version: z.string(),
  requirements: z.array(z.unknown()),
});
export const depsdevRequirementSchema = z.looseObject({ name, version_constraint: z.string().nullish() });
/** `GetProjectBatch`, keyed by project id (`github.com/owner/repo`). */
export const depsdevProjectSchema = z.looseObject({
  stars_count: z.number().int().nonnegative().nullish(),
  forks_count: z.number().int().nonnegative().nullish(),
});
