/**
 * Applies a repository's `.mailmap` (DESIGN §5.3 identity resolution) the way git does: an entry
 * matches on the commit e-mail (case-insensitive) and, when it names a commit name, on that name
 * too; an entry that matches on name and e-mail wins over an e-mail-only one. The proper name and
 * e-mail replace the commit's where given.
 */
import type { MailmapEntry } from '../../snapshot/types.ts';

export interface Identity {
  name: string;
  email: string;
}

export function applyMailmap(identity: Identity, entries: readonly MailmapEntry[]): Identity {
  if (entries.length === 0) return identity;
  const email = identity.email.trim().toLowerCase();
  const name = identity.name.trim().toLowerCase();
  let emailOnly: MailmapEntry | null = null;
  for (const entry of entries) {
    if (entry.commitEmail.trim().toLowerCase() !== email) continue;
    if (entry.commitName === null) {
      emailOnly ??= entry;
    } else if (entry.commitName.trim().toLowerCase() === name) {
      return resolved(identity, entry);
    }
  }
  return emailOnly ? resolved(identity, emailOnly) : identity;
}

function resolved(identity: Identity, entry: MailmapEntry): Identity {
  return { name: entry.properName ?? identity.name, email: entry.properEmail ?? identity.email };
}
