/**
 * The raw git log of one repo (docs/SNAPSHOT.md "git log format", DESIGN §4.5, §5.7 item 9):
 * one commit per line, seven NUL-separated fields (hash, author name, author e-mail, author date,
 * committer name, committer e-mail, `Co-authored-by` values separated by \x1f).
 *
 * Lines with the wrong field count, a bad hash or a bad date are skipped as malformed; commits
 * with an empty author e-mail are skipped apart. Both are counted, and a file gets at most one
 * summary warning naming the first few line numbers, so a broken 30k-line log is one warning,
 * not 30k. Parsing is plain string splitting: the real logs (34k lines) take milliseconds.
 */
import type { GitCommit, WarningSink } from '../types.ts';
import { toUtcIso } from './utc-date.ts';

export const GIT_LOG_FIELDS = 7;
/** How many offending line numbers a summary warning lists. */
export const WARN_LINE_SAMPLE = 5;
/** SHA-1 (40) or SHA-256 (64) object names. */
const SHA_RE = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const CO_AUTHOR_RE = /^(.*?)\s*<([^<>]*)>$/;

export interface GitLogParse {
  commits: GitCommit[];
  skippedMalformed: number;
  skippedEmptyEmail: number;
}

/** `Name <email>` values of the trailer field; entries without an e-mail are dropped. */
function parseCoAuthors(field: string): GitCommit['coAuthors'] {
  const out: GitCommit['coAuthors'] = [];
  if (!field) return out;
  for (const part of field.split('\x1f')) {
    const m = CO_AUTHOR_RE.exec(part.trim());
    const email = m?.[2]?.trim();
    if (m && email) out.push({ name: m[1]!.trim(), email });
  }
  return out;
}

function lineList(lines: number[]): string {
  const shown = lines.slice(0, WARN_LINE_SAMPLE).join(', ');
  return lines.length > WARN_LINE_SAMPLE ? `${shown}, …` : shown;
}

/**
 * Parses a whole log file. `file` (snapshot-relative) and `source` name the warning.
 * Commits keep the file's order (newest first, as git writes them).
 */
export function parseGitLog(text: string, file: string, sink: WarningSink, source = 'ecosystem'): GitLogParse {
  const commits: GitCommit[] = [];
  const malformed: number[] = [];
  const emptyEmail: number[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line === '') continue;
    const f = line.split('\0');
    if (f.length !== GIT_LOG_FIELDS || !SHA_RE.test(f[0]!)) {
      malformed.push(i + 1);
      continue;
    }
    const authorDateUtc = toUtcIso(f[3]!);
    if (!authorDateUtc) {
      malformed.push(i + 1);
      continue;
    }
    const authorEmail = f[2]!.trim();
    if (!authorEmail) {
      emptyEmail.push(i + 1);
      continue;
    }
    commits.push({
      sha: f[0]!,
      authorName: f[1]!.trim(),
      authorEmail,
      authorDateUtc,
      committerName: f[4]!.trim(),
      committerEmail: f[5]!.trim(),
      coAuthors: parseCoAuthors(f[6]!),
    });
  }
  if (malformed.length || emptyEmail.length) {
    const parts: string[] = [];
    if (malformed.length) parts.push(`${malformed.length} malformed line(s) skipped (line ${lineList(malformed)})`);
    if (emptyEmail.length) parts.push(`${emptyEmail.length} commit(s) with an empty author e-mail skipped (line ${lineList(emptyEmail)})`);
    sink.warn({ source, file, message: parts.join('; ') });
  }
  return { commits, skippedMalformed: malformed.length, skippedEmptyEmail: emptyEmail.length };
}
