/**
 * A Cargo workspace root's shared declarations (The Cargo Book, "Workspaces"): the
 * `[workspace.dependencies]` table that members inherit with `dep = { workspace = true }`, and
 * `[workspace.package].publish` that members inherit with `publish.workspace = true`. A member
 * dependency inherited from the workspace is an external crate unless the workspace entry itself
 * has a `path` (then it is a sibling crate of the same repo).
 */
import { isRecord } from './manifest-context.ts';

export interface CargoWorkspaceDependency {
  /** The crate's real name (`package = "…"` rename applied). */
  crate: string;
  version: string | null;
  /** In-repo path dependency. */
  path: string | null;
}

export interface CargoWorkspace {
  /** Repository-relative path of the workspace root manifest. */
  rootPath: string;
  dependencies: Map<string, CargoWorkspaceDependency>;
  /** `[workspace.package].publish`: false or [] → members inheriting it are private. */
  publish: boolean | null;
}

/** One `[dependencies]`-style entry, string or table, as Cargo reads it. */
export interface CargoDependencySpec {
  crate: string;
  version: string | null;
  path: string | null;
  workspace: boolean;
}

export function readCargoDependencySpec(key: string, value: unknown): CargoDependencySpec | null {
  if (typeof value === 'string') return { crate: key, version: value, path: null, workspace: false };
  if (!isRecord(value)) return null;
  const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
  return { crate: str(value.package) ?? key, version: str(value.version), path: str(value.path), workspace: value.workspace === true };
}

export function publishFlag(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.length > 0;
  return null;
}

/** The workspace declarations of a parsed Cargo.toml, or null when it has no `[workspace]`. */
export function cargoWorkspaceOf(toml: Record<string, unknown>, rootPath: string): CargoWorkspace | null {
  const ws = toml.workspace;
  if (!isRecord(ws)) return null;
  const dependencies = new Map<string, CargoWorkspaceDependency>();
  if (isRecord(ws.dependencies)) {
    for (const [key, value] of Object.entries(ws.dependencies)) {
      const spec = readCargoDependencySpec(key, value);
      if (spec) dependencies.set(key, { crate: spec.crate, version: spec.version, path: spec.path });
    }
  }
  const pkg = isRecord(ws.package) ? ws.package : {};
  return { rootPath, dependencies, publish: publishFlag(pkg.publish) };
}
