/**
 * Reads one PEP 508 requirement as PyPI's `requires_dist` lists it
 * (`PySocks!=1.5.7,>=1.5.6; extra == "socks"`). DESIGN §4.6: requirements that apply only with
 * an extra are not dependencies of the package; other markers (platform, Python version) are
 * kept, since they do apply to some installs.
 */

export interface Pep508Requirement {
  name: string;
  /** Version specifier as written (`<4,>=2`), null when none or a direct URL reference. */
  versionRange: string | null;
  /** The environment marker after `;`, null when none. */
  marker: string | null;
  /** The marker mentions `extra`: the requirement is optional. */
  extraOnly: boolean;
}

const REQUIREMENT_RE = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*(.*)$/s;
const EXTRA_MARKER_RE = /\bextra\s*(?:==|!=|\bin\b)/;

/** null when the text is not a requirement at all. */
export function parsePep508(text: string): Pep508Requirement | null {
  const cut = text.indexOf(';');
  const spec = cut >= 0 ? text.slice(0, cut) : text;
  const marker = cut >= 0 ? text.slice(cut + 1).trim() || null : null;
  const match = REQUIREMENT_RE.exec(spec);
  if (!match) return null;
  let rest = match[2].trim();
  if (rest.startsWith('@')) rest = '';
  if (rest.startsWith('(') && rest.endsWith(')')) rest = rest.slice(1, -1).trim();
  return { name: match[1], versionRange: rest || null, marker, extraOnly: marker !== null && EXTRA_MARKER_RE.test(marker) };
}
