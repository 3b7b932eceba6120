/**
 * pub.dev responses (DESIGN §4.6): the package (latest version and its hosted dependencies; `sdk`,
 * `path` and `git` dependencies are not pub packages and `dev_dependencies` do not reach users),
 * the metrics (30-day downloads, and 4 / 12 / 52-week sums of the weekly download series, newest
 * week first), and `dependency:{name}` search results as dependents.
 */
import type { Purl } from '../../ids/purl.ts';
import { parseGitHubUrl } from '../../ids/repo-id.ts';
import type { FileContext } from '../meta/file-context.ts';
import { parseRecord } from '../meta/file-context.ts';
import { fieldPath } from '../meta/field-path.ts';
import { PUBDEV_DOWNLOAD_WINDOWS_WEEKS } from './caps.ts';
import type { DownloadWindows, RegistryDependency, RegistryFragment } from './fragment.ts';
import { isRecord, purlOrWarn } from './fragment.ts';
import { pubdevMetricsSchema, pubdevPackageSchema, pubdevSearchSchema } from './shapes.schema.ts';

/** Keys of a pubspec dependency map entry that mean "not from the pub.dev registry". */
const NON_HOSTED_SOURCE_KEYS = ['sdk', 'path', 'git'] as const;

/**
 * Sums of the newest 4, 12 and 52 weeks of pub.dev's `totalWeeklyDownloads` (newest first).
 * A window longer than the series is null rather than a short sum.
 */
export function pubdevDownloadWindows(weeklyNewestFirst: readonly number[]): DownloadWindows {
  const sum = (weeks: number) => (weeklyNewestFirst.length < weeks ? null : weeklyNewestFirst.slice(0, weeks).reduce((a, b) => a + b, 0));
  return {
    weeks4: sum(PUBDEV_DOWNLOAD_WINDOWS_WEEKS.weeks4),
    weeks12: sum(PUBDEV_DOWNLOAD_WINDOWS_WEEKS.weeks12),
    weeks52: sum(PUBDEV_DOWNLOAD_WINDOWS_WEEKS.weeks52),
  };
}

/** Version constraint of a hosted pubspec dependency; undefined when it is not hosted on pub.dev. */
function hostedRange(spec: unknown): string | null | undefined {
  if (spec === null || spec === undefined) return null; // `http:` with no constraint = any
  if (typeof spec === 'string') return spec.trim() || null;
  if (isRecord(spec)) {
    if (NON_HOSTED_SOURCE_KEYS.some((key) => key in spec)) return undefined;
    return typeof spec.version === 'string' ? spec.version.trim() || null : null;
  }
  return undefined;
}

export function parsePubdevPackage(json: unknown, ctx: FileContext): RegistryFragment | null {
  const doc = parseRecord(ctx, pubdevPackageSchema, json, '', 'pub.dev package');
  if (!doc) return null;
  const pubspec = doc.latest.pubspec;
  const dependencies: RegistryDependency[] = [];
  for (const [depName, spec] of Object.entries(pubspec.dependencies ?? {})) {
    const range = hostedRange(spec);
    if (range === undefined) continue;
    const purl = purlOrWarn(ctx, 'pub', depName, fieldPath('', ['latest', 'pubspec', 'dependencies', depName]));
    if (purl) dependencies.push({ purl, versionRange: range, scope: 'runtime' });
  }
  const homepageRepo = pubspec.homepage && parseGitHubUrl(pubspec.homepage)?.kind === 'repo' ? pubspec.homepage : null;
  return {
    registry: 'pubdev',
    purlType: 'pub',
    name: doc.name,
    file: ctx.file,
    isPackageDocument: true,
    latestVersion: doc.latest.version?.trim() || null,
    repositoryUrl: pubspec.repository ?? homepageRepo,
    dependencies,
  };
}

export function parsePubdevMetrics(json: unknown, ctx: FileContext): RegistryFragment | null {
  const doc = parseRecord(ctx, pubdevMetricsSchema, json, '', 'pub.dev metrics');
  if (!doc) return null;
  const weekly = doc.scorecard?.weeklyVersionDownloads?.totalWeeklyDownloads;
  return {
    registry: 'pubdev',
    purlType: 'pub',
    name: doc.scorecard?.packageName?.trim() || null,
    file: ctx.file,
    isPackageDocument: false,
    downloads30d: doc.score.downloadCount30Days ?? null,
    downloadWindows: weekly ? pubdevDownloadWindows(weekly) : null,
  };
}

/** `dependency:{name}` search results. The response does not name the package: `name` comes from the caller. */
export function parsePubdevSearch(json: unknown, ctx: FileContext): RegistryFragment | null {
  const doc = parseRecord(ctx, pubdevSearchSchema, json, '', 'pub.dev search');
  if (!doc) return null;
  const dependents = doc.packages
    .map((p, index) => purlOrWarn(ctx, 'pub', p.package, fieldPath('', ['packages', index, 'package'])))
    .filter((p): p is Purl => p !== null);
  return { registry: 'pubdev', purlType: 'pub', name: null, file: ctx.file, isPackageDocument: false, dependents };
}
