/**
 * The repos of the previous snapshot (`ecosystem/repos/<owner>/<repo>/`), with the push date the
 * cadence needs (`github.json` pushed_at, else `repo.json` head_commit_date). Used when GitHub is not
 * collected in this run or an owner listing fails: the repo list then comes from the last good data.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { repoIdOf } from '../../ids/repo-id.ts';
import type { RepoRef } from './repo-ref.ts';

async function readJson(file: string): Promise<Record<string, unknown> | null> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return null;
  }
}

async function subdirs(dir: string): Promise<string[]> {
  try {
    return (await fs.readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  } catch {
    return [];
  }
}

/** Last known push date of a repo folder (ISO), or null. */
export async function lastPushOf(repoDir: string): Promise<string | null> {
  const github = await readJson(path.join(repoDir, 'github.json'));
  if (typeof github?.pushed_at === 'string') return github.pushed_at;
  const facts = await readJson(path.join(repoDir, 'repo.json'));
  return typeof facts?.head_commit_date === 'string' ? facts.head_commit_date : null;
}

export async function listPreviousRepos(previous: string | null): Promise<RepoRef[]> {
  if (!previous) return [];
  const root = path.join(previous, 'ecosystem/repos');
  const refs: RepoRef[] = [];
  for (const owner of await subdirs(root)) {
    for (const repo of await subdirs(path.join(root, owner))) {
      refs.push({ owner, repo, id: repoIdOf(owner, repo), pushedAt: await lastPushOf(path.join(root, owner, repo)) });
    }
  }
  return refs;
}
