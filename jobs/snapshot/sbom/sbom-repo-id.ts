/**
 * Which repo an SBOM describes (types.ts `SbomDocument.repoId`, docs/SNAPSHOT.md): the file name
 * `<owner>__<repo>.spdx.json` first, else the described package's `pkg:github/…` purl, else its
 * GitHub `downloadLocation`.
 */
import path from 'node:path';
import { parseGitHubUrl, repoIdOf, type RepoId } from '../../ids/repo-id.ts';
import type { SbomPackage } from '../types.ts';

// GitHub owners are letters, digits and '-', so the first `__` splits owner from repo.
const FILE_NAME_RE = /^([a-z0-9-]+)__([\w.-]+)\.spdx\.json$/i;

/** `StellarCN__py-stellar-base.spdx.json` → `pkg:github/stellarcn/py-stellar-base`. */
export function repoIdFromSbomFileName(file: string): RepoId | null {
  const match = FILE_NAME_RE.exec(path.posix.basename(file.replaceAll('\\', '/')));
  if (!match) return null;
  const [, owner, repo] = match;
  return owner && repo ? repoIdOf(owner, repo) : null;
}

/** The repo named by one of the root packages' github purl or download location, if any. */
export function repoIdFromRootPackages(roots: readonly SbomPackage[]): RepoId | null {
  for (const pkg of roots) {
    if (pkg.purl?.startsWith('pkg:github/')) {
      const [owner, repo] = pkg.purl.slice('pkg:github/'.length).split('/');
      if (owner && repo) return repoIdOf(owner, repo);
    }
  }
  for (const pkg of roots) {
    const target = parseGitHubUrl(pkg.downloadLocation);
    if (target?.kind === 'repo') return target.id;
  }
  return null;
}
