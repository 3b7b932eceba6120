/**
 * Reads the gate's counts from either an atlas.sqlite or a health.json (the previous deploy is most
 * easily known by the health.json served with it). Chooses by file content: SQLite files start with
 * "SQLite format 3\0".
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { readAtlasFacts } from '../atlas-facts.ts';
import { CliError, EXIT_USAGE } from '../cli-error.ts';
import type { GateCounts } from './gate.ts';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

const HealthCounts = z.object({
  counts: z.object({ projects: z.number().int().nonnegative(), repos: z.number().int().nonnegative(), edges: z.number().int().nonnegative() }),
});

export async function readGateCounts(filePath: string): Promise<GateCounts> {
  const bytes = await readFile(filePath);
  if (bytes.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
    const { counts } = readAtlasFacts(filePath);
    return { projects: counts.projects, repos: counts.repos, edges: counts.edges };
  }
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new CliError(`${filePath}: neither an SQLite file nor JSON`, EXIT_USAGE);
  }
  const parsed = HealthCounts.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CliError(`${filePath}: field ${issue.path.join('.')}: ${issue.message}`, EXIT_USAGE);
  }
  return parsed.data.counts;
}
