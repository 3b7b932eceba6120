/**
 * Small SPDX value rules (SPDX 2.3 §7.3, §7.7): `NOASSERTION` / `NONE` mean "no value", and a
 * `downloadLocation` is otherwise a download URL or a VCS locator (`git+https://…`, `git@host:…`).
 */

/** SPDX's two "no value" keywords. */
export const SPDX_NO_VALUE = new Set(['NOASSERTION', 'NONE']);

/** A trimmed value, or null for a missing / empty / NOASSERTION / NONE one. */
export function spdxValue(text: string | undefined): string | null {
  const value = text?.trim();
  if (!value || SPDX_NO_VALUE.has(value.toUpperCase())) return null;
  return value;
}

// `scheme://…` (with an optional `vcs+` prefix, SPDX 2.3 §7.7) or scp-like `user@host:path`.
const URL_LIKE_RE = /^(?:[a-z][a-z0-9.-]*\+)?[a-z][a-z0-9.+-]*:\/\/\S+$|^[\w.-]+@[\w.-]+:\S+$/i;

export function isDownloadUrl(text: string): boolean {
  return URL_LIKE_RE.test(text);
}
