/**
 * The static API never carries an e-mail address (DESIGN §11). The atlas holds none by contract,
 * but free text from public submissions (descriptions, names, collector errors) could, so every
 * string written by the API passes through here. The pattern is the one the tests scan dist/api
 * with: something@domain.tld, a TLD of two or more letters (so `repo.git@v0.1.150` is not one).
 */

/** An e-mail address: local part, `@`, dot-separated labels ending in an alphabetic TLD. */
export const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9-])/g;

/** What an address is replaced with. */
export const EMAIL_REPLACEMENT = '[e-mail removed]';

export function redactEmails(text: string): string {
  return text.replace(EMAIL_RE, EMAIL_REPLACEMENT);
}

/** Deep copy of a JSON-like value with every string redacted. */
export function redactEmailsDeep<T>(value: T): T {
  if (typeof value === 'string') return redactEmails(value) as T;
  if (Array.isArray(value)) return value.map((v) => redactEmailsDeep(v)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactEmailsDeep(v)])) as T;
  return value;
}
