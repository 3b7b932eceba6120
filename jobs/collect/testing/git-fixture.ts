/**
 * Builds small real git repositories inside a test (no network): dated commits, a merge, a bot
 * author, a Co-authored-by trailer, a noreply address, a .mailmap, manifests in sub-folders and a
 * node_modules manifest that must be skipped. Served to the collector through a file:// URL.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface Author {
  name: string;
  email: string;
  date: string;
}

export function git(cwd: string, args: string[], author?: Author): string {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: cwd, LC_ALL: 'C' };
  if (author) {
    Object.assign(env, {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_AUTHOR_DATE: author.date,
      GIT_COMMITTER_NAME: 'GitHub',
      GIT_COMMITTER_EMAIL: 'noreply@github.com',
      GIT_COMMITTER_DATE: author.date,
    });
  }
  return execFileSync('git', args, { cwd, env, encoding: 'utf8' });
}

export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), content);
  }
}

export function commit(dir: string, files: Record<string, string>, message: string, author: Author): string {
  writeFiles(dir, files);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '--allow-empty', '-m', message], author);
  return git(dir, ['rev-parse', 'HEAD']).trim();
}

export const ALICE: Author = { name: 'Alice Example', email: 'alice@example.org', date: '2025-01-10T10:00:00+05:30' };
export const BOB_NOREPLY: Author = { name: 'Bob', email: '1234567+bob@users.noreply.github.com', date: '2025-02-01T09:00:00-05:00' };
export const DEPENDABOT: Author = { name: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com', date: '2025-03-01T00:00:00Z' };

/** A repo at `<remotes>/<owner>/<repo>` with the cases listed in the header; returns its path. */
export function createFixtureRepo(remotes: string, owner: string, repo: string): string {
  const dir = path.join(remotes, owner, repo);
  fs.mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['config', 'uploadpack.allowFilter', 'true']);
  git(dir, ['config', 'uploadpack.allowAnySHA1InWant', 'true']);
  commit(dir, {
    'package.json': JSON.stringify({ name: '@demo/root', private: true, workspaces: ['packages/*'] }),
    'packages/lib/package.json': JSON.stringify({ name: '@demo/lib', version: '1.0.0', dependencies: { '@stellar/stellar-sdk': '^14.0.0' } }),
    'node_modules/leftpad/package.json': JSON.stringify({ name: 'leftpad' }),
    'examples/app/package.json': JSON.stringify({ name: 'demo-example-app', version: '0.0.1' }),
  }, 'initial', ALICE);
  git(dir, ['checkout', '-q', '-b', 'feature']);
  commit(dir, { 'crates/core/Cargo.toml': '[package]\nname = "demo-core"\nversion = "0.1.0"\n\n[dependencies]\nsoroban-sdk = "22"\n' }, 'add crate\n\nCo-authored-by: Carol Coder <carol@example.net>', BOB_NOREPLY);
  git(dir, ['checkout', '-q', 'main']);
  commit(dir, { '.mailmap': 'Alice Example <alice@example.org> <alice@old.example.org>\n' }, 'mailmap', { ...ALICE, date: '2025-02-15T12:00:00+05:30' });
  git(dir, ['merge', '-q', '--no-ff', 'feature', '-m', 'Merge branch feature'], { ...ALICE, date: '2025-02-20T12:00:00+05:30' });
  commit(dir, { 'packages/lib/package.json': JSON.stringify({ name: '@demo/lib', version: '1.0.1', dependencies: { '@stellar/stellar-sdk': '^14.1.0' } }) }, 'bump', DEPENDABOT);
  commit(dir, { '.pg-atlas/sbom.spdx.json': JSON.stringify({ spdxVersion: 'SPDX-2.3', name: 'demo', packages: [] }) }, 'declare sbom', { ...ALICE, date: '2025-04-01T08:00:00+05:30' });
  return dir;
}
