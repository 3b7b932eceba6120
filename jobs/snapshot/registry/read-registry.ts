/**
 * Reads every registry response of a snapshot (`registry/<registry>/*.json[.gz]`, docs/SNAPSHOT.md)
 * and merges the endpoint files of each package into one `RegistryPackage` (DESIGN §4.6).
 *
 * Some responses do not name their package (crates.io dependencies, Packagist dependents, pub.dev
 * search results). Such a file belongs to the package named by its file name, following the
 * collectors' convention `<url-encoded name>.<endpoint>.json`; failing that, to the only package
 * of its registry folder; failing that it cannot be placed and is skipped with a warning (an empty
 * list is skipped silently: it adds nothing).
 */
import path from 'node:path';
import type { RepoPopularity, WarningSink } from '../types.ts';
import { warnAt } from '../meta/file-context.ts';
import { listDirs, listFiles, readBytes } from '../meta/snapshot-files.ts';
import type { RegistryFragment } from './fragment.ts';
import { purlOrWarn } from './fragment.ts';
import type { AttributedFragment, RegistryPackageRead } from './merge.ts';
import { mergeRegistryFragments, REGISTRY_SOURCE } from './merge.ts';
import { parseRegistryFile } from './parse-registry-file.ts';

export const REGISTRY_DIR = 'registry';
const JSON_FILE_RE = /\.json(\.gz)?$/;

export interface RegistryRecords {
  packages: RegistryPackageRead[];
  popularity: RepoPopularity[];
  files: string[];
}

// `<name>.<endpoint>` where the endpoint is a word, optionally with a page suffix
// (`reverse_dependencies.p2`, jobs/collect/registries). Names may contain dots (`bignumber.js`).
const COLLECTOR_STEM_RE = /^(.+)\.[A-Za-z_]+(?:\.p\d+)?$/;

/** The package name in a collector file name (`%40stellar%2Fstellar-sdk.downloads.json` → `@stellar/stellar-sdk`), or null. */
export function packageNameFromFileName(file: string): string | null {
  const stem = path.posix.basename(file).replace(JSON_FILE_RE, '');
  const match = COLLECTOR_STEM_RE.exec(stem);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

function carriesData(fragment: RegistryFragment): boolean {
  return (fragment.dependencies?.length ?? 0) > 0 || (fragment.dependents?.length ?? 0) > 0 || fragment.downloads30d != null || fragment.latestVersion != null;
}

/** Gives every fragment a package (see the module header); fragments that cannot be placed are dropped. */
export function attributeFragments(fragments: readonly RegistryFragment[], folderOf: (file: string) => string, sink: WarningSink): AttributedFragment[] {
  const namedInFolder = new Map<string, Set<string>>();
  for (const f of fragments) {
    if (f.name === null) continue;
    const key = `${folderOf(f.file)} ${f.registry} ${f.purlType}`;
    if (!namedInFolder.has(key)) namedInFolder.set(key, new Set());
    namedInFolder.get(key)!.add(f.name);
  }
  const out: AttributedFragment[] = [];
  for (const fragment of fragments) {
    const ctx = { source: REGISTRY_SOURCE, file: fragment.file, sink };
    let name = fragment.name ?? packageNameFromFileName(fragment.file);
    if (name === null) {
      const candidates = [...(namedInFolder.get(`${folderOf(fragment.file)} ${fragment.registry} ${fragment.purlType}`) ?? [])];
      if (candidates.length === 1) name = candidates[0];
      else {
        if (carriesData(fragment)) {
          const which = candidates.length === 0 ? 'no package' : `${candidates.length} packages (${candidates.sort().join(', ')})`;
          warnAt(ctx, undefined, `file skipped: the response does not name its package and its folder holds ${which}; name it <url-encoded package>.<endpoint>.json`);
        }
        continue;
      }
    }
    const purl = purlOrWarn(ctx, fragment.purlType, name, 'name');
    if (purl) out.push({ fragment: { ...fragment, name }, purl });
  }
  return out;
}

export function readRegistry(root: string, sink: WarningSink): RegistryRecords {
  const files = listDirs(root, REGISTRY_DIR).flatMap((dir) => listFiles(root, dir, (name) => JSON_FILE_RE.test(name)));
  const folderOf = (file: string) => path.posix.basename(path.posix.dirname(file));
  const fragments: RegistryFragment[] = [];
  const popularity: RepoPopularity[] = [];
  for (const file of files) {
    const parsed = parseRegistryFile(readBytes(root, file), file, folderOf(file), sink);
    if (parsed.fragment) fragments.push(parsed.fragment);
    popularity.push(...parsed.popularity);
  }
  const packages = mergeRegistryFragments(attributeFragments(fragments, folderOf, sink), sink);
  return { packages, popularity, files };
}
