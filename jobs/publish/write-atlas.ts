/**
 * Writes atlas.sqlite from computed rows. Deterministic by construction: the schema is fixed,
 * rows are inserted in primary-key order, JSON values are serialised with sorted keys, nothing
 * reads the clock, and the file is VACUUMed with journal_mode=DELETE (no WAL side files).
 */
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { SCHEMA_SQL, SCHEMA_VERSION } from './schema.ts';

export type CellValue = string | number | boolean | null | undefined | readonly unknown[] | Record<string, unknown>;
export type Row = Record<string, CellValue>;
/** Rows per table name; every table of the schema must be present (possibly empty). */
export type AtlasTables = Record<string, Row[]>;

/** JSON with object keys sorted, so equal values always serialise to equal bytes. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v));
}

function toSql(value: CellValue): string | number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    return value;
  }
  if (typeof value === 'string') return value;
  return stableJson(value);
}

function compareKeys(a: (string | number | null)[], b: (string | number | null)[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x === null) return -1;
    if (y === null) return 1;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    const sx = String(x);
    const sy = String(y);
    return sx < sy ? -1 : 1;
  }
  return 0;
}

/** Writes the atlas to `outPath` atomically (temp file, then rename). */
export function writeAtlas(outPath: string, tables: AtlasTables): void {
  mkdirSync(path.dirname(outPath), { recursive: true });
  const tmp = `${outPath}.tmp`;
  rmSync(tmp, { force: true });
  const db = new DatabaseSync(tmp);
  try {
    db.exec('PRAGMA journal_mode = DELETE; PRAGMA page_size = 4096; PRAGMA foreign_keys = OFF;');
    db.exec(SCHEMA_SQL);
    const tableNames = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    const unknown = Object.keys(tables).filter((t) => !tableNames.includes(t));
    if (unknown.length) throw new Error(`jobs/publish/write-atlas: rows for unknown tables: ${unknown.join(', ')}`);
    db.exec('BEGIN');
    for (const table of tableNames) {
      const rows = tables[table];
      if (!rows) throw new Error(`jobs/publish/write-atlas: no rows given for table ${table}`);
      const info = db.prepare(`SELECT name, pk FROM pragma_table_info(?) ORDER BY cid`).all(table) as { name: string; pk: number }[];
      const columns = info.map((c) => c.name);
      const pkColumns = info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
      for (const row of rows) {
        const extra = Object.keys(row).filter((k) => !columns.includes(k));
        if (extra.length) throw new Error(`jobs/publish/write-atlas: ${table} has no column(s) ${extra.join(', ')}`);
      }
      const values = rows.map((row) => columns.map((c) => toSql(row[c])));
      const keyIdx = pkColumns.map((c) => columns.indexOf(c));
      values.sort((a, b) => compareKeys(keyIdx.map((i) => a[i]), keyIdx.map((i) => b[i])));
      const insert = db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
      for (const v of values) insert.run(...v);
    }
    db.exec('COMMIT');
    db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
    db.exec('ANALYZE');
    db.exec('VACUUM');
  } finally {
    db.close();
  }
  renameSync(tmp, outPath);
}
