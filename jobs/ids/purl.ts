/**
 * Package URLs (purls) as graph vertex ids (DESIGN §3).
 *
 * A `Purl` here is always version-less and canonical: the same package written by different tools
 * (`pkg:npm/@scope/name`, `pkg:npm/%40scope%2Fname@1.0`, `pkg:pypi/Django_Polaris`) parses to one
 * string. Parsing is delegated to packageurl-js (which applies the per-type rules of the purl
 * spec, e.g. PEP 503 for PyPI); we only add the fixes real tools force on us.
 */
import { PackageURL } from 'packageurl-js';

export type Purl = string & { readonly __brand: 'Purl' };

export interface ParsedPurl {
  /** Canonical version-less purl. */
  purl: Purl;
  type: string;
  namespace: string | undefined;
  name: string;
  /** The version (or range) the source wrote after the last `@`, if any. */
  version: string | undefined;
}

/** Types whose names are case-insensitive upstream, so we lower-case them (purl spec, per type). */
const CASE_INSENSITIVE_TYPES = new Set(['npm', 'github', 'bitbucket', 'pypi', 'composer', 'golang', 'cargo', 'pub', 'gem', 'githubactions']);

/** Parses any purl spelling; returns null when the string is not a purl at all. */
export function parsePurl(text: string): ParsedPurl | null {
  const parsed = parsePackageUrl(text.trim());
  if (!parsed) return null;
  let namespace = parsed.namespace ?? undefined;
  let name = parsed.name;
  // `pkg:npm/%40scope%2Fname` decodes to a name with a slash and no namespace.
  if (!namespace && name.includes('/')) {
    const cut = name.lastIndexOf('/');
    namespace = name.slice(0, cut);
    name = name.slice(cut + 1);
  }
  const type = parsed.type.toLowerCase();
  if (CASE_INSENSITIVE_TYPES.has(type) && type !== 'golang') {
    namespace = namespace?.toLowerCase();
    name = name.toLowerCase();
  }
  // PEP 503: runs of '-', '_' and '.' are one '-' (packageurl-js only folds '_').
  if (type === 'pypi') name = name.replace(/[-_.]+/g, '-');
  // cargo crate names treat '-' and '_' as distinct on crates.io, but a crate is unique
  // case-insensitively; keep the given separators.
  const canonical = new PackageURL(type, namespace, name, undefined, undefined, undefined).toString();
  return { purl: canonical as Purl, type, namespace, name, version: parsed.version ?? undefined };
}

/**
 * packageurl-js, with one fallback: its golang validator throws a ReferenceError (not a PurlError)
 * for any `v…` version that is not strict semver (`@v1`, `@v2.0`), so such purls are re-parsed
 * without the version, which is then cut at the last `@` after the last `/` and decoded ourselves.
 */
function parsePackageUrl(text: string): Pick<PackageURL, 'type' | 'namespace' | 'name' | 'version'> | null {
  try {
    return PackageURL.fromString(text);
  } catch {
    const end = text.search(/[?#]/);
    const head = end >= 0 ? text.slice(0, end) : text;
    const at = head.lastIndexOf('@');
    if (at < 0 || at < head.lastIndexOf('/')) return null;
    let version: string;
    try {
      version = decodeURIComponent(head.slice(at + 1));
      const bare = PackageURL.fromString(head.slice(0, at));
      return { type: bare.type, namespace: bare.namespace, name: bare.name, version };
    } catch {
      return null;
    }
  }
}

/** Builds the canonical purl of a package known by registry type and full name (`@scope/name`, `vendor/pkg`). */
export function purlFor(type: string, fullName: string): Purl {
  const cut = fullName.lastIndexOf('/');
  const namespace = cut > 0 ? fullName.slice(0, cut) : undefined;
  const name = cut > 0 ? fullName.slice(cut + 1) : fullName;
  const text = new PackageURL(type, namespace, name, undefined, undefined, undefined).toString();
  const parsed = parsePurl(text);
  if (!parsed) throw new Error(`jobs/ids/purl: cannot build a purl for ${type} ${fullName}`);
  return parsed.purl;
}

/** The package's name as its registry spells it (`@stellar/stellar-sdk`, `soneso/stellar-php-sdk`). */
export function registryName(p: Pick<ParsedPurl, 'namespace' | 'name'>): string {
  return p.namespace ? `${p.namespace}/${p.name}` : p.name;
}
