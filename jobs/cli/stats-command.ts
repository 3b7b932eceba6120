/** `atlas stats`: prints what an atlas.sqlite holds (meta and per-source status). */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { CliError } from './cli-error.ts';

export function runStats(options: { db?: string }): number {
  const dbPath = path.resolve(options.db ?? 'out/atlas.sqlite');
  if (!existsSync(dbPath)) throw new CliError(`no atlas at ${dbPath} (run 'atlas build' first)`, 2);
  const db = new DatabaseSync(dbPath, { readOnly: true });
  try {
    let meta: Record<string, unknown>;
    try {
      meta = db.prepare('SELECT * FROM meta').get() as Record<string, unknown>;
    } catch (error) {
      throw new CliError(`${dbPath} is not an atlas.sqlite (${(error as Error).message})`, 2);
    }
    const version = (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
    process.stdout.write(`${dbPath} (schema ${version})\n`);
    for (const [k, v] of Object.entries(meta)) process.stdout.write(`  ${k.padEnd(26)} ${v}\n`);
    process.stdout.write('\n  sources:\n');
    for (const s of db.prepare('SELECT * FROM source_status ORDER BY source').all() as Record<string, unknown>[]) {
      process.stdout.write(`  ${String(s.source).padEnd(15)} ${String(s.state).padEnd(9)} records=${s.records} warnings=${s.warnings}\n`);
    }
  } finally {
    db.close();
  }
  return 0;
}
