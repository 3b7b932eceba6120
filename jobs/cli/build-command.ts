/**
 * `atlas build` / `atlas compute`: raw snapshot → model and metrics → atlas.sqlite → static site,
 * with progress per stage on stderr and an end-of-run summary (counts, per-source status, every
 * warning, output paths).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeAtlas } from '../compute/compute-atlas.ts';
import { writeAtlas } from '../publish/write-atlas.ts';
import { SnapshotMetaError } from '../snapshot/meta/index.ts';
import { readSnapshot } from '../snapshot/read-snapshot.ts';
import { CliError } from './cli-error.ts';
import { formatSummary, type BuildReport } from './build-summary.ts';
import { readPreviousBuild } from './previous-build.ts';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_SNAPSHOT = path.join(REPO_ROOT, 'sample/snapshot');

export interface BuildOptions {
  snapshot?: string;
  out?: string;
  site: boolean;
  json: boolean;
  /** Build the site even when a source failed or no project was read. */
  force?: boolean;
  /** atlas.sqlite or health.json of the build this one replaces. */
  previous?: string;
}

function stage<T>(index: number, total: number, label: string, run: () => T, detail?: (result: T) => string): T {
  const started = performance.now();
  process.stderr.write(`[${index}/${total}] ${label} …\n`);
  const result = run();
  const ms = Math.round(performance.now() - started);
  process.stderr.write(`[${index}/${total}] ${label}: done in ${(ms / 1000).toFixed(1)}s${detail ? ` — ${detail(result)}` : ''}\n`);
  return result;
}

export async function runBuild(options: BuildOptions): Promise<number> {
  const snapshotDir = path.resolve(options.snapshot ?? DEFAULT_SNAPSHOT);
  if (!existsSync(snapshotDir) || !statSync(snapshotDir).isDirectory()) {
    throw new CliError(`snapshot folder not found: ${snapshotDir}`, 2);
  }
  const outDir = options.out ? path.resolve(options.out) : null;
  const dbPath = outDir ? path.join(outDir, 'atlas.sqlite') : path.join(REPO_ROOT, 'out/atlas.sqlite');
  const distDir = outDir ? path.join(outDir, 'dist') : path.join(REPO_ROOT, 'dist');
  const total = options.site ? 4 : 3;
  const buildVersion = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

  const previous = options.previous ? readPreviousBuild(path.resolve(options.previous)) : null;
  process.stderr.write(`atlas: building from ${snapshotDir}\n`);
  const snapshot = stage(1, total, 'read snapshot', () => readSnapshotOrExplain(snapshotDir), (s) => `${s.opengrants.projects.length} OpenGrants projects, ${s.repos.length} repos, ${s.sboms.length} SBOMs, ${s.registry.length} registry packages, ${s.warnings.length} warnings`);
  const computed = stage(2, total, 'model and metrics', () => computeAtlas(snapshot, { buildVersion, previous }), (c) => `${c.summary.counts.projects} projects, ${c.summary.counts.repos} repos, ${c.summary.counts.edges} edges`);
  stage(3, total, 'write atlas.sqlite', () => writeAtlas(dbPath, computed.tables), () => `${(statSync(dbPath).size / 1024).toFixed(0)} KiB → ${dbPath}`);
  const refusal = refusalReason(computed.summary);
  const buildSiteNow = options.site && (refusal === null || options.force === true);
  if (buildSiteNow) {
    stage(4, total, 'static site (astro build)', () => buildSite(dbPath, distDir), () => distDir);
  }
  const report: BuildReport = { ...computed.summary, snapshotDir, dbPath, distDir: buildSiteNow ? distDir : null };
  if (options.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  process.stderr.write(formatSummary(report));
  if (refusal !== null && !options.force) {
    process.stderr.write(`atlas: ${refusal}; atlas.sqlite was written for inspection${options.site ? ', the site was not built' : ''}. Use --force to go on anyway.\n`);
    return 3;
  }
  return 0;
}

/** Why a build should not be published as is (a failed source, or nothing read at all), or null. */
export function refusalReason(summary: BuildReport | Omit<BuildReport, 'snapshotDir' | 'dbPath' | 'distDir'>): string | null {
  const failed = summary.sources.filter((s) => s.state === 'failed').map((s) => s.name);
  if (failed.length > 0) return `source${failed.length > 1 ? 's' : ''} failed: ${failed.join(', ')}`;
  if (summary.counts.projects === 0) return 'no project was read';
  return null;
}

/** readSnapshot, with an unusable snapshot.json turned into a user error naming the file. */
function readSnapshotOrExplain(snapshotDir: string) {
  try {
    return readSnapshot(snapshotDir);
  } catch (error) {
    if (error instanceof SnapshotMetaError) throw new CliError(`${path.join(snapshotDir, 'snapshot.json')}: ${error.message.replace(/^jobs\/snapshot\/meta: /, '')}`, 2);
    throw error;
  }
}

function buildSite(dbPath: string, distDir: string): void {
  const astroBin = path.join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs');
  const result = spawnSync(process.execPath, [astroBin, 'build', '--outDir', distDir], {
    cwd: REPO_ROOT,
    env: { ...process.env, PG_ATLAS_DB: dbPath, PG_ATLAS_DIST: distDir, ASTRO_TELEMETRY_DISABLED: '1' },
    // Astro's own output goes to stderr: stdout carries only the --json report.
    stdio: ['ignore', 2, 2],
  });
  if (result.status !== 0) throw new CliError(`astro build failed (exit ${result.status ?? result.signal})`, 1);
}
