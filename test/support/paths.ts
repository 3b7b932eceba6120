/** Well-known folders for tests. Real upstream data is read in place from ../shared/realdata, never copied. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const REALDATA_DIR = path.resolve(REPO_ROOT, '../shared/realdata');
export const SAMPLE_SNAPSHOT_DIR = path.resolve(REPO_ROOT, 'sample/snapshot');
