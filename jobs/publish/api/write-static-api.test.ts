/**
 * The static API built from the embedded sample snapshot's atlas: every file it lists exists, counts
 * match SQL over the same atlas, slugs are unique, badges are valid shields documents, CSV reads back
 * to the JSON values, and no e-mail address survives (one is planted in a description first).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeAtlas } from '../../compute/compute-atlas.ts';
import { readSnapshot } from '../../snapshot/read-snapshot.ts';
import { writeAtlas } from '../write-atlas.ts';
import { SAMPLE_SNAPSHOT_DIR } from '../../../test/support/paths.ts';
import { BADGE_METRICS } from './badges.ts';
import { EMAIL_RE } from './redact-emails.ts';
import { readApiFiles, writeStaticApi } from './write-static-api.ts';
import { parseCsv } from './test-support/parse-csv.ts';

let tmp: string;
let atlasPath: string;
let apiDir: string;
let db: DatabaseSync;
const PLANTED_EMAIL = 'maintainer.name@example.org';
const FORMULA_NAME = '=HYPERLINK("http://evil.example")';

type Json = Record<string, any>;
const readJson = (rel: string): Json => JSON.parse(readFileSync(path.join(apiDir, rel), 'utf8'));
const count = (sql: string, ...params: string[]): number => Number((db.prepare(sql).get(...params) as { c: number }).c);
const listFiles = (dir: string, base = dir): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name)).split(path.sep).join('/')]));

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'pg-atlas-api-'));
  atlasPath = path.join(tmp, 'atlas.sqlite');
  writeAtlas(atlasPath, computeAtlas(readSnapshot(SAMPLE_SNAPSHOT_DIR), { buildVersion: 'test' }).tables);
  // Hostile text as public submissions could carry it: an address in a description, a formula as a name.
  const rw = new DatabaseSync(atlasPath);
  const first = rw.prepare('SELECT project_id FROM projects ORDER BY project_id LIMIT 1').get() as { project_id: string };
  rw.prepare(`UPDATE projects SET description = COALESCE(description, '') || ' Contact ' || ? || ' for grants.', name = ? WHERE project_id = ?`).run(PLANTED_EMAIL, FORMULA_NAME, first.project_id);
  rw.close();
  db = new DatabaseSync(atlasPath, { readOnly: true });
  apiDir = path.join(tmp, 'dist/api/v1');
  await writeStaticApi({ atlasPath, outDir: apiDir });
});

afterAll(() => {
  db?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('static API on the sample atlas', () => {
  it('lists in index.json exactly the files it wrote', () => {
    const index = readJson('index.json');
    const listed = new Set<string>([
      'index.json',
      index.meta,
      index.projects.json,
      index.projects.csv,
      index.repos.json,
      index.repos.csv,
      index.graph.projects,
      index.graph.repos,
      ...Object.values(index.project_details as Record<string, string>),
      ...Object.values(index.repo_details as Record<string, string>),
      ...Object.values(index.badges as Record<string, Record<string, string>>).flatMap((b) => Object.values(b)),
    ]);
    expect(new Set(listFiles(apiDir))).toEqual(listed);
    expect(index.badge_metrics).toEqual([...BADGE_METRICS]);
  });

  it('counts match SQL over the same atlas', () => {
    const projects = count('SELECT count(*) c FROM projects');
    const repos = count('SELECT count(*) c FROM repos');
    expect(projects).toBeGreaterThan(0);
    expect(readJson('projects.json').count).toBe(projects);
    expect(readJson('projects.json').projects).toHaveLength(projects);
    expect(readJson('repos.json').repos).toHaveLength(repos);
    const projectGraph = readJson('graph/projects.json');
    expect(projectGraph.nodes).toHaveLength(projects);
    expect(projectGraph.edges).toHaveLength(count('SELECT count(*) c FROM project_edges'));
    const repoGraph = readJson('graph/repos.json');
    expect(repoGraph.nodes).toHaveLength(repos + count('SELECT count(*) c FROM external_packages'));
    expect(repoGraph.edges).toHaveLength(count('SELECT count(*) c FROM edges'));
    const laidOut = repoGraph.nodes.filter((n: Json) => n.x !== null).length;
    expect(laidOut).toBe(count(`SELECT count(*) c FROM graph_layout WHERE level = 'repo'`));
    expect(readJson('meta.json').meta.project_count).toBe(projects);
    expect(readJson('meta.json').source_status).toHaveLength(count('SELECT count(*) c FROM source_status'));
    expect(listFiles(path.join(apiDir, 'badges'))).toHaveLength(projects * BADGE_METRICS.length);
  });

  it('per-entity files agree with SQL: edges, funding, and the dependents behind criticality', () => {
    const { slugs } = readJson('projects.json') as { slugs: Record<string, string> };
    for (const [id, slug] of Object.entries(slugs)) {
      const detail = readJson(`projects/${slug}.json`);
      expect(detail.project.project_id).toBe(id);
      expect(detail.repos).toHaveLength(count('SELECT count(*) c FROM repos WHERE project_id = ?', id));
      expect(detail.funding).toHaveLength(count('SELECT count(*) c FROM funding WHERE project_id = ?', id));
      expect(detail.dependencies).toHaveLength(count('SELECT count(*) c FROM project_edges WHERE from_project = ?', id));
      expect(detail.dependents).toHaveLength(count('SELECT count(*) c FROM project_edges WHERE to_project = ?', id));
      if (detail.project.criticality !== null) expect(detail.transitive_dependent_ids, id).toHaveLength(detail.project.criticality);
    }
    const { paths } = readJson('repos.json') as { paths: Record<string, string> };
    for (const [id, file] of Object.entries(paths)) {
      const detail = readJson(file);
      expect(detail.repo.repo_id).toBe(id);
      expect(detail.dependencies).toHaveLength(count('SELECT count(*) c FROM edges WHERE from_id = ?', id));
      expect(detail.dependents).toHaveLength(count('SELECT count(*) c FROM edges WHERE to_id = ?', id));
      expect(detail.transitive_dependents).toHaveLength(detail.repo.criticality);
      expect(detail.monthly_commits).toHaveLength(count('SELECT count(*) c FROM monthly_commits WHERE repo_id = ?', id));
      expect(detail.aliases).toHaveLength(count('SELECT count(*) c FROM package_aliases WHERE repo_id = ?', id));
    }
  });

  it('gives every project a unique slug, safe as a file name', () => {
    const { slugs, projects } = readJson('projects.json') as { slugs: Record<string, string>; projects: Json[] };
    const values = Object.values(slugs);
    expect(values).toHaveLength(projects.length);
    expect(new Set(values).size).toBe(values.length);
    for (const slug of values) expect(slug).toMatch(/^[a-z0-9_-][a-z0-9_.-]*$/);
    for (const p of projects) expect(p.slug).toBe(slugs[p.project_id]);
  });

  it('writes valid shields.io endpoint badges, pony factor 1 in red', () => {
    const { projects } = readJson('projects.json') as { projects: Json[] };
    for (const p of projects) {
      for (const metric of BADGE_METRICS) {
        const badge = readJson(`badges/${p.slug}/${metric}.json`);
        expect(Object.keys(badge).sort()).toEqual(['color', 'label', 'message', 'schemaVersion']);
        expect(badge.schemaVersion).toBe(1);
        expect(typeof badge.message === 'string' && badge.message.length > 0).toBe(true);
        expect(badge.color).toMatch(/^([a-z]+|[0-9a-f]{6})$/);
      }
      const pony = readJson(`badges/${p.slug}/pony-factor.json`);
      if (p.pony_factor === 1) expect(pony).toMatchObject({ message: '1', color: 'red' });
      if (p.pony_factor !== null && p.pony_factor > 0) expect(pony.message).toBe(String(p.pony_factor));
    }
  });

  it('CSV reads back to the JSON values, formulas neutralised', () => {
    for (const [name, key, table] of [['projects', 'projects', 'projects'], ['repos', 'repos', 'repos']] as const) {
      const rows = parseCsv(readFileSync(path.join(apiDir, `${name}.csv`), 'utf8'));
      const json = readJson(`${name}.json`)[key] as Json[];
      const schemaColumns = (db.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').all(table) as { name: string }[]).map((c) => c.name);
      const header = rows[0];
      expect(header.slice(0, schemaColumns.length)).toEqual(schemaColumns);
      expect(rows.length - 1).toBe(json.length);
      rows.slice(1).forEach((cells, i) => {
        header.forEach((column, c) => {
          const v = json[i][column];
          const expected = v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
          expect(cells[c], `${name}.csv row ${i + 1} ${column}`).toBe(typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${expected}` : expected);
        });
      });
    }
    expect(readFileSync(path.join(apiDir, 'projects.csv'), 'utf8')).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
  });

  it('carries no e-mail address anywhere', () => {
    const files = listFiles(apiDir);
    const hits = files.flatMap((f) => (readFileSync(path.join(apiDir, f), 'utf8').match(EMAIL_RE) ?? []).map((m) => `${f}: ${m}`));
    expect(hits).toEqual([]);
    // The planted address was in the atlas, so the scan above is not vacuous.
    expect(count('SELECT count(*) c FROM projects WHERE description LIKE ?', `%${PLANTED_EMAIL}%`)).toBe(1);
    expect(readFileSync(path.join(apiDir, 'projects.json'), 'utf8')).toContain('[e-mail removed]');
  });

  it('is deterministic: the same atlas gives byte-identical files', () => {
    const again = readApiFiles(atlasPath);
    for (const file of again) expect(readFileSync(path.join(apiDir, file.path), 'utf8'), file.path).toBe(file.body);
  });
});
