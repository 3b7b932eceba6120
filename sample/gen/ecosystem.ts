/**
 * Writes `ecosystem/repos/<owner>/<repo>/` for every sample repo (docs/SNAPSHOT.md): repo.json with
 * the same fields as the real export, github.json (GitHub REST repo record) where the collector
 * stored one, releases.json, status.json for the unreachable repo, the `.mailmap`, gitlog-full.txt
 * and the manifests (plus the team-declared SBOM under `manifests/.pg-atlas/`).
 */
import { buildGitLog } from './gitlog.ts';
import { MANIFESTS } from './manifests.ts';
import { REPOS, fullNameOf } from './repos.ts';
import type { RepoSpec } from './repos.ts';
import { buildSbom, DECLARED_SBOM } from './sbom.ts';
import { seedOf } from './prng.ts';

export const SNAPSHOT_TAKEN = '2026-11-15';
export const DECLARED_SBOM_PATH = '.pg-atlas/sbom.spdx.json';

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

const LICENSES: Record<string, { key: string; name: string }> = {
  'Apache-2.0': { key: 'apache-2.0', name: 'Apache License 2.0' },
  MIT: { key: 'mit', name: 'MIT License' },
  'GPL-3.0': { key: 'gpl-3.0', name: 'GNU General Public License v3.0' },
  'CC-BY-4.0': { key: 'cc-by-4.0', name: 'Creative Commons Attribution 4.0 International' },
};

const toUtcZ = (iso: string): string => `${new Date(iso).toISOString().slice(0, 19)}Z`;

function githubRecord(spec: RepoSpec, pushedAt: string | null): unknown {
  const license = spec.license ? LICENSES[spec.license] : null;
  const repoNumber = 100_000_000 + (seedOf(fullNameOf(spec)) % 800_000_000);
  const ownerNumber = 10_000_000 + (seedOf(spec.owner) % 90_000_000);
  return {
    id: repoNumber,
    name: spec.repo,
    full_name: fullNameOf(spec),
    private: false,
    owner: { login: spec.owner, id: ownerNumber, type: 'Organization' },
    html_url: `https://github.com/${fullNameOf(spec)}`,
    description: spec.description,
    fork: false,
    created_at: spec.createdAt,
    updated_at: pushedAt ?? spec.createdAt,
    pushed_at: pushedAt,
    homepage: spec.homepage ?? null,
    size: 1000 + (repoNumber % 40_000),
    stargazers_count: spec.stars,
    watchers_count: spec.stars,
    language: spec.language,
    has_issues: true,
    forks_count: spec.forks,
    archived: spec.archived ?? false,
    disabled: false,
    open_issues_count: repoNumber % 37,
    license: license ? { key: license.key, name: license.name, spdx_id: spec.license, url: null } : null,
    topics: spec.topics,
    visibility: 'public',
    default_branch: spec.branch,
    forks: spec.forks,
    open_issues: repoNumber % 37,
    watchers: spec.stars,
  };
}

function releasesRecord(spec: RepoSpec): unknown {
  const base = seedOf(`releases:${fullNameOf(spec)}`) % 100_000_000;
  return (spec.releases ?? []).map((r, i) => ({
    id: 150_000_000 + base + i,
    tag_name: r.tag,
    target_commitish: spec.branch,
    name: r.name,
    draft: false,
    prerelease: r.prerelease ?? false,
    created_at: r.publishedAt,
    published_at: r.publishedAt,
    html_url: `https://github.com/${fullNameOf(spec)}/releases/tag/${r.tag}`,
  }));
}

export interface EcosystemOutput {
  files: Map<string, string>;
  /** Newest head commit date over all repos (snapshot.json `heads_up_to`). */
  headsUpTo: string;
}

export function ecosystemFiles(): EcosystemOutput {
  const files = new Map<string, string>();
  let headsUpTo = '';
  for (const spec of REPOS) {
    const name = fullNameOf(spec);
    const dir = `ecosystem/repos/${name}`;
    if (spec.unreachable) {
      files.set(`${dir}/repo.json`, json({
        full_name: name, url: `https://github.com/${name}`, default_branch: null, head_commit: null, head_commit_date: null,
        first_commit_date: null, commit_count_all: null, snapshot_taken: SNAPSHOT_TAKEN, manifest_paths: [],
      }));
      files.set(`${dir}/status.json`, json({ unreachable: spec.unreachable }));
      continue;
    }
    const log = buildGitLog(spec);
    const manifests: Record<string, string> = { ...(MANIFESTS[name] ?? {}) };
    if (name === `${DECLARED_SBOM.owner}/${DECLARED_SBOM.repo}`) manifests[DECLARED_SBOM_PATH] = buildSbom(DECLARED_SBOM);
    const manifestPaths = Object.keys(manifests).sort();
    files.set(`${dir}/repo.json`, json({
      full_name: name,
      url: `https://github.com/${name}`,
      default_branch: spec.branch,
      head_commit: log.head?.sha ?? null,
      head_commit_date: log.head?.date ?? null,
      first_commit_date: log.firstDate,
      commit_count_all: log.commitCount + spec.merges,
      snapshot_taken: SNAPSHOT_TAKEN,
      manifest_paths: manifestPaths,
    }));
    files.set(`${dir}/gitlog-full.txt`, log.text);
    for (const p of manifestPaths) files.set(`${dir}/manifests/${p}`, manifests[p]);
    if (spec.mailmap) files.set(`${dir}/mailmap`, spec.mailmap);
    if (spec.githubJson) files.set(`${dir}/github.json`, json(githubRecord(spec, log.head ? toUtcZ(log.head.date) : null)));
    if (spec.releases) files.set(`${dir}/releases.json`, json(releasesRecord(spec)));
    if (log.head && toUtcZ(log.head.date) > headsUpTo) headsUpTo = toUtcZ(log.head.date);
  }
  return { files, headsUpTo: headsUpTo.slice(0, 10) };
}
