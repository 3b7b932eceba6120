/** Reads `<root>/snapshot.json` (docs/SNAPSHOT.md); the disk edge of snapshot-meta.ts. */
import fs from 'node:fs';
import path from 'node:path';
import type { WarningSink } from '../types.ts';
import { parseSnapshotMeta, SNAPSHOT_META_FILE } from './snapshot-meta.ts';
import type { SnapshotMeta } from './snapshot-meta.ts';

export function readSnapshotMeta(root: string, sink: WarningSink): SnapshotMeta {
  const file = path.join(root, SNAPSHOT_META_FILE);
  const content = fs.existsSync(file) ? fs.readFileSync(file) : null;
  return parseSnapshotMeta(content, sink);
}
