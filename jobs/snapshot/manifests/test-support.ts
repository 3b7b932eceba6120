/** Test helpers for the manifest parsers: a collecting warning sink and real-manifest loading. */
import fs from 'node:fs';
import path from 'node:path';
import { REALDATA_DIR } from '../../../test/support/paths.ts';
import type { SnapshotWarning } from '../types.ts';
import type { ManifestContext } from './manifest-context.ts';

export function testContext(repoPath: string): ManifestContext & { warnings: SnapshotWarning[] } {
  const warnings: SnapshotWarning[] = [];
  return { path: repoPath, file: `test/${repoPath}`, sink: { warn: (w) => warnings.push(w) }, warnings };
}

/** The text of `ecosystem/repos/<repo>/manifests/<repoPath>` in the real data. */
export function realManifest(repo: string, repoPath: string): string {
  return fs.readFileSync(path.join(REALDATA_DIR, 'ecosystem/repos', repo, 'manifests', repoPath), 'utf8');
}
