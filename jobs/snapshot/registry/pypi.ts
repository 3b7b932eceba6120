/**
 * PyPI responses (DESIGN §4.6): the JSON API project document (latest version, `requires_dist`
 * minus extras, source repository from `project_urls`) and pypistats' recent downloads (PyPI's
 * own `info.downloads` has been -1 for years and is ignored).
 */
import { parseGitHubUrl } from '../../ids/repo-id.ts';
import type { FileContext } from '../meta/file-context.ts';
import { parseRecord, warnAt } from '../meta/file-context.ts';
import { fieldPath } from '../meta/field-path.ts';
import type { RegistryDependency, RegistryFragment } from './fragment.ts';
import { purlOrWarn } from './fragment.ts';
import { parsePep508 } from './pep508.ts';
import { pypiProjectSchema, pypistatsRecentSchema } from './shapes.schema.ts';

/** `project_urls` labels that name the source repository (case-insensitive), most specific first. */
export const PYPI_REPOSITORY_URL_LABELS = ['source', 'source code', 'repository', 'code', 'github', 'homepage'] as const;

function repositoryUrlOf(projectUrls: Record<string, string | null> | null | undefined, homePage: string | null | undefined): string | null {
  const byLabel = new Map(Object.entries(projectUrls ?? {}).map(([label, url]) => [label.trim().toLowerCase(), url]));
  for (const label of PYPI_REPOSITORY_URL_LABELS) {
    const url = byLabel.get(label);
    if (url && (label !== 'homepage' || parseGitHubUrl(url))) return url;
  }
  const github = [...byLabel.values(), homePage].find((url) => url && parseGitHubUrl(url)?.kind === 'repo');
  return github ?? null;
}

export function parsePypiProject(json: unknown, ctx: FileContext): RegistryFragment | null {
  const doc = parseRecord(ctx, pypiProjectSchema, json, '', 'PyPI project');
  if (!doc) return null;
  const info = doc.info;
  const dependencies: RegistryDependency[] = [];
  const seen = new Set<string>();
  (info.requires_dist ?? []).forEach((text, index) => {
    const field = fieldPath('', ['info', 'requires_dist', index]);
    const requirement = parsePep508(text);
    if (!requirement) {
      warnAt(ctx, field, `requirement ${JSON.stringify(text)} skipped: not PEP 508`);
      return;
    }
    if (requirement.extraOnly) return;
    const purl = purlOrWarn(ctx, 'pypi', requirement.name, field);
    if (!purl || seen.has(purl)) return;
    seen.add(purl);
    dependencies.push({ purl, versionRange: requirement.versionRange, scope: 'runtime' });
  });
  return {
    registry: 'pypi',
    purlType: 'pypi',
    name: info.name,
    file: ctx.file,
    isPackageDocument: true,
    latestVersion: info.version?.trim() || null,
    repositoryUrl: repositoryUrlOf(info.project_urls, info.home_page),
    dependencies,
  };
}

export function parsePypistatsRecent(json: unknown, ctx: FileContext): RegistryFragment | null {
  const doc = parseRecord(ctx, pypistatsRecentSchema, json, '', 'pypistats recent downloads');
  if (!doc) return null;
  return { registry: 'pypi', purlType: 'pypi', name: doc.package, file: ctx.file, isPackageDocument: false, downloads30d: doc.data.last_month };
}
