/**
 * Markdown snippets for the shields.io endpoint badges of a project (DESIGN §7 Static read-only
 * API: "shields.io endpoint-badge JSON per project and metric"). The badge JSON files are written by
 * the publish stage under `api/v1/badges/<slug>/<metric>.json`; this module only names them, so the
 * slug rule here must match the publisher's.
 */

/** DAOIP-5 prefix of SCF project ids (DESIGN §3); the slug is what follows it. */
export const SCF_PROJECT_ID_PREFIX = 'daoip-5:scf:project:';

/** Metrics with a badge file, in the order the page lists them. */
export const BADGE_METRICS = ['criticality', 'pony-factor', 'adoption', 'status'] as const;
export type BadgeMetric = (typeof BADGE_METRICS)[number];

/** shields.io endpoint-badge service: renders the JSON found at `url` (shields.io/badges/endpoint-badge). */
export const SHIELDS_ENDPOINT = 'https://img.shields.io/endpoint';

/** Characters kept in a slug; every other character becomes `_` (one for one). */
const SLUG_UNSAFE = /[^a-z0-9_.-]/g;

/**
 * File-system-safe name of a project for its badge folder: `daoip-5:scf:project:soroban.cli` →
 * `soroban.cli`. Same rule as the API's project slugs: unsafe characters and leading dots become
 * `_` (hosts drop hidden files), never empty. The API adds a hash suffix when two ids would share a
 * slug; no such pair exists in the data so far, and the page does not reproduce that case.
 */
export function badgeSlug(projectId: string): string {
  const rest = projectId.startsWith(SCF_PROJECT_ID_PREFIX) ? projectId.slice(SCF_PROJECT_ID_PREFIX.length) : projectId;
  const slug = rest.replace(SLUG_UNSAFE, '_').replace(/^\.+/, (dots) => '_'.repeat(dots.length));
  return slug === '' ? '_' : slug;
}

/** Path below the site root of one badge JSON file. */
export function badgeJsonPath(projectId: string, metric: BadgeMetric): string {
  return `api/v1/badges/${badgeSlug(projectId)}/${metric}.json`;
}

/** Characters that would end the `url` query value or the Markdown link; percent-encoded, the rest kept readable. */
const URL_BREAKERS = /[\s()<>&#?%]/g;

function percentEncode(char: string): string {
  return [...new TextEncoder().encode(char)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}

/** The Markdown image for a badge whose JSON lives at the absolute URL `jsonUrl` (shape given in issue #3). */
export function badgeMarkdown(metric: BadgeMetric, jsonUrl: string): string {
  return `![${metric}](${SHIELDS_ENDPOINT}?url=${jsonUrl.replace(URL_BREAKERS, percentEncode)})`;
}
