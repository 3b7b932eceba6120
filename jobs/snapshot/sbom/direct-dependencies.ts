/**
 * Dependency edges of one SBOM, grouped the way the model wants them (DESIGN §4.4, §5.7 item 7):
 * - DEPENDS_ON from a described (root) package → a direct dependency of the repo;
 * - DEPENDS_ON between two other packages → a nested edge (kept, flagged `direct: false`);
 * - no DEPENDS_ON at all → every non-root package is a direct dependency;
 * - the same purl at several versions → one entry with every version kept;
 * - a package without a purl is keyed by its SPDXID, never merged by bare name;
 * - scope: what the SBOM declared (SPDX `DEV_DEPENDENCY_OF`, …), else `ci` for
 *   `pkg:githubactions/…` (workflow actions), else `unknown` (GitHub's SBOMs give no scope).
 */
import type { Purl } from '../../ids/purl.ts';
import type { DependencyScope, SbomDocument, SbomPackage } from '../types.ts';
import type { ParsedSbomDocument } from './parse-spdx.ts';

/** purl type of GitHub Actions used by workflows: CI-only by nature. */
export const CI_PURL_TYPES = ['githubactions'];

export interface SbomDependency {
  /** true: a dependency of the repo (the root); false: a nested edge between two packages. */
  direct: boolean;
  /** The dependent package of a nested edge (null for direct ones). */
  from: { purl: Purl | null; name: string; spdxIds: string[] } | null;
  purl: Purl | null;
  name: string;
  /** SPDXIDs of every package folded into this entry. */
  spdxIds: string[];
  /** Versions (SPDX versionInfo, else the purl's version), sorted and distinct. */
  versions: string[];
  scope: DependencyScope;
}

function scopeOf(pkg: SbomPackage, declared: DependencyScope | undefined): DependencyScope {
  if (declared) return declared;
  const type = pkg.purl?.slice(4, pkg.purl.indexOf('/'));
  return type && CI_PURL_TYPES.includes(type) ? 'ci' : 'unknown';
}

/** The grouping key of a package: its purl, or its SPDXID when it has none. */
function packageKey(pkg: SbomPackage): string {
  return pkg.purl ?? `spdx:${pkg.spdxId}`;
}

export function sbomDirectDependencies(doc: SbomDocument | ParsedSbomDocument): SbomDependency[] {
  const byId = new Map(doc.packages.map((p) => [p.spdxId, p]));
  const roots = new Set(doc.rootIds);
  const declared = new Map<string, DependencyScope>();
  for (const d of 'declaredScopes' in doc ? doc.declaredScopes : []) declared.set(`${d.from}\u0000${d.to}`, d.scope);

  const edges: { from: SbomPackage | null; to: SbomPackage; declared?: DependencyScope }[] = [];
  if (doc.dependsOn.length === 0) {
    for (const pkg of doc.packages) if (!roots.has(pkg.spdxId)) edges.push({ from: null, to: pkg });
  } else {
    for (const e of doc.dependsOn) {
      const from = byId.get(e.from);
      const to = byId.get(e.to);
      if (!from || !to || roots.has(e.to)) continue;
      edges.push({ from: roots.has(e.from) ? null : from, to, declared: declared.get(`${e.from}\u0000${e.to}`) });
    }
  }

  const grouped = new Map<string, SbomDependency>();
  for (const edge of edges) {
    const key = `${edge.from ? packageKey(edge.from) : ''}\u0000${packageKey(edge.to)}`;
    let entry = grouped.get(key);
    if (!entry) {
      entry = {
        direct: edge.from === null,
        from: edge.from ? { purl: edge.from.purl, name: edge.from.name, spdxIds: [] } : null,
        purl: edge.to.purl,
        name: edge.to.name,
        spdxIds: [],
        versions: [],
        scope: scopeOf(edge.to, edge.declared),
      };
      grouped.set(key, entry);
    } else if (edge.declared && entry.scope !== edge.declared) {
      // Two versions declared with different scopes: the broader (runtime) one wins.
      if (edge.declared === 'runtime' || entry.scope === 'unknown') entry.scope = edge.declared;
    }
    if (edge.from && !entry.from!.spdxIds.includes(edge.from.spdxId)) entry.from!.spdxIds.push(edge.from.spdxId);
    if (!entry.spdxIds.includes(edge.to.spdxId)) entry.spdxIds.push(edge.to.spdxId);
    const version = edge.to.version ?? edge.to.purlVersion;
    if (version && !entry.versions.includes(version)) entry.versions.push(version);
  }
  const out = [...grouped.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
  for (const entry of out) {
    entry.spdxIds.sort();
    entry.versions.sort();
    entry.from?.spdxIds.sort();
  }
  return out;
}
