/**
 * The deploy ledger (DESIGN §9 Rollback: every deployed build is identified and kept). One JSON object
 * per line, appended per deploy, in `deploys.jsonl` on the repository's `deploys` branch (see
 * docs/DEPLOY.md): plain text, reviewable history, no external store. A line that does not parse is
 * reported with its line number and skipped, never fatal.
 */
import { appendFile, readFile } from 'node:fs/promises';
import { z } from 'zod';

export const LEDGER_FILE = 'deploys.jsonl';

export const DeployRecordSchema = z.object({
  deployed_at: z.string().datetime(),
  git_revision: z.string().regex(/^[0-9a-f]{7,40}$/),
  snapshot_as_of: z.string().min(10),
  snapshot_label: z.string().nullable().optional(),
  atlas_sha256: z.string().regex(/^[0-9a-f]{64}$/),
  cid: z.string().min(1).max(64),
  targets: z.array(z.enum(['pages', 'ipfs', 'xlm-sh'])),
  /** GitHub Actions run that built it: its artefacts (site, CAR) are kept for the retention period. */
  run_id: z.string().regex(/^\d+$/).nullable().optional(),
  counts: z.object({ projects: z.number().int(), repos: z.number().int(), edges: z.number().int() }).optional(),
  /** Set on a record written by a rollback: the CID it rolled back from. */
  rolled_back_from: z.string().nullable().optional(),
});
export type DeployRecord = z.infer<typeof DeployRecordSchema>;

export interface LedgerWarning {
  file: string;
  line: number;
  field: string;
  message: string;
}

export function parseLedger(text: string, file: string): { records: DeployRecord[]; warnings: LedgerWarning[] } {
  const records: DeployRecord[] = [];
  const warnings: LedgerWarning[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      warnings.push({ file, line: index + 1, field: '(line)', message: 'not JSON' });
      return;
    }
    const parsed = DeployRecordSchema.safeParse(json);
    if (parsed.success) records.push(parsed.data);
    else {
      const issue = parsed.error.issues[0];
      warnings.push({ file, line: index + 1, field: issue.path.join('.') || '(record)', message: issue.message });
    }
  });
  return { records, warnings };
}

export async function readLedger(file: string): Promise<{ records: DeployRecord[]; warnings: LedgerWarning[] }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], warnings: [] };
    throw error;
  }
  return parseLedger(text, file);
}

/** Validates and appends one record; returns the line written. */
export async function appendRecord(file: string, record: DeployRecord): Promise<string> {
  const line = `${JSON.stringify(DeployRecordSchema.parse(record))}\n`;
  await appendFile(file, line);
  return line;
}

/**
 * Picks a record: `previous` (the deploy before the latest), `latest`, a negative index (`-2` = second
 * newest), or a prefix of a CID, git revision, atlas hash or snapshot date; the newest match wins.
 */
export function selectRecord(records: readonly DeployRecord[], selector: string): DeployRecord {
  const pick = (fromEnd: number): DeployRecord => {
    const record = records[records.length - fromEnd];
    if (!record) throw new Error(`rollback: the ledger has ${records.length} record(s); "${selector}" needs ${fromEnd}`);
    return record;
  };
  if (selector === 'latest') return pick(1);
  if (selector === 'previous') return pick(2);
  if (/^-\d+$/.test(selector)) return pick(-Number(selector));
  const matches = records.filter((r) => [r.cid, r.git_revision, r.atlas_sha256, r.snapshot_as_of].some((v) => v.startsWith(selector)));
  if (matches.length === 0) throw new Error(`rollback: no deploy record matches "${selector}"`);
  const distinct = new Set(matches.map((r) => r.cid));
  if (distinct.size > 1 && selector.length < 7) throw new Error(`rollback: "${selector}" matches ${distinct.size} different builds; give more characters`);
  return matches[matches.length - 1];
}
