/**
 * In-ecosystem repository ids and GitHub URL normalisation (DESIGN §3, §4.1).
 *
 * A `RepoId` is `pkg:github/{owner}/{repo}` lower-cased (GitHub names are case-insensitive; the purl
 * spec lower-cases the github type). Every URL variant real data carries — `git+https://…/Repo.git/`,
 * `git@github.com:org/repo.git`, `git://…`, `…/tree/main/sub`, `…?tab=readme` — resolves to one id.
 * hosted-git-info does the repo-URL parsing; owner-only URLs (which it rejects) are ours.
 */
import hostedGitInfo from 'hosted-git-info';

export type RepoId = string & { readonly __brand: 'RepoId' };

export function repoIdOf(owner: string, repo: string): RepoId {
  return `pkg:github/${owner.toLowerCase()}/${repo.toLowerCase()}` as RepoId;
}

/** `owner/repo` of a repo id (lower-cased). */
export function fullNameOfRepoId(id: RepoId): string {
  return id.slice('pkg:github/'.length);
}

export type GitHubTarget =
  | { kind: 'repo'; owner: string; repo: string; id: RepoId }
  | { kind: 'owner'; owner: string };

// Path segments of github.com that are not owners (site sections).
const RESERVED_OWNERS = new Set(['orgs', 'users', 'settings', 'marketplace', 'topics', 'features', 'sponsors', 'apps', 'login', 'about', 'explore', 'search', 'collections', 'enterprise', 'pricing', 'notifications', 'new']);
const OWNER_RE = /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){0,38}$/i;
// Repo names GitHub allows: letters, digits, '.', '-', '_'.
const REPO_RE = /^[\w.-]+$/;

/**
 * Parses a GitHub URL into a repo or an owner. Only `github.com/{owner}[/{repo}]` counts (DESIGN
 * §4.1); anything else (other hosts, gists, free text) gives null.
 */
export function parseGitHubUrl(input: string | null | undefined): GitHubTarget | null {
  if (!input) return null;
  const text = input.trim();
  if (!/github\.com[/:]/i.test(text) && !/^github:/i.test(text)) return null;
  const info = hostedGitInfo.fromUrl(text);
  if (info && info.type === 'github' && info.user && info.project) {
    const repo = info.project.replace(/\.git$/i, '');
    if (!RESERVED_OWNERS.has(info.user.toLowerCase()) && OWNER_RE.test(info.user) && REPO_RE.test(repo) && repo !== '.' && repo !== '..') {
      return { kind: 'repo', owner: info.user, repo, id: repoIdOf(info.user, repo) };
    }
  }
  // Owner-only forms: https://github.com/stellar, github.com/stellar/, https://github.com/orgs/x/repositories
  let url: URL;
  try {
    url = new URL(/^[a-z+]+:\/\//i.test(text) ? text.replace(/^git\+/i, '') : `https://${text.replace(/^\/+/, '')}`);
  } catch {
    return null;
  }
  if (!/^(www\.)?github\.com$/i.test(url.hostname)) return null;
  const segments = url.pathname.split('/').filter(Boolean);
  if (segments[0] === 'orgs' || segments[0] === 'users') segments.shift();
  const owner = segments[0];
  if (!owner || RESERVED_OWNERS.has(owner.toLowerCase()) || !OWNER_RE.test(owner)) return null;
  if (segments.length >= 2 && REPO_RE.test(segments[1]) && segments[1] !== 'repositories' && !(url.pathname.startsWith('/orgs/') || url.pathname.startsWith('/users/'))) {
    const repo = segments[1].replace(/\.git$/i, '');
    return { kind: 'repo', owner, repo, id: repoIdOf(owner, repo) };
  }
  return { kind: 'owner', owner };
}
