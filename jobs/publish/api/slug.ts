/**
 * File-name slugs for the static API's per-entity files (DESIGN §7 "Static read-only API"). Ids
 * hold `:` `/` `(` `"` `|` and non-ASCII letters, none of which belong in a path, and a path must
 * be the same on every host (IPFS gateways, GitHub Pages, a local disk).
 *
 * Project slug: the id without `daoip-5:scf:project:`, every character outside [a-z0-9_.-]
 * replaced by `_`. Leading dots become `_` as well, because GitHub Pages drops hidden files
 * (`.net_stellar_sdk.json`) and `..` would climb out of a folder. When two ids map to the same
 * slug, every id whose slug needed a replacement gets `-` + the first hex digits of SHA-256(id),
 * so an id already spelled as a clean slug keeps its plain slug whatever else is added later.
 */
import { createHash } from 'node:crypto';

/** The DAOIP-5 prefix shared by every SCF project id, left out of slugs. */
export const PROJECT_ID_PREFIX = 'daoip-5:scf:project:';
/** Hex digits of SHA-256(id) appended on a collision (more only if those collide too). */
export const COLLISION_HASH_HEX = 6;

const OUTSIDE_SLUG_RE = /[^a-z0-9_.-]/g;

/** One path segment: allowed characters only, no leading dot, never empty. */
export function sanitizeSegment(text: string): string {
  const replaced = text.replace(OUTSIDE_SLUG_RE, '_').replace(/^\.+/, (dots) => '_'.repeat(dots.length));
  return replaced === '' ? '_' : replaced;
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Unique slugs for `ids` (order-independent). `toRaw` maps an id to the text that is sanitized;
 * `suffix` appends the collision hash to a sanitized slug.
 */
function uniqueSlugs(ids: readonly string[], toRaw: (id: string) => string, sanitize: (raw: string) => string, suffix: (slug: string, hash: string) => string): Map<string, string> {
  const sorted = [...new Set(ids)].sort();
  const plain = new Map<string, string>();
  const exact = new Set<string>();
  const byPlain = new Map<string, string[]>();
  for (const id of sorted) {
    const raw = toRaw(id);
    const slug = sanitize(raw);
    plain.set(id, slug);
    if (slug === raw) exact.add(id);
    byPlain.set(slug, [...(byPlain.get(slug) ?? []), id]);
  }
  const result = new Map<string, string>();
  const taken = new Set<string>();
  // Ids that keep their plain slug: the only claimant, or the one spelled exactly as its slug.
  for (const id of sorted) {
    const slug = plain.get(id)!;
    const claimants = byPlain.get(slug)!;
    if (claimants.length === 1 || exact.has(id)) {
      result.set(id, slug);
      taken.add(slug);
    }
  }
  for (const id of sorted) {
    if (result.has(id)) continue;
    const hash = sha256Hex(id);
    let length = COLLISION_HASH_HEX;
    let slug = suffix(plain.get(id)!, hash.slice(0, length));
    while (taken.has(slug) || byPlain.has(slug)) {
      length += 2;
      slug = suffix(plain.get(id)!, hash.slice(0, length));
    }
    result.set(id, slug);
    taken.add(slug);
  }
  return result;
}

/** project id → slug (`daoip-5:scf:project:did:stellar` → `did_stellar`), unique over `ids`. */
export function projectSlugs(ids: readonly string[]): Map<string, string> {
  return uniqueSlugs(
    ids,
    (id) => (id.startsWith(PROJECT_ID_PREFIX) ? id.slice(PROJECT_ID_PREFIX.length) : id),
    sanitizeSegment,
    (slug, hash) => `${slug}-${hash}`,
  );
}

/**
 * repo id → `<owner>/<repo>` path below `repos/` (`pkg:github/stellar/js-stellar-sdk` →
 * `stellar/js-stellar-sdk`), each segment sanitized (a `.github` repo becomes `_github`), unique.
 */
export function repoPaths(ids: readonly string[]): Map<string, string> {
  const toRaw = (id: string): string => {
    const rest = id.replace(/^pkg:github\//, '');
    const slash = rest.indexOf('/');
    return slash < 0 ? `_/${rest}` : `${rest.slice(0, slash)}/${rest.slice(slash + 1)}`;
  };
  const sanitize = (raw: string): string => {
    const slash = raw.indexOf('/');
    return `${sanitizeSegment(raw.slice(0, slash))}/${sanitizeSegment(raw.slice(slash + 1))}`;
  };
  return uniqueSlugs(ids, toRaw, sanitize, (slug, hash) => `${slug}-${hash}`);
}
