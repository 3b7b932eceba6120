/**
 * Every manifest a repo folder holds (`manifests/<repo-relative path>`, docs/SNAPSHOT.md),
 * parsed with its repo context: each Cargo.toml is resolved against its workspace root — the
 * nearest Cargo.toml at or above it that has a `[workspace]` table, as Cargo itself searches.
 * Output is sorted by path.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ParsedManifest, WarningSink } from '../types.ts';
import { manifestKindOf } from '../manifests/manifest-kind.ts';
import { parseManifest } from '../manifests/parse-manifest.ts';
import { cargoManifestFromTable, parseCargoTomlTable } from '../manifests/cargo-toml.ts';
import { cargoWorkspaceOf, type CargoWorkspace } from '../manifests/cargo-workspace.ts';
import { MANIFEST_SOURCE, type ManifestContext } from '../manifests/manifest-context.ts';

export const MANIFESTS_DIR = 'manifests';

/** Repo-relative paths (posix) of the manifest files under `dir`, sorted. */
export function listManifestPaths(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(dir, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(child);
      else if (e.isFile() && manifestKindOf(child)) out.push(child);
    }
  };
  walk('');
  return out.sort();
}

const parentDir = (p: string): string => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');

/** The workspace governing the crate whose manifest is at `manifestPath`, if any. */
function workspaceFor(manifestPath: string, workspaces: Map<string, CargoWorkspace>): CargoWorkspace | null {
  let dir = parentDir(manifestPath);
  for (;;) {
    const ws = workspaces.get(dir);
    if (ws) return ws;
    if (dir === '') return null;
    dir = parentDir(dir);
  }
}

/** Parses every manifest under `<root>/<repoRelDir>/manifests`. */
export function readRepoManifests(root: string, repoRelDir: string, sink: WarningSink): ParsedManifest[] {
  const dir = path.join(root, repoRelDir, MANIFESTS_DIR);
  const sources: { path: string; text: string; ctx: ManifestContext }[] = [];
  for (const p of listManifestPaths(dir)) {
    const file = `${repoRelDir}/${MANIFESTS_DIR}/${p}`;
    try {
      sources.push({ path: p, text: fs.readFileSync(path.join(dir, p), 'utf8'), ctx: { path: p, file, sink } });
    } catch (error) {
      sink.warn({ source: MANIFEST_SOURCE, file, message: `unreadable: ${(error as Error).message}` });
    }
  }

  // Cargo first pass: parse every Cargo.toml once and index the workspace roots by directory.
  const cargoTables = new Map<string, Record<string, unknown> | null>();
  const workspaces = new Map<string, CargoWorkspace>();
  for (const s of sources) {
    if (manifestKindOf(s.path) !== 'Cargo.toml') continue;
    const table = parseCargoTomlTable(s.text, s.ctx);
    cargoTables.set(s.path, table);
    const ws = table ? cargoWorkspaceOf(table, s.path) : null;
    if (ws) workspaces.set(parentDir(s.path), ws);
  }

  const out: ParsedManifest[] = [];
  for (const s of sources) {
    const kind = manifestKindOf(s.path)!;
    let manifest: ParsedManifest | null;
    if (kind === 'Cargo.toml') {
      const table = cargoTables.get(s.path);
      manifest = table ? cargoManifestFromTable(table, s.ctx, workspaceFor(s.path, workspaces)) : null;
    } else {
      manifest = parseManifest({ ...s.ctx, kind, text: s.text });
    }
    if (manifest) out.push(manifest);
  }
  return out;
}
