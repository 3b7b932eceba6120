/**
 * zod schemas of the per-repo record files (docs/SNAPSHOT.md): the collector's `repo.json`,
 * GitHub REST `github.json` (GET /repos/{owner}/{repo}), `releases.json` (GET …/releases) and the
 * collector's `status.json`. Only the fields PG Atlas reads; unknown fields pass.
 */
import { z } from 'zod';

export const RepoJsonSchema = z.object({
  full_name: z.string().regex(/^[\w.-]+\/[\w.-]+$/).optional(),
  url: z.string().optional(),
  default_branch: z.string().nullable().optional(),
  head_commit: z.string().regex(/^[0-9a-f]{40,64}$/).nullable().optional(),
  head_commit_date: z.string().nullable().optional(),
  first_commit_date: z.string().nullable().optional(),
  commit_count_all: z.number().int().nonnegative().nullable().optional(),
});
export type RepoJson = z.infer<typeof RepoJsonSchema>;

export const GitHubRepoSchema = z.object({
  stargazers_count: z.number().int().nonnegative().nullable().optional(),
  forks_count: z.number().int().nonnegative().nullable().optional(),
  archived: z.boolean().nullable().optional(),
  pushed_at: z.string().nullable().optional(),
  license: z.object({ spdx_id: z.string().nullable().optional() }).nullable().optional(),
  topics: z.array(z.string()).nullable().optional(),
  description: z.string().nullable().optional(),
});
export type GitHubRepo = z.infer<typeof GitHubRepoSchema>;

export const GitHubReleaseSchema = z.object({
  tag_name: z.string().min(1),
  name: z.string().nullable().optional(),
  published_at: z.string().nullable().optional(),
});

export const RepoStatusSchema = z.object({
  unreachable: z.string().nullable().optional(),
});
