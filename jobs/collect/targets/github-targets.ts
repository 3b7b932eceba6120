/**
 * Which GitHub repos and owners to collect (DESIGN §4.1, §4.2): the GitHub links of the OpenGrants
 * projects (GitHub social, `github` extension) and applications (`code`), and the `git_owner_url` /
 * `git_repo_urls` of the overrides, read lightly from the files already in the staging snapshot
 * (fresh or carried over). "Education & Community" projects are listed but not crawled. Only
 * `github.com/{owner}[/{repo}]` URLs count (jobs/ids/repo-id.ts); an owner-only URL means all public
 * repos of that owner.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import { parseGitHubUrl } from '../../ids/repo-id.ts';

/** DESIGN §4.1: projects of this category are not crawled for repos. */
export const UNCRAWLED_CATEGORY = 'Education & Community';
const EXT = 'org.stellar.communityfund';

export interface RepoTarget {
  owner: string;
  repo: string;
  /** `pkg:github/owner/repo`, lower-cased. */
  id: string;
}

export interface GitHubTargets {
  repos: RepoTarget[];
  /** Owners whose every public repo is wanted (original casing of the first mention). */
  owners: string[];
}

async function readJsonMaybeGz(file: string): Promise<unknown> {
  for (const candidate of [file, `${file}.gz`]) {
    try {
      const raw = await fs.readFile(candidate);
      const text = candidate.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
      return JSON.parse(text);
    } catch {
      // try the next form; a missing or unreadable file contributes no targets
    }
  }
  return null;
}

function records(envelope: unknown): Record<string, unknown>[] {
  const data = (envelope as { data?: unknown } | null)?.data;
  return Array.isArray(data) ? data.filter((r): r is Record<string, unknown> => !!r && typeof r === 'object') : [];
}

function extension(record: Record<string, unknown>, key: string): unknown {
  const ext = (record.extensions as Record<string, Record<string, unknown>> | undefined)?.[EXT];
  return ext?.[`${EXT}.${key}`];
}

/** Adds the GitHub targets of a list of URLs to accumulators; pure over its inputs. */
export function addTargets(urls: readonly unknown[], into: { repos: Map<string, RepoTarget>; owners: Map<string, string> }): void {
  for (const url of urls) {
    if (typeof url !== 'string') continue;
    const target = parseGitHubUrl(url);
    if (!target) continue;
    if (target.kind === 'repo') {
      if (!into.repos.has(target.id)) into.repos.set(target.id, { owner: target.owner, repo: target.repo, id: target.id });
    } else if (!into.owners.has(target.owner.toLowerCase())) into.owners.set(target.owner.toLowerCase(), target.owner);
  }
}

/** Targets named by the snapshot at `root` plus `extraUrls` (CLI / test input). */
export async function readGitHubTargets(root: string, extraUrls: readonly string[] = []): Promise<GitHubTargets> {
  const acc = { repos: new Map<string, RepoTarget>(), owners: new Map<string, string>() };
  const uncrawled = new Set<string>();
  for (const project of records(await readJsonMaybeGz(path.join(root, 'opengrants/projects.json')))) {
    if (extension(project, 'category') === UNCRAWLED_CATEGORY) {
      if (typeof project.id === 'string') uncrawled.add(project.id);
      continue;
    }
    const socials = Array.isArray(project.socials) ? project.socials : [];
    const github = socials.filter((s) => String((s as { name?: unknown })?.name).toLowerCase() === 'github').map((s) => (s as { value?: unknown }).value);
    addTargets([...github, extension(project, 'github')], acc);
  }
  let appFiles: string[] = [];
  try {
    appFiles = (await fs.readdir(path.join(root, 'opengrants/applications'))).filter((n) => /\.json(\.gz)?$/.test(n)).sort();
  } catch {
    // no applications collected
  }
  for (const name of appFiles) {
    const file = path.join(root, 'opengrants/applications', name.replace(/\.gz$/, ''));
    for (const app of records(await readJsonMaybeGz(file))) {
      if (typeof app.projectId === 'string' && uncrawled.has(app.projectId)) continue;
      addTargets([extension(app, 'code')], acc);
    }
  }
  let overrideFiles: string[] = [];
  try {
    overrideFiles = (await fs.readdir(path.join(root, 'overrides'))).filter((n) => /\.ya?ml$/.test(n) && !n.startsWith('schema-')).sort();
  } catch {
    // no overrides
  }
  for (const name of overrideFiles) {
    let doc: unknown;
    try {
      doc = parseYaml(await fs.readFile(path.join(root, 'overrides', name), 'utf8'));
    } catch {
      continue; // the compute stage reports invalid override files; here they only add targets
    }
    for (const entry of Object.values((doc ?? {}) as Record<string, unknown>)) {
      if (!entry || typeof entry !== 'object') continue;
      const e = entry as { git_owner_url?: unknown; git_repo_urls?: unknown; category?: unknown };
      if (e.category === UNCRAWLED_CATEGORY) continue;
      const repoUrls = Array.isArray(e.git_repo_urls) ? e.git_repo_urls : [];
      // An explicit repo list narrows the owner URL to those repos.
      addTargets(repoUrls.length > 0 ? repoUrls : [e.git_owner_url], acc);
    }
  }
  addTargets(extraUrls, acc);
  return {
    repos: [...acc.repos.values()].sort((a, b) => a.id.localeCompare(b.id)),
    owners: [...acc.owners.values()].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())),
  };
}
