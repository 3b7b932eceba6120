/**
 * Reads one raw snapshot folder (docs/SNAPSHOT.md) into a `RawSnapshot`: every source through its
 * own reader, every warning collected with the source it belongs to, and one `SourceStatus` per
 * source. Only a missing or invalid `snapshot.json` `as_of` stops the read; everything else is a
 * warning.
 */
import { readEcosystemRepos } from './ecosystem/index.ts';
import { readFunding } from './funding/index.ts';
import { buildSourceStatus } from './meta/source-status.ts';
import { readSnapshotMeta } from './meta/index.ts';
import { readOpenGrants } from './opengrants/index.ts';
import { readOverrides, listOverrideFiles } from './overrides/index.ts';
import { readRegistry } from './registry/index.ts';
import { readSboms } from './sbom/index.ts';
import type { RawSnapshot, SnapshotWarning, SourceStatus, WarningSink } from './types.ts';

/**
 * snapshot.json records status under the collector's names (jobs/collect: `github`, `git`,
 * `registries`) or the source folders' names (../shared/realdata: `sbom`, `ecosystem`, `registry`).
 */
const COLLECTOR_SOURCE_NAMES: Record<string, string[]> = {
  ecosystem: ['ecosystem', 'git'],
  sbom: ['sbom', 'github'],
  registry: ['registry', 'registries'],
};

/** Collects warnings and remembers which were raised while one source was being read. */
class RecordingSink implements WarningSink {
  readonly all: SnapshotWarning[] = [];
  warn(w: SnapshotWarning): void {
    this.all.push(w);
  }
  since(mark: number): SnapshotWarning[] {
    return this.all.slice(mark);
  }
}

export function readSnapshot(root: string): RawSnapshot {
  const sink = new RecordingSink();
  const meta = readSnapshotMeta(root, sink);
  const sources: Record<string, SourceStatus> = {};
  const track = <T>(name: string, read: () => T, measure: (result: T) => { files: number; records: number }): T => {
    const mark = sink.all.length;
    const result = read();
    const { files, records } = measure(result);
    const recorded = (COLLECTOR_SOURCE_NAMES[name] ?? [name]).map((n) => meta.sources[n]).find((m) => m !== undefined);
    sources[name] = buildSourceStatus(name, recorded, { files, records, warnings: sink.since(mark) });
    return result;
  };

  const opengrants = track('opengrants', () => readOpenGrants(root, sink), (r) => ({ files: r.files.length, records: r.projects.length + r.pools.length + r.applications.length }));
  const overrides = track('overrides', () => ({ entries: readOverrides(root, sink), files: listOverrideFiles(root) }), (r) => ({ files: r.files.length, records: r.entries.length }));
  const repos = track('ecosystem', () => readEcosystemRepos(root, sink), (r) => ({ files: r.length, records: r.length }));
  const sboms = track('sbom', () => readSboms(root, sink), (r) => ({ files: r.length, records: r.length }));
  const registry = track('registry', () => readRegistry(root, sink), (r) => ({ files: r.files.length, records: r.packages.length + r.popularity.length }));
  const funding = track('funding', () => readFunding(root, sink), (r) => ({ files: r.files.length, records: r.awards.length }));

  return {
    root,
    asOf: meta.asOf,
    label: meta.label,
    sources,
    opengrants: { projects: opengrants.projects, pools: [...opengrants.pools, ...funding.buildRounds.filter((b) => !opengrants.pools.some((p) => p.id === b.id))], applications: opengrants.applications },
    overrides: overrides.entries,
    repos,
    sboms,
    registry: registry.packages,
    popularity: registry.popularity,
    funding: funding.awards,
    warnings: sink.all,
  };
}
