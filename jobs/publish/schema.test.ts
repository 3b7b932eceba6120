import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../test/support/paths.ts';
import { SCHEMA_SQL, SCHEMA_VERSION } from './schema.ts';

/** Tables and their columns as docs/SCHEMA.md documents them (`## table` + `| column | type |` rows). */
function documentedSchema(): Map<string, { name: string; type: string }[]> {
  const text = readFileSync(path.join(REPO_ROOT, 'docs/SCHEMA.md'), 'utf8');
  const tables = new Map<string, { name: string; type: string }[]>();
  let current: string | null = null;
  for (const line of text.split('\n')) {
    const heading = line.match(/^## ([a-z_]+)\s*$/);
    if (heading) { current = heading[1]; tables.set(current, []); continue; }
    if (line.startsWith('## ')) { current = null; continue; }
    const row = line.match(/^\| ([a-z_0-9]+) \| ([A-Z]+) \|/);
    if (current && row) tables.get(current)!.push({ name: row[1], type: row[2] });
  }
  for (const [name, cols] of tables) if (cols.length === 0) tables.delete(name);
  return tables;
}

describe('atlas.sqlite schema', () => {
  const db = new DatabaseSync(':memory:');
  db.exec(SCHEMA_SQL);
  const actual = new Map<string, { name: string; type: string }[]>();
  for (const { name } of db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]) {
    actual.set(name, (db.prepare('SELECT name, type FROM pragma_table_info(?) ORDER BY cid').all(name) as { name: string; type: string }[]));
  }

  it('docs/SCHEMA.md documents every table and column, with its type, in order', () => {
    const documented = documentedSchema();
    expect([...documented.keys()].sort()).toEqual([...actual.keys()].sort());
    for (const [table, cols] of actual) expect(documented.get(table), table).toEqual(cols);
  });

  it('states the current schema version', () => {
    const text = readFileSync(path.join(REPO_ROOT, 'docs/SCHEMA.md'), 'utf8');
    expect(text).toContain(`Current: **${SCHEMA_VERSION}**`);
  });

  it('names every index idx_<table>_<cols>', () => {
    const indexes = db.prepare("SELECT name, tbl_name FROM sqlite_schema WHERE type = 'index' AND name NOT LIKE 'sqlite_%'").all() as { name: string; tbl_name: string }[];
    expect(indexes.length).toBeGreaterThan(5);
    for (const i of indexes) expect(i.name.startsWith(`idx_${i.tbl_name}_`), i.name).toBe(true);
  });
});
