/**
 * Placeholder e-mail addresses (DESIGN §5.3: "never merge on placeholder addresses"). People leave
 * git misconfigured with template or machine-default addresses; two strangers sharing
 * `you@example.com` are not one contributor, so such commits are keyed by author name instead.
 */

/** Template addresses seen in real logs and in setup guides (lower-case). */
export const PLACEHOLDER_EMAILS: ReadonlySet<string> = new Set([
  'you@example.com',
  'your-email@example.com',
  'your_email@example.com',
  'youremail@example.com',
  'your.email@example.com',
  'email@example.com',
  'user@example.com',
  'name@example.com',
  'me@example.com',
  'test@example.com',
  'root@localhost',
  'user@localhost',
  'noreply@localhost',
  'test@test.com',
  'none',
  'unknown',
]);

/**
 * Reserved documentation domains (RFC 2606: example.com/.net/.org) and machine-local hosts. The
 * `.invalid` TLD is deliberately not listed: the pseudonymised real data maps every real address
 * to `p…@example.invalid`, one per person, so those are real identities.
 */
const PLACEHOLDER_DOMAIN = /@(?:(?:[a-z0-9-]+\.)*example\.(?:com|net|org)|localhost(?:\.localdomain)?|[^@]*\.local|[^@]*\(none\))$/;

/** True for empty, address-less, template or machine-default addresses. */
export function isPlaceholderEmail(email: string): boolean {
  const e = email.trim().toLowerCase();
  if (e === '' || !e.includes('@') || e.startsWith('@') || e.endsWith('@')) return true;
  return PLACEHOLDER_EMAILS.has(e) || PLACEHOLDER_DOMAIN.test(e);
}
