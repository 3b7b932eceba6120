/**
 * PEP 508 dependency specifiers, reduced to what the graph needs: the distribution name, its
 * version specifier (extras and environment markers stripped) and, for direct references
 * (`name @ url`), the URL. `toml>=0.10.2; python_version < '3.11'` → toml, `>=0.10.2`.
 */
export interface Pep508Requirement {
  name: string;
  specifier: string | null;
  url: string | null;
}

// PEP 508 names: letters/digits, with '.', '-', '_' inside.
const NAME_RE = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*/;

export function parsePep508(text: string): Pep508Requirement | null {
  const m = NAME_RE.exec(text);
  if (!m) return null;
  let rest = text.slice(m[0].length);
  const marker = rest.indexOf(';');
  if (marker >= 0) rest = rest.slice(0, marker);
  rest = rest.trim();
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close < 0) return null;
    rest = rest.slice(close + 1).trim();
  }
  if (rest.startsWith('@')) {
    const url = rest.slice(1).trim();
    return url ? { name: m[1]!, specifier: null, url } : null;
  }
  if (rest.startsWith('(') && rest.endsWith(')')) rest = rest.slice(1, -1).trim();
  if (rest && !/^(?:[<>=!~]=?|===?)/.test(rest)) return null;
  const specifier = rest.replace(/\s+/g, '');
  return { name: m[1]!, specifier: specifier || null, url: null };
}
