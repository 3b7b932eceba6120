/**
 * Overrides "collector" (DESIGN §4.2): copies the curated `overrides/*.yml` of this repository into
 * the snapshot, so a snapshot is self-contained and replayable. Corrections arrive as reviewed pull
 * requests against /overrides (see overrides/README.md); no network is involved.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CollectorEnv } from '../collector-env.ts';
import { writeSnapshotFile } from '../collector-env.ts';

/** The repository's own overrides folder. */
export const REPO_OVERRIDES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../overrides');

export async function collectOverrides(env: CollectorEnv, overridesDir: string = REPO_OVERRIDES_DIR): Promise<void> {
  const names = (await fs.readdir(overridesDir)).filter((n) => /\.ya?ml$/i.test(n)).sort();
  for (const name of names) {
    await writeSnapshotFile(env, `overrides/${name}`, await fs.readFile(path.join(overridesDir, name)));
    env.recorder.success('files');
  }
  if (names.length === 0) env.recorder.count('files', 0);
}
