/**
 * Contributor identity (DESIGN §3, §5.3): after the mailmap, GitHub noreply forms are folded
 * (`123+login@users.noreply.github.com` ≡ `login@users.noreply.github.com`), the address is
 * trimmed and lower-cased, and placeholder addresses give way to the author name
 * (`name:<lower-cased name>`). The contributor id is the SHA-256 hex of that key; only the hash
 * ever leaves this module's callers, never the address or the name (DESIGN §11).
 */
import { createHash } from 'node:crypto';
import { githubNoreplyLogin } from './automation-identity.ts';
import type { Identity } from './mailmap.ts';
import { isPlaceholderEmail } from './placeholder-email.ts';

/** The identity key of a (mailmapped) author; null when neither a usable address nor a name exists. */
export function identityKey({ name, email }: Identity): string | null {
  const e = email.trim().toLowerCase();
  if (!isPlaceholderEmail(e)) {
    const login = githubNoreplyLogin(e);
    return login === null ? e : `${login}@users.noreply.github.com`;
  }
  const n = name.trim().toLowerCase();
  return n === '' ? null : `name:${n}`;
}

/** Contributor id: SHA-256 hex of the identity key. */
export function contributorHash(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}
