/**
 * Which files of a repo tree are manifests to keep (DESIGN §4.5; ../shared/realdata/ecosystem/README
 * "Manifests"): the seven manifest names, not under vendored or build folders, at most
 * MAX_MANIFESTS_PER_REPO, shallowest paths first. Pure.
 */

export const MANIFEST_NAMES = new Set(['package.json', 'Cargo.toml', 'pyproject.toml', 'go.mod', 'pubspec.yaml', 'composer.json', 'pom.xml']);
/** Folders whose manifests are third-party or generated copies. */
export const SKIPPED_DIRS = new Set(['node_modules', 'vendor', 'target', 'dist', 'build', '.git']);
/** Per-repo cap, as in the reference crawl (scout-audit has 385 manifests, mostly test cases). */
export const MAX_MANIFESTS_PER_REPO = 200;

export function selectManifests(paths: readonly string[], cap = MAX_MANIFESTS_PER_REPO): string[] {
  return paths
    .filter((p) => {
      const segments = p.split('/');
      const name = segments[segments.length - 1];
      return MANIFEST_NAMES.has(name) && !segments.slice(0, -1).some((s) => SKIPPED_DIRS.has(s));
    })
    .sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, cap);
}
