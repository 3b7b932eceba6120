/** Which manifest a file is, by its file name (DESIGN §4.5; docs/SNAPSHOT.md `manifests/<path>`). */
import type { ManifestKind } from '../types.ts';

export const MANIFEST_KINDS: readonly ManifestKind[] = ['package.json', 'Cargo.toml', 'pyproject.toml', 'go.mod', 'pubspec.yaml', 'composer.json', 'pom.xml'];

export function manifestKindOf(filePath: string): ManifestKind | null {
  const base = filePath.slice(filePath.lastIndexOf('/') + 1);
  return (MANIFEST_KINDS as readonly string[]).includes(base) ? (base as ManifestKind) : null;
}
