/**
 * depends_on edges (DESIGN §3, §4.4–4.6): from manifests, GitHub and team-declared SBOMs, and
 * registry records, merged to at most one edge per (dependent, dependency) pair. Workspace/path
 * dependencies stay internal; self-loops are dropped; dependencies that resolve to a package an
 * ecosystem repo publishes become edges to that repo.
 */
import { parsePurl, type Purl } from '../../ids/purl.ts';
import type { RepoId } from '../../ids/repo-id.ts';
import type { DependencyScope, RawRepo, RegistryPackage, SbomDocument } from '../../snapshot/types.ts';
import { sbomDirectDependencies } from '../../snapshot/sbom/index.ts';
import type { AliasTable } from './package-aliases.ts';
import type { DependsOnEdge, EdgeProvenance, ExternalPackage } from './types.ts';
import { compareCodeUnits } from '../../snapshot/code-unit-order.ts';

/**
 * Scopes that count for metrics (DESIGN §5.1 default: runtime, build, unknown; dev and ci are
 * shown separately in the UI).
 */
export const METRIC_SCOPES: readonly DependencyScope[] = ['runtime', 'build', 'unknown'];

/**
 * When sources disagree on scope, a scope a manifest states beats `unknown` (what SBOMs say), and
 * among stated scopes the one that makes the dependency matter most wins.
 */
const SCOPE_RANK: Record<DependencyScope, number> = { runtime: 5, build: 4, dev: 3, ci: 2, unknown: 1 };

interface Assertion {
  from: string;
  to: string;
  toKind: 'repo' | 'external';
  scope: DependencyScope;
  versions: (string | null)[];
  provenance: EdgeProvenance;
}

export interface DependencyGraphModel {
  edges: DependsOnEdge[];
  externals: ExternalPackage[];
  /** Repos with at least one dependency source (manifest, SBOM or registry): DESIGN §7 coverage. */
  reposWithDependencyData: Map<RepoId, EdgeProvenance[]>;
}

function confidenceOf(provenance: EdgeProvenance[]): DependsOnEdge['confidence'] {
  if (provenance.includes('manifest') || provenance.includes('declared-sbom') || provenance.length >= 2) return 'high';
  if (provenance.includes('github-sbom') || provenance.includes('manifest-example')) return 'medium';
  return 'low';
}

export function buildDependencyEdges(repos: RawRepo[], sboms: SbomDocument[], registry: RegistryPackage[], aliases: AliasTable): DependencyGraphModel {
  const assertions: Assertion[] = [];
  const externals = new Map<Purl, ExternalPackage>();
  const dataSources = new Map<RepoId, Set<EdgeProvenance>>();
  const noteSource = (repo: RepoId, p: EdgeProvenance) => {
    const set = dataSources.get(repo) ?? new Set();
    set.add(p);
    dataSources.set(repo, set);
  };
  const target = (purl: Purl): { id: string; kind: 'repo' | 'external' } => {
    const repo = aliases.resolve(purl);
    if (repo) return { id: repo, kind: 'repo' };
    if (!externals.has(purl)) {
      const parsed = parsePurl(purl);
      externals.set(purl, { purl, type: parsed?.type ?? purl.slice(4, purl.indexOf('/')), name: parsed ? (parsed.namespace ? `${parsed.namespace}/${parsed.name}` : parsed.name) : purl });
    }
    return { id: purl, kind: 'external' };
  };
  const assert = (from: string, purl: Purl, scope: DependencyScope, version: string | null, provenance: EdgeProvenance) => {
    const t = target(purl);
    if (t.id === from) return; // self-loop: a repo using a package it publishes itself
    assertions.push({ from, to: t.id, toKind: t.kind, scope, versions: [version], provenance });
  };

  for (const repo of repos) {
    for (const m of repo.manifests) {
      noteSource(repo.id, m.isExampleOrTest ? 'manifest-example' : 'manifest');
      for (const dep of m.dependencies) {
        if (dep.internal) continue;
        // Dependencies declared only by examples, tests and fixtures are not what the repo ships.
        if (m.isExampleOrTest) assert(repo.id, dep.purl, dep.scope === 'ci' ? 'ci' : 'dev', dep.versionRange, 'manifest-example');
        else assert(repo.id, dep.purl, dep.scope, dep.versionRange, 'manifest');
      }
    }
  }

  for (const doc of sboms) {
    if (!doc.repoId) continue;
    const from: RepoId = doc.repoId;
    noteSource(from, doc.provenance);
    for (const dep of sbomDirectDependencies(doc)) {
      // A package without a purl is never merged by bare name (it could be any ecosystem's).
      if (!dep.purl) continue;
      const versions = dep.versions.length ? dep.versions : [null];
      if (dep.direct) {
        for (const v of versions) assert(from, dep.purl, dep.scope, v, doc.provenance);
      } else if (dep.from?.purl) {
        // Nested edges (between non-root packages) give the dependencies of dependencies.
        const source = target(dep.from.purl);
        for (const v of versions) assert(source.id, dep.purl, dep.scope, v, doc.provenance);
      }
    }
  }

  for (const pkg of registry) {
    const publisher = aliases.resolve(pkg.purl);
    if (!publisher) continue;
    noteSource(publisher, 'registry');
    for (const dep of pkg.dependencies) assert(publisher, dep.purl, dep.scope, dep.versionRange, 'registry');
    // Reverse dependents the registry knows about: only in-ecosystem ones become edges.
    for (const dependent of pkg.dependents) {
      const d = aliases.resolve(dependent);
      if (d && d !== publisher) assertions.push({ from: d, to: publisher, toKind: 'repo', scope: 'runtime', versions: [null], provenance: 'registry' });
    }
  }

  const merged = new Map<string, { a: Assertion; scopes: Set<DependencyScope>; versions: Set<string>; provenance: Set<EdgeProvenance> }>();
  for (const a of assertions) {
    const key = `${a.from}\u0000${a.to}`;
    const m = merged.get(key) ?? { a, scopes: new Set(), versions: new Set(), provenance: new Set() };
    m.scopes.add(a.scope);
    for (const v of a.versions) if (v) m.versions.add(v);
    m.provenance.add(a.provenance);
    merged.set(key, m);
  }
  const edges: DependsOnEdge[] = [];
  for (const { a, scopes, versions, provenance } of merged.values()) {
    const stated = [...scopes].filter((s) => s !== 'unknown');
    const pool = stated.length > 0 ? stated : [...scopes];
    const scope = pool.sort((x, y) => SCOPE_RANK[y] - SCOPE_RANK[x])[0];
    const prov = [...provenance].sort();
    edges.push({ from: a.from, to: a.to, toKind: a.toKind, scope, versionRanges: [...versions].sort(), provenance: prov, confidence: confidenceOf(prov) });
  }
  edges.sort((x, y) => (x.from < y.from ? -1 : x.from > y.from ? 1 : x.to < y.to ? -1 : x.to > y.to ? 1 : 0));

  // Externals that only appeared as the *source* of a nested SBOM edge still need a vertex.
  const usedExternals = new Set<string>();
  for (const e of edges) {
    if (e.toKind === 'external') usedExternals.add(e.to);
    if (e.from.startsWith('pkg:') && !e.from.startsWith('pkg:github/')) usedExternals.add(e.from);
  }
  const externalList = [...externals.values()].filter((x) => usedExternals.has(x.purl)).sort((a, b) => compareCodeUnits(a.purl, b.purl));
  const reposWithDependencyData = new Map([...dataSources.entries()].map(([k, v]) => [k, [...v].sort()] as const));
  return { edges, externals: externalList, reposWithDependencyData };
}
