/**
 * `atlas build --previous FILE`: what is known of the build this one replaces, so the status page
 * can show counts against it (issue #3). FILE is that build's atlas.sqlite or the health.json
 * served with it (jobs/deploy/health). Told apart by content: SQLite files start with
 * "SQLite format 3\0".
 */
import { readFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import type { PreviousBuild } from '../compute/compute-atlas.ts';
import { CliError } from './cli-error.ts';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const count = z.number().int().nonnegative();
const HealthDocument = z.object({
  snapshot_as_of: z.string().nullish(),
  counts: z.object({
    projects: count, repos: count, edges: count,
    active_projects: count.nullish(), external_packages: count.nullish(), metric_edges: count.nullish(), contributors: count.nullish(),
  }),
});

export function readPreviousBuild(file: string): PreviousBuild {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new CliError(`--previous ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`, 2);
  }
  if (bytes.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
    const db = new DatabaseSync(file, { readOnly: true });
    try {
      const m = db.prepare('SELECT snapshot_as_of, project_count, active_project_count, repo_count, external_package_count, edge_count, metric_edge_count, contributor_count FROM meta WHERE id = 1').get() as Record<string, number | string> | undefined;
      if (!m) throw new CliError(`--previous ${file}: the meta table has no row`, 2);
      return {
        snapshot_as_of: String(m.snapshot_as_of),
        counts: { projects: Number(m.project_count), active_projects: Number(m.active_project_count), repos: Number(m.repo_count), external_packages: Number(m.external_package_count), edges: Number(m.edge_count), metric_edges: Number(m.metric_edge_count), contributors: Number(m.contributor_count) },
      };
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError(`--previous ${file}: not an atlas.sqlite (${(error as Error).message})`, 2);
    } finally {
      db.close();
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new CliError(`--previous ${file}: neither an atlas.sqlite nor a health.json`, 2);
  }
  const parsed = HealthDocument.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CliError(`--previous ${file}: field ${issue.path.join('.')}: ${issue.message}`, 2);
  }
  const c = parsed.data.counts;
  return {
    snapshot_as_of: parsed.data.snapshot_as_of ?? null,
    counts: { projects: c.projects, active_projects: c.active_projects ?? null, repos: c.repos, external_packages: c.external_packages ?? null, edges: c.edges, metric_edges: c.metric_edges ?? null, contributors: c.contributors ?? null },
  };
}
