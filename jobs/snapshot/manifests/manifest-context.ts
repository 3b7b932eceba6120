/**
 * What every manifest parser is given, and the pieces they share: warnings that name the file
 * and field, purls built without throwing, and a dependency list kept distinct and sorted.
 */
import type { Purl } from '../../ids/purl.ts';
import { purlFor } from '../../ids/purl.ts';
import type { DeclaredDependency, DependencyScope, WarningSink } from '../types.ts';

export const MANIFEST_SOURCE = 'ecosystem';

export interface ManifestContext {
  /** Repository-relative path (`crates/foo/Cargo.toml`). */
  path: string;
  /** Snapshot-relative file, for warnings. */
  file: string;
  sink: WarningSink;
}

export function warnManifest(ctx: ManifestContext, field: string | undefined, message: string): void {
  ctx.sink.warn(field ? { source: MANIFEST_SOURCE, file: ctx.file, field, message } : { source: MANIFEST_SOURCE, file: ctx.file, message });
}

/** The canonical purl of `name` in a registry type, or null (with a warning) when it is not a valid name. */
export function purlOrWarn(ctx: ManifestContext, type: string, name: string, field: string): Purl | null {
  const trimmed = name.trim();
  if (!trimmed || /\s/.test(trimmed)) {
    warnManifest(ctx, field, `not a ${type} package name: ${JSON.stringify(name)}`);
    return null;
  }
  try {
    return purlFor(type, trimmed);
  } catch {
    warnManifest(ctx, field, `not a ${type} package name: ${JSON.stringify(name)}`);
    return null;
  }
}

/** Collects dependencies; one entry per (purl, scope), the first declaration wins; sorted output. */
export class DependencyList {
  private readonly byKey = new Map<string, DeclaredDependency>();

  add(purl: Purl | null, versionRange: string | null, scope: DependencyScope, internal: boolean): void {
    if (!purl) return;
    const key = `${purl}\u0000${scope}`;
    if (this.byKey.has(key)) return;
    const range = versionRange?.trim();
    this.byKey.set(key, { purl, versionRange: range ? range : null, scope, internal });
  }

  toArray(): DeclaredDependency[] {
    return [...this.byKey.values()].sort((a, b) => (a.purl < b.purl ? -1 : a.purl > b.purl ? 1 : a.scope < b.scope ? -1 : a.scope > b.scope ? 1 : 0));
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
