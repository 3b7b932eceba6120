/**
 * One repo folder of a raw snapshot → `RawRepo` (docs/SNAPSHOT.md, DESIGN §4.3, §4.5):
 * `repo.json` facts, the optional GitHub REST records (`github.json`, `releases.json`), the
 * collector's `status.json`, the git log (`gitlog-full.txt`, else the `gitlog.txt` window), the
 * `mailmap` and every manifest. Missing files give nulls / empty lists; bad fields are warned
 * about (file + field) and dropped; nothing throws.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { RawRepo, WarningSink } from '../types.ts';
import { repoIdOf } from '../../ids/repo-id.ts';
import { parseGitLog } from '../git/parse-git-log.ts';
import { parseMailmap } from '../git/parse-mailmap.ts';
import { toUtcIso } from '../git/utc-date.ts';
import { GitHubReleaseSchema, GitHubRepoSchema, RepoJsonSchema, RepoStatusSchema } from './repo-files.schema.ts';
import { parseLenient, type FieldWarn } from './lenient-parse.ts';
import { readRepoManifests } from './repo-manifests.ts';
import type { RepoDir } from './repo-dirs.ts';

export const ECOSYSTEM_SOURCE = 'ecosystem';
export const REPO_FILES = {
  repo: 'repo.json',
  github: 'github.json',
  releases: 'releases.json',
  status: 'status.json',
  fullLog: 'gitlog-full.txt',
  windowLog: 'gitlog.txt',
  mailmap: 'mailmap',
} as const;

function readOptional(root: string, rel: string, sink: WarningSink): string | null {
  const abs = path.join(root, rel);
  if (!fs.existsSync(abs)) return null;
  try {
    return fs.readFileSync(abs, 'utf8');
  } catch (error) {
    sink.warn({ source: ECOSYSTEM_SOURCE, file: rel, message: `unreadable: ${(error as Error).message}` });
    return null;
  }
}

function readJson(root: string, rel: string, sink: WarningSink): { found: boolean; value: unknown } {
  const text = readOptional(root, rel, sink);
  if (text === null) return { found: false, value: undefined };
  try {
    return { found: true, value: JSON.parse(text) };
  } catch (error) {
    sink.warn({ source: ECOSYSTEM_SOURCE, file: rel, message: `not JSON, file ignored: ${(error as Error).message}` });
    return { found: false, value: undefined };
  }
}

const fieldWarn = (sink: WarningSink, file: string): FieldWarn => (field, message) => sink.warn({ source: ECOSYSTEM_SOURCE, file, field, message });

/** An ISO date with offset → UTC `…Z`; an unparseable one is warned about and dropped. */
function utcOrWarn(value: string | null | undefined, warn: FieldWarn, field: string): string | null {
  if (!value) return null;
  const utc = toUtcIso(value);
  if (!utc) warn(field, `not an ISO 8601 date-time: ${value}`);
  return utc;
}

export function readRawRepo(root: string, dir: RepoDir, sink: WarningSink): RawRepo {
  const rel = (name: string): string => `${dir.relDir}/${name}`;

  const repoFile = rel(REPO_FILES.repo);
  const repoJson = readJson(root, repoFile, sink);
  const repoWarn = fieldWarn(sink, repoFile);
  const facts = repoJson.found ? (parseLenient(RepoJsonSchema, repoJson.value, repoWarn, '') ?? {}) : {};
  const fullName = facts.full_name ?? `${dir.owner}/${dir.repo}`;
  const [owner, repo] = fullName.split('/') as [string, string];
  if (owner.toLowerCase() !== dir.owner.toLowerCase() || repo.toLowerCase() !== dir.repo.toLowerCase()) {
    repoWarn('full_name', `${fullName} differs from the folder ${dir.owner}/${dir.repo}; the full_name is used`);
  }

  let github: RawRepo['github'] = null;
  const githubFile = rel(REPO_FILES.github);
  const githubJson = readJson(root, githubFile, sink);
  const gh = githubJson.found ? parseLenient(GitHubRepoSchema, githubJson.value, fieldWarn(sink, githubFile), '') : null;
  if (gh) {
    const licence = gh.license?.spdx_id ?? null;
    github = {
      stars: gh.stargazers_count ?? null,
      forks: gh.forks_count ?? null,
      archived: gh.archived ?? null,
      pushedAt: utcOrWarn(gh.pushed_at, fieldWarn(sink, githubFile), 'pushed_at'),
      // GitHub writes NOASSERTION for a licence it could not identify.
      license: licence && licence !== 'NOASSERTION' ? licence : null,
      topics: [...(gh.topics ?? [])].sort(),
      description: gh.description ?? null,
    };
  }

  const releases: RawRepo['releases'] = [];
  const releasesFile = rel(REPO_FILES.releases);
  const releasesJson = readJson(root, releasesFile, sink);
  if (releasesJson.found) {
    if (!Array.isArray(releasesJson.value)) sink.warn({ source: ECOSYSTEM_SOURCE, file: releasesFile, message: 'not a JSON array, releases ignored' });
    else {
      for (const [i, raw] of releasesJson.value.entries()) {
        const r = GitHubReleaseSchema.safeParse(raw);
        if (!r.success) {
          fieldWarn(sink, releasesFile)(`[${i}].${r.error.issues[0]?.path.join('.') ?? ''}`, `release skipped: ${r.error.issues[0]?.message ?? 'invalid'}`);
          continue;
        }
        releases.push({ tag: r.data.tag_name, name: r.data.name ?? null, publishedAt: utcOrWarn(r.data.published_at, fieldWarn(sink, releasesFile), `[${i}].published_at`) });
      }
    }
  }

  const statusFile = rel(REPO_FILES.status);
  const statusJson = readJson(root, statusFile, sink);
  const status = statusJson.found ? parseLenient(RepoStatusSchema, statusJson.value, fieldWarn(sink, statusFile), '') : null;
  // A repo the collector recorded as unreachable (not found, taken down, private) has no facts to give.
  if (!repoJson.found && !status?.unreachable) sink.warn({ source: ECOSYSTEM_SOURCE, file: repoFile, message: 'missing: repo facts unknown, folder names used' });

  let logCoverage: RawRepo['logCoverage'] = 'none';
  let commits: RawRepo['commits'] = [];
  for (const [name, coverage] of [[REPO_FILES.fullLog, 'full'], [REPO_FILES.windowLog, 'window']] as const) {
    const text = readOptional(root, rel(name), sink);
    if (text === null) continue;
    commits = parseGitLog(text, rel(name), sink, ECOSYSTEM_SOURCE).commits;
    logCoverage = coverage;
    break;
  }

  const mailmapText = readOptional(root, rel(REPO_FILES.mailmap), sink);

  return {
    id: repoIdOf(owner, repo),
    fullName,
    url: facts.url ?? `https://github.com/${fullName}`,
    defaultBranch: facts.default_branch ?? null,
    headCommit: facts.head_commit ?? null,
    headCommitDate: utcOrWarn(facts.head_commit_date, repoWarn, 'head_commit_date'),
    firstCommitDate: utcOrWarn(facts.first_commit_date, repoWarn, 'first_commit_date'),
    commitCountAll: facts.commit_count_all ?? null,
    github,
    unreachable: status?.unreachable ?? null,
    manifests: readRepoManifests(root, dir.relDir, sink),
    commits,
    logCoverage,
    mailmap: mailmapText === null ? [] : parseMailmap(mailmapText, rel(REPO_FILES.mailmap), sink, ECOSYSTEM_SOURCE),
    releases,
  };
}
