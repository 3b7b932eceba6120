/**
 * The semantic hash of an SBOM (DESIGN §4.4, §5.7 item 7): "the same SBOM again" must hash equal
 * however the generator renamed, reordered or re-stamped it.
 *
 * What goes in: the document name; every package as {name, version, purls (with their
 * versions, canonical), downloadLocation}; every relationship as (from package, type, to
 * package) with each end written as its package content, not its SPDXID. All lists are sorted.
 *
 * What stays out, and why: `documentNamespace` and `creationInfo` (new on every run); SPDXIDs
 * (generator-internal labels: GitHub suffixes them with a per-run hash, and they carry no
 * dependency fact once relationships are expressed by content); licence, copyright and checksum
 * fields (GitHub fills them from its advisory database, which changes without the dependencies
 * changing). Decided by diffing the three `pg-atlas-backend` resubmissions: run1 and run2 differ
 * only in namespace, timestamp and order; v372 and v381 differ in one package version.
 */
import { createHash } from 'node:crypto';
import type { SbomPackage } from '../types.ts';

export interface HashableRelationship {
  from: string;
  type: string;
  to: string;
}

/** Package content as a canonical string (also used to write relationship ends). */
function packageKey(pkg: SbomPackage): string {
  return JSON.stringify([pkg.name, pkg.version, pkg.purl, pkg.purlVersion, pkg.downloadLocation]);
}

export function sbomSemanticHash(name: string, packages: readonly SbomPackage[], relationships: readonly HashableRelationship[], documentId: string): string {
  const keyById = new Map<string, string>();
  for (const pkg of packages) keyById.set(pkg.spdxId, packageKey(pkg));
  const end = (id: string): string => (id === documentId ? '"DOCUMENT"' : (keyById.get(id) ?? JSON.stringify(`unresolved:${id}`)));
  const canonical = {
    name,
    packages: packages.map(packageKey).sort(),
    relationships: relationships.map((r) => `[${end(r.from)},${JSON.stringify(r.type)},${end(r.to)}]`).sort(),
  };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}
