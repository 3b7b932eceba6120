/**
 * Writes a repo's `gitlog-full.txt` in the exact collector format (docs/SNAPSHOT.md "git log
 * format"; DESIGN §4.5): one non-merge commit per line, seven NUL-separated fields
 * (hash, author name, author e-mail, author date `%aI`, committer name, committer e-mail,
 * Co-authored-by values joined by \x1f), newest first, each line ending in "\n".
 */
import { createHash } from 'node:crypto';
import { createRng, seedOf } from './prng.ts';
import type { Rng } from './prng.ts';
import { personByKey, WEB_FLOW } from './people.ts';
import type { Identity, Person } from './people.ts';
import type { RepoSpec } from './repos.ts';
import { fullNameOf } from './repos.ts';

const FIELD = '\x00';
const CO_AUTHOR_SEPARATOR = '\x1f';
const DAY_MS = 86_400_000;

interface Commit {
  sha: string;
  utcMs: number;
  author: Identity;
  tz: string;
  committer: Identity;
  coAuthors: Identity[];
}

export interface GitLog {
  text: string;
  /** Newest commit (head) and oldest author date, for repo.json. */
  head: { sha: string; date: string } | null;
  firstDate: string | null;
  /** Well-formed commit lines written. */
  commitCount: number;
}

/** `2026-08-21T23:37:22+10:00`: the UTC instant shown in the given offset, like git's `%aI`. */
export function isoWithOffset(utcMs: number, tz: string): string {
  const sign = tz.startsWith('-') ? -1 : 1;
  const [h, m] = tz.slice(1).split(':').map(Number);
  const local = new Date(utcMs + sign * (h * 60 + m) * 60_000);
  return `${local.toISOString().slice(0, 19)}${tz}`;
}

function shaOf(label: string): string {
  return createHash('sha1').update(label).digest('hex');
}

function identityFor(p: Person, dayIso: string, rng: Rng): Identity {
  if (p.identities.length === 1) return p.identities[0];
  if (p.aliasUntil) return dayIso < p.aliasUntil ? p.identities[1] : p.identities[0];
  if (p.mixedUntil && dayIso < p.mixedUntil) return rng.pick(p.identities);
  return p.identities[0];
}

function randomInstant(rng: Rng, from: string, to: string): number {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`) + DAY_MS - 1000;
  return start + Math.floor(rng.next() * ((end - start) / 1000)) * 1000;
}

function line(c: Commit): string {
  const trailers = c.coAuthors.map((a) => `${a.name} <${a.email}>`).join(CO_AUTHOR_SEPARATOR);
  return [c.sha, c.author.name, c.author.email, isoWithOffset(c.utcMs, c.tz), c.committer.name, c.committer.email, trailers].join(FIELD);
}

export function buildGitLog(spec: RepoSpec): GitLog {
  const name = fullNameOf(spec);
  const rng = createRng(seedOf(`gitlog:${name}`));
  const commits: Commit[] = [];
  const humans = new Set<string>();
  for (const seg of spec.history) for (const key of Object.keys(seg.authors)) if (!personByKey(key).bot) humans.add(key);

  for (const seg of spec.history) {
    // Authors are laid out by exact count and shuffled, so per-person totals are fixed by the spec.
    const slots: string[] = [];
    for (const [key, count] of Object.entries(seg.authors)) for (let i = 0; i < count; i++) slots.push(key);
    for (const key of rng.shuffle(slots)) {
      const p = personByKey(key);
      const utcMs = randomInstant(rng, seg.from, seg.to);
      const dayIso = new Date(utcMs).toISOString().slice(0, 10);
      const author = identityFor(p, dayIso, rng);
      let committer: Identity = author;
      const coAuthors: Identity[] = [];
      if (p.bot) {
        committer = p.key === 'gha' ? author : WEB_FLOW;
      } else {
        if (rng.next() < spec.webFlowShare) committer = WEB_FLOW;
        if (rng.next() < spec.coAuthorRate) {
          const others = [...humans].filter((k) => k !== key).sort();
          if (others.length > 0) {
            const n = others.length > 1 && rng.next() < 0.35 ? 2 : 1;
            for (const k of rng.shuffle(others).slice(0, n)) coAuthors.push(personByKey(k).identities[0]);
          }
        }
      }
      commits.push({ sha: '', utcMs, author, tz: p.tz, committer, coAuthors });
    }
  }
  if (spec.emptyEmailCommit) {
    const p = personByKey(spec.emptyEmailCommit.person);
    const utcMs = Date.parse(`${spec.emptyEmailCommit.date}T10:21:09Z`);
    commits.push({ sha: '', utcMs, author: { name: p.identities[0].name, email: '' }, tz: p.tz, committer: { name: p.identities[0].name, email: '' }, coAuthors: [] });
  }
  commits.sort((a, b) => b.utcMs - a.utcMs);
  commits.forEach((c, i) => (c.sha = shaOf(`${name}#${commits.length - i}`)));

  const lines = commits.map(line);
  if (spec.malformedLineAt !== undefined && lines.length > spec.malformedLineAt) {
    // A truncated record (4 fields), as a log cut mid-write would leave it.
    const c = commits[spec.malformedLineAt];
    lines.splice(spec.malformedLineAt, 0, [shaOf(`${name}#truncated`), c.author.name, c.author.email, isoWithOffset(c.utcMs - 3_600_000, c.tz)].join(FIELD));
  }
  const head = commits[0];
  const oldest = commits[commits.length - 1];
  return {
    text: lines.map((l) => `${l}\n`).join(''),
    head: head ? { sha: head.sha, date: isoWithOffset(head.utcMs, head.committer === WEB_FLOW ? '+00:00' : head.tz) } : null,
    firstDate: oldest ? isoWithOffset(oldest.utcMs, oldest.tz) : null,
    commitCount: commits.length,
  };
}
