/**
 * SPDX 2.3 JSON → `SbomDocument` (DESIGN §4.4). Accepts a bare document or GitHub's
 * `{"sbom": …}` wrapper. Bad input never throws: an unreadable document is one warning and null;
 * a bad package or relationship is a warning naming its index and is skipped; a duplicated
 * SPDXID or a non-URL downloadLocation is a per-package warning and the document stands.
 */
import type { DependencyScope, SbomDocument, SbomPackage, WarningSink } from '../types.ts';
import { parsePurl } from '../../ids/purl.ts';
import type { RepoId } from '../../ids/repo-id.ts';
import { SpdxDocumentSchema, SpdxExternalRefSchema, SpdxPackageSchema, SpdxRelationshipSchema } from './spdx.schema.ts';
import { isDownloadUrl, spdxValue } from './spdx-values.ts';
import { sbomSemanticHash, type HashableRelationship } from './semantic-hash.ts';
import { repoIdFromRootPackages, repoIdFromSbomFileName } from './sbom-repo-id.ts';

export const SBOM_SOURCE = 'sbom';
const DEFAULT_DOCUMENT_ID = 'SPDXRef-DOCUMENT';

/**
 * SPDX 2.3 relationship types that state a dependency, read as (dependent, dependency, scope).
 * `DEPENDS_ON` is forward; the `*_OF` forms point from the dependency to the dependent.
 * A scope of null means the SBOM does not say (GitHub's SBOMs never do).
 */
const DEPENDENCY_RELATIONSHIPS: Record<string, { reverse: boolean; scope: DependencyScope | null }> = {
  DEPENDS_ON: { reverse: false, scope: null },
  DEPENDENCY_OF: { reverse: true, scope: null },
  RUNTIME_DEPENDENCY_OF: { reverse: true, scope: 'runtime' },
  DEV_DEPENDENCY_OF: { reverse: true, scope: 'dev' },
  TEST_DEPENDENCY_OF: { reverse: true, scope: 'dev' },
  BUILD_DEPENDENCY_OF: { reverse: true, scope: 'build' },
  OPTIONAL_DEPENDENCY_OF: { reverse: true, scope: 'runtime' },
  PROVIDED_DEPENDENCY_OF: { reverse: true, scope: 'build' },
};

/**
 * An `SbomDocument` plus the dependency scopes the SBOM itself declared (SPDX
 * `DEV_DEPENDENCY_OF`, `BUILD_DEPENDENCY_OF`, …), which types.ts has no field for yet.
 */
export interface ParsedSbomDocument extends SbomDocument {
  declaredScopes: { from: string; to: string; scope: DependencyScope }[];
}

export interface ParseSpdxOptions {
  /** The repo the caller already knows the SBOM belongs to (a team-declared SBOM's own repo). */
  repoId?: RepoId | null;
}

function unwrap(json: unknown): unknown {
  if (json && typeof json === 'object' && !Array.isArray(json) && 'sbom' in json && !('spdxVersion' in json)) {
    return (json as { sbom: unknown }).sbom;
  }
  return json;
}

/** The first `purl` external reference of a package, parsed; warns about unparseable ones. */
function purlOfPackage(refs: unknown[] | undefined, warn: (field: string, message: string) => void, base: string): { purl: SbomPackage['purl']; purlVersion: string | null } {
  for (const [i, raw] of (refs ?? []).entries()) {
    const ref = SpdxExternalRefSchema.safeParse(raw);
    if (!ref.success) {
      warn(`${base}.externalRefs[${i}]`, `external reference skipped: ${ref.error.issues[0]?.message ?? 'invalid'}`);
      continue;
    }
    if (ref.data.referenceType.toLowerCase() !== 'purl') continue;
    const parsed = parsePurl(ref.data.referenceLocator);
    if (!parsed) {
      warn(`${base}.externalRefs[${i}].referenceLocator`, `not a package URL: ${ref.data.referenceLocator}`);
      continue;
    }
    return { purl: parsed.purl, purlVersion: parsed.version ?? null };
  }
  return { purl: null, purlVersion: null };
}

export function parseSpdx(text: string, file: string, sink: WarningSink, provenance: SbomDocument['provenance'], options: ParseSpdxOptions = {}): ParsedSbomDocument | null {
  const warn = (field: string | undefined, message: string): void => sink.warn(field ? { source: SBOM_SOURCE, file, field, message } : { source: SBOM_SOURCE, file, message });

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    warn(undefined, `not JSON, document skipped: ${(error as Error).message}`);
    return null;
  }
  const doc = SpdxDocumentSchema.safeParse(unwrap(json));
  if (!doc.success) {
    const issue = doc.error.issues[0];
    warn(issue?.path.join('.') || undefined, `not an SPDX document, skipped: ${issue?.message ?? 'invalid'}`);
    return null;
  }
  if (doc.data.spdxVersion === undefined && doc.data.packages === undefined) {
    warn(undefined, 'neither spdxVersion nor packages: not an SPDX document, skipped');
    return null;
  }
  if (doc.data.spdxVersion !== undefined && !doc.data.spdxVersion.startsWith('SPDX-2.')) warn('spdxVersion', `${doc.data.spdxVersion} is not SPDX 2.x; read as 2.3`);
  const documentId = doc.data.SPDXID ?? DEFAULT_DOCUMENT_ID;
  const name = doc.data.name ?? '';
  if (!doc.data.name) warn('name', 'document has no name');

  const packages: SbomPackage[] = [];
  const byId = new Map<string, SbomPackage>();
  for (const [i, raw] of (doc.data.packages ?? []).entries()) {
    const base = `packages[${i}]`;
    const parsed = SpdxPackageSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      warn(`${base}${issue?.path.length ? `.${issue.path.join('.')}` : ''}`, `package skipped: ${issue?.message ?? 'invalid'}`);
      continue;
    }
    const p = parsed.data;
    if (byId.has(p.SPDXID)) {
      warn(`${base}.SPDXID`, `duplicate SPDXID ${p.SPDXID}: the later package is ignored`);
      continue;
    }
    let downloadLocation = spdxValue(p.downloadLocation);
    if (downloadLocation && !isDownloadUrl(downloadLocation)) {
      warn(`${base}.downloadLocation`, `not a URL, ignored: ${downloadLocation}`);
      downloadLocation = null;
    }
    const pkg: SbomPackage = { spdxId: p.SPDXID, name: p.name, version: spdxValue(p.versionInfo), ...purlOfPackage(p.externalRefs, warn, base), downloadLocation };
    packages.push(pkg);
    byId.set(pkg.spdxId, pkg);
  }

  const rootIds = new Set<string>();
  for (const id of doc.data.documentDescribes ?? []) {
    if (byId.has(id)) rootIds.add(id);
    else warn('documentDescribes', `describes an unknown element ${id}`);
  }
  const hashable: HashableRelationship[] = [];
  const edges = new Map<string, { from: string; to: string }>();
  const declaredScopes = new Map<string, { from: string; to: string; scope: DependencyScope }>();
  for (const [i, raw] of (doc.data.relationships ?? []).entries()) {
    const base = `relationships[${i}]`;
    const parsed = SpdxRelationshipSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      warn(`${base}${issue?.path.length ? `.${issue.path.join('.')}` : ''}`, `relationship skipped: ${issue?.message ?? 'invalid'}`);
      continue;
    }
    const { spdxElementId: a, relatedSpdxElement: b, relationshipType } = parsed.data;
    const type = relationshipType.toUpperCase();
    hashable.push({ from: a, type, to: b });
    if (type === 'DESCRIBES' || type === 'DESCRIBED_BY') {
      const [doc_, described] = type === 'DESCRIBES' ? [a, b] : [b, a];
      if (doc_ !== documentId) continue;
      if (byId.has(described)) rootIds.add(described);
      else warn(base, `describes an unknown element ${described}`);
      continue;
    }
    const rule = DEPENDENCY_RELATIONSHIPS[type];
    if (!rule) continue;
    const [from, to] = rule.reverse ? [b, a] : [a, b];
    const missing = [from, to].find((id) => !byId.has(id));
    if (missing) {
      warn(base, `${type} names an unknown element ${missing}, skipped`);
      continue;
    }
    if (from === to) continue;
    const key = `${from}\u0000${to}`;
    edges.set(key, { from, to });
    if (rule.scope) declaredScopes.set(key, { from, to, scope: rule.scope });
  }
  if (rootIds.size === 0 && packages.length > 0) warn('relationships', 'no DESCRIBES relationship: the described (root) package is unknown');

  const roots = [...rootIds].sort();
  const repoId = options.repoId ?? repoIdFromSbomFileName(file) ?? repoIdFromRootPackages(roots.map((id) => byId.get(id)!));
  const byEdge = (x: { from: string; to: string }, y: { from: string; to: string }): number => (x.from < y.from ? -1 : x.from > y.from ? 1 : x.to < y.to ? -1 : x.to > y.to ? 1 : 0);
  return {
    file,
    name,
    repoId,
    rootIds: roots,
    packages,
    dependsOn: [...edges.values()].sort(byEdge),
    semanticHash: sbomSemanticHash(name, packages, hashable, documentId),
    provenance,
    declaredScopes: [...declaredScopes.values()].sort(byEdge),
  };
}
