/**
 * A repo's `.mailmap` (gitmailmap(5); DESIGN §5.3 identity resolution) → `MailmapEntry[]`.
 * The four forms git reads:
 *   Proper Name <commit@email>
 *   <proper@email> <commit@email>
 *   Proper Name <proper@email> <commit@email>
 *   Proper Name <proper@email> Commit Name <commit@email>
 * `#` starts a comment outside `<…>`; blank lines are ignored. A line of no known form is a
 * warning naming its line number and is skipped.
 */
import type { MailmapEntry, WarningSink } from '../types.ts';

const ENTRY_RE = /^([^<>]*)<([^<>]*)>\s*(?:([^<>]*)<([^<>]*)>)?$/;

/** The line without its comment; `#` inside an e-mail's angle brackets is kept. */
function stripComment(line: string): string {
  let inEmail = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '<') inEmail = true;
    else if (c === '>') inEmail = false;
    else if (c === '#' && !inEmail) return line.slice(0, i);
  }
  return line;
}

const orNull = (text: string | undefined): string | null => {
  const t = text?.trim();
  return t ? t : null;
};

export function parseMailmap(text: string, file: string, sink: WarningSink, source = 'ecosystem'): MailmapEntry[] {
  const out: MailmapEntry[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = stripComment(lines[i]!).trim();
    if (!line) continue;
    const m = ENTRY_RE.exec(line);
    const firstName = orNull(m?.[1]);
    const firstEmail = orNull(m?.[2]);
    const secondName = orNull(m?.[3]);
    const secondEmail = orNull(m?.[4]);
    if (!m || (m[4] === undefined && !firstName) || (m[4] !== undefined && !secondEmail) || (!firstEmail && m[4] === undefined)) {
      sink.warn({ source, file, field: `line ${i + 1}`, message: 'not a mailmap entry, skipped' });
      continue;
    }
    if (m[4] === undefined) {
      // Proper Name <commit@email>
      out.push({ properName: firstName, properEmail: null, commitName: null, commitEmail: firstEmail! });
    } else {
      out.push({ properName: firstName, properEmail: firstEmail, commitName: secondName, commitEmail: secondEmail! });
    }
  }
  return out;
}
