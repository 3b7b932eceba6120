/**
 * Which files of a raw snapshot (docs/SNAPSHOT.md) each collector owns. Ownership decides what a
 * failed source carries over from the previous snapshot and what a skipped repo keeps (DESIGN §4
 * "A failing source must never blank out good data"). git and github share the per-repo folders, so
 * ownership is per file, not per folder.
 */

export const SOURCE_NAMES = ['opengrants', 'overrides', 'github', 'git', 'registries'] as const;
export type SourceName = (typeof SOURCE_NAMES)[number];

const REPO_DIR = String.raw`ecosystem/repos/[^/]+/[^/]+`;
const GITHUB_REPO_FILE = new RegExp(`^${REPO_DIR}/(github|releases|tags)\\.json$`);
const GIT_REPO_FILE = new RegExp(`^${REPO_DIR}/(repo\\.json|status\\.json|gitlog(-full)?\\.txt|mailmap|manifests/.+)$`);

/** Whether `rel` (posix path relative to the snapshot root) belongs to `source`. */
export function ownsFile(source: SourceName, rel: string): boolean {
  switch (source) {
    case 'opengrants':
      return rel.startsWith('opengrants/');
    case 'overrides':
      return rel.startsWith('overrides/');
    case 'github':
      return rel.startsWith('sbom/') || GITHUB_REPO_FILE.test(rel);
    case 'git':
      return GIT_REPO_FILE.test(rel);
    case 'registries':
      return rel.startsWith('registry/');
  }
}

/** Folder of one repo in the snapshot. */
export function repoDirOf(owner: string, repo: string): string {
  return `ecosystem/repos/${owner}/${repo}`;
}

/** GitHub dependency-graph SBOM file of one repo. */
export function sbomFileOf(owner: string, repo: string): string {
  return `sbom/${owner}__${repo}.spdx.json`;
}

/** Whether `rel` belongs to `source` *and* to the repo owner/repo (case-insensitive, as GitHub names are). */
export function ownsRepoFile(source: SourceName, owner: string, repo: string, rel: string): boolean {
  if (!ownsFile(source, rel)) return false;
  const lower = rel.toLowerCase();
  const dir = `${repoDirOf(owner, repo)}/`.toLowerCase();
  return lower.startsWith(dir) || lower === sbomFileOf(owner, repo).toLowerCase();
}

/** Human-readable list of the folders a source writes (snapshot.json `files`). */
export const SOURCE_FILES: Record<SourceName, string> = {
  opengrants: 'opengrants/',
  overrides: 'overrides/',
  github: 'sbom/, ecosystem/repos/*/*/{github,releases,tags}.json',
  git: 'ecosystem/repos/*/*/{repo.json,gitlog-full.txt,mailmap,manifests/,status.json}',
  registries: 'registry/',
};
