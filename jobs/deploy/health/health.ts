/**
 * health.json, served with the site for monitors (DESIGN §9 Health): build time, snapshot date,
 * schema version, git revision, per-source status, counts, and the date after which the data is
 * stale. `built_at` is the one wall-clock value in the deploy: it goes into dist/ (not into
 * atlas.sqlite, the deterministic artefact), comes from `--built-at` / PG_ATLAS_BUILT_AT when given,
 * and describes the deploy, not the data.
 */
import { writeFile, rename } from 'node:fs/promises';
import path from 'node:path';
import type { AtlasCounts, AtlasFacts, SourceStatus } from '../atlas-facts.ts';

/** Version of this document's shape; bump when a field changes meaning. */
export const HEALTH_FORMAT_VERSION = 1;
/**
 * Days after the snapshot date when monitors should call the data stale: the rebuild is daily
 * (rebuild.yml) and GitHub may delay or drop scheduled runs (DESIGN §9), so allow two missed days.
 */
export const STALE_AFTER_DAYS = 3;
export const HEALTH_FILE = 'health.json';

export interface HealthDocument {
  format_version: number;
  status: 'ok' | 'degraded';
  built_at: string;
  git_revision: string;
  schema_version: number;
  definitions_version: string;
  build_version: string;
  snapshot_as_of: string;
  snapshot_label: string | null;
  is_sample: boolean;
  stale_after: string;
  atlas_sha256: string;
  counts: AtlasCounts;
  sources: SourceStatus[];
}

/** Adds days to an ISO date (YYYY-MM-DD or a full timestamp), returning YYYY-MM-DD. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`health: snapshot date "${isoDate}" is not an ISO date`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A source in any state but `ok` makes the build `degraded` (it still deploys; the Status page says why). */
export function buildHealthDocument(facts: AtlasFacts, build: { builtAt: string; gitRevision: string; atlasSha256: string }): HealthDocument {
  const degraded = facts.sources.some((s) => s.state !== 'ok');
  return {
    format_version: HEALTH_FORMAT_VERSION,
    status: degraded ? 'degraded' : 'ok',
    built_at: build.builtAt,
    git_revision: build.gitRevision,
    schema_version: facts.schema_version,
    definitions_version: facts.definitions_version,
    build_version: facts.build_version,
    snapshot_as_of: facts.snapshot_as_of,
    snapshot_label: facts.snapshot_label,
    is_sample: facts.is_sample,
    stale_after: addDays(facts.snapshot_as_of, STALE_AFTER_DAYS),
    atlas_sha256: build.atlasSha256,
    counts: facts.counts,
    sources: facts.sources,
  };
}

/** Writes dist/health.json atomically (temp file, then rename). */
export async function writeHealthDocument(distDir: string, doc: HealthDocument): Promise<string> {
  const target = path.join(distDir, HEALTH_FILE);
  const temp = `${target}.tmp-${process.pid}`;
  await writeFile(temp, `${JSON.stringify(doc, null, 2)}\n`);
  await rename(temp, target);
  return target;
}
