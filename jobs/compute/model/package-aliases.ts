/**
 * The package → repo alias table (DESIGN §3): a package an in-ecosystem repo publishes is the same
 * vertex as that repo, so dependents of the package become dependents of the repo.
 *
 * Evidence, strongest first: a manifest at a non-example path that names the package and is not
 * private; a registry record whose repository URL points at the repo; a Go module path under
 * github.com/{owner}/{repo}; and a short list of known renames.
 */
import { parsePurl, type Purl } from '../../ids/purl.ts';
import { parseGitHubUrl, repoIdOf, type RepoId } from '../../ids/repo-id.ts';
import type { RawRepo, RegistryPackage, WarningSink } from '../../snapshot/types.ts';
import type { PackageAlias } from './types.ts';
import { compareCodeUnits } from '../../snapshot/code-unit-order.ts';

/**
 * Packages that were renamed or merged upstream, so their old names never appear in a current
 * manifest. Facts from the npm registry (deprecation notices of the old names).
 */
export const KNOWN_RENAMES: readonly { purl: string; repo: string; note: string }[] = [
  { purl: 'pkg:npm/stellar-sdk', repo: 'stellar/js-stellar-sdk', note: 'renamed to @stellar/stellar-sdk (v11)' },
  { purl: 'pkg:npm/stellar-base', repo: 'stellar/js-stellar-base', note: 'renamed to @stellar/stellar-base (v11)' },
  { purl: 'pkg:npm/soroban-client', repo: 'stellar/js-stellar-sdk', note: 'merged into @stellar/stellar-sdk (v11)' },
  { purl: 'pkg:npm/%40stellar/js-xdr', repo: 'stellar/js-xdr', note: 'published from stellar/js-xdr' },
  { purl: 'pkg:npm/js-xdr', repo: 'stellar/js-xdr', note: 'renamed to @stellar/js-xdr' },
];

function pathDepth(path: string | null): number {
  return path ? path.split('/').length : 0;
}

export interface AliasTable {
  aliases: PackageAlias[];
  /** Resolves a dependency purl to the in-ecosystem repo that publishes it, if any. */
  resolve(purl: Purl): RepoId | null;
}

export function buildAliasTable(repos: RawRepo[], registry: RegistryPackage[], sink: WarningSink): AliasTable {
  const present = new Set(repos.map((r) => r.id));
  const chosen = new Map<Purl, PackageAlias>();
  const offer = (a: PackageAlias, strength: number, strengths: Map<Purl, number>) => {
    const current = chosen.get(a.purl);
    const currentStrength = strengths.get(a.purl) ?? -1;
    if (!current || strength > currentStrength) {
      chosen.set(a.purl, a);
      strengths.set(a.purl, strength);
      return;
    }
    if (strength < currentStrength || current.repoId === a.repoId) return;
    // Same evidence strength, two repos: keep the shallower manifest, then the smaller repo id.
    const keepCurrent = pathDepth(current.manifestPath) < pathDepth(a.manifestPath)
      || (pathDepth(current.manifestPath) === pathDepth(a.manifestPath) && current.repoId <= a.repoId);
    const [kept, dropped] = keepCurrent ? [current, a] : [a, current];
    sink.warn({ source: 'model', file: `ecosystem/repos/${dropped.repoId.slice('pkg:github/'.length)}/manifests/${dropped.manifestPath ?? ''}`, field: 'name', message: `${a.purl} is also published by ${kept.repoId} (${kept.manifestPath ?? kept.evidence}); aliased to ${kept.repoId}` });
    chosen.set(a.purl, kept);
  };
  const strengths = new Map<Purl, number>();

  for (const repo of repos) {
    for (const m of repo.manifests) {
      if (!m.publishes || m.isPrivate || m.isExampleOrTest) continue;
      offer({ purl: m.publishes, repoId: repo.id, manifestPath: m.path, evidence: `manifest ${m.path}` }, 3, strengths);
    }
  }
  for (const pkg of registry) {
    const target = parseGitHubUrl(pkg.repositoryUrl);
    if (target?.kind === 'repo' && present.has(target.id)) {
      offer({ purl: pkg.purl, repoId: target.id, manifestPath: null, evidence: `registry ${pkg.registry} repository URL` }, 2, strengths);
    }
  }
  for (const rename of KNOWN_RENAMES) {
    const purl = parsePurl(rename.purl)?.purl;
    const [owner, name] = rename.repo.split('/');
    const repoId = repoIdOf(owner, name);
    if (purl && present.has(repoId)) offer({ purl, repoId, manifestPath: null, evidence: `known rename: ${rename.note}` }, 1, strengths);
  }

  const aliases = [...chosen.values()].sort((a, b) => compareCodeUnits(a.purl, b.purl));
  const table = new Map(aliases.map((a) => [a.purl, a.repoId] as const));
  return {
    aliases,
    resolve(purl: Purl): RepoId | null {
      const direct = table.get(purl);
      if (direct) return direct;
      // A Go module is named by its repository path: github.com/{owner}/{repo}[/sub][/vN].
      const m = purl.match(/^pkg:golang\/github\.com\/([^/]+)\/([^/@?#]+)/i);
      if (m) {
        const id = repoIdOf(decodeURIComponent(m[1]), decodeURIComponent(m[2]));
        if (present.has(id)) return id;
      }
      // A purl naming the repo itself (GitHub SBOM roots, pkg:github/… dependencies).
      const gh = purl.match(/^pkg:github\/([^/]+)\/([^/@?#]+)/i);
      if (gh) {
        const id = repoIdOf(decodeURIComponent(gh[1]), decodeURIComponent(gh[2]));
        if (present.has(id)) return id;
      }
      return null;
    },
  };
}
