/**
 * The compute stage on the real data in ../shared/realdata (issue: pipeline "Done when"):
 * byte-identical rebuilds, criticality equal to an independent recomputation, the SDK dependents
 * that the real manifests declare, and bad records reported without stopping the build.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeAtlas } from '../../jobs/compute/compute-atlas.ts';
import { writeAtlas } from '../../jobs/publish/write-atlas.ts';
import { readSnapshot } from '../../jobs/snapshot/read-snapshot.ts';
import { REALDATA_DIR } from '../support/paths.ts';

let tmp: string;
let dbPath: string;
let db: DatabaseSync;

function build(out: string): void {
  const snapshot = readSnapshot(REALDATA_DIR);
  const { tables } = computeAtlas(snapshot, { buildVersion: 'test' });
  writeAtlas(out, tables);
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'pg-atlas-realdata-'));
  dbPath = path.join(tmp, 'a.sqlite');
  build(dbPath);
  db = new DatabaseSync(dbPath, { readOnly: true });
});

afterAll(() => {
  db?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('real-data build', () => {
  it('is byte-identical when built twice from the same snapshot', () => {
    const again = path.join(tmp, 'b.sqlite');
    build(again);
    expect(sha256(again)).toBe(sha256(dbPath));
  });

  it('anchors windows at snapshot.json as_of and records it', () => {
    const asOf = JSON.parse(readFileSync(path.join(REALDATA_DIR, 'snapshot.json'), 'utf8')).as_of;
    const meta = db.prepare('SELECT snapshot_as_of, is_sample, project_count, repo_count FROM meta').get() as Record<string, unknown>;
    expect(meta.snapshot_as_of).toBe(asOf);
    expect(meta.is_sample).toBe(0);
    expect(meta.project_count as number).toBeGreaterThanOrEqual(602);
    expect(meta.repo_count as number).toBeGreaterThanOrEqual(49);
  });

  it('criticality equals an independent recomputation over the stored graph', () => {
    const vertices = [
      ...(db.prepare('SELECT repo_id AS id, is_active AS active, criticality, in_active_subgraph AS member FROM repos').all() as { id: string; active: number; criticality: number; member: number }[]),
      ...(db.prepare('SELECT purl AS id, 0 AS active, criticality, in_active_subgraph AS member FROM external_packages').all() as { id: string; active: number; criticality: number; member: number }[]),
    ];
    const edges = db.prepare('SELECT from_id, to_id FROM edges WHERE in_metric_scope = 1').all() as { from_id: string; to_id: string }[];
    const deps = new Map<string, string[]>(vertices.map((v) => [v.id, []]));
    const dependents = new Map<string, string[]>(vertices.map((v) => [v.id, []]));
    for (const e of edges) { deps.get(e.from_id)?.push(e.to_id); dependents.get(e.to_id)?.push(e.from_id); }
    const reach = (start: string, next: Map<string, string[]>, within?: Set<string>) => {
      const seen = new Set([start]);
      const stack = [start];
      while (stack.length) for (const w of next.get(stack.pop()!) ?? []) if (!seen.has(w) && (!within || within.has(w))) { seen.add(w); stack.push(w); }
      return seen;
    };
    // Seeds: active vertices none of whose dependents lies outside their strongly connected component.
    const members = new Set<string>();
    for (const v of vertices) {
      if (!v.active) continue;
      const down = reach(v.id, deps);
      const up = reach(v.id, dependents);
      const scc = new Set([...down].filter((x) => up.has(x)));
      const seed = [...scc].every((x) => (dependents.get(x) ?? []).every((d) => scc.has(d)));
      if (seed) for (const x of down) members.add(x);
    }
    let compared = 0;
    for (const v of vertices) {
      expect(v.member, `in_active_subgraph ${v.id}`).toBe(members.has(v.id) ? 1 : 0);
      const expected = members.has(v.id) ? reach(v.id, dependents, members).size - 1 : 0;
      expect(v.criticality, `criticality ${v.id}`).toBe(expected);
      compared++;
    }
    expect(compared).toBe(vertices.length);
    expect(Math.max(...vertices.map((v) => v.criticality))).toBeGreaterThan(5);
  });

  it('makes repos that declare the SDK packages dependents of the repos that publish them', () => {
    const publishers: Record<string, string> = {
      '@stellar/stellar-sdk': 'pkg:github/stellar/js-stellar-sdk',
      '@stellar/stellar-base': 'pkg:github/stellar/js-stellar-base',
      'soroban-sdk': 'pkg:github/stellar/rs-soroban-sdk',
      'stellar-xdr': 'pkg:github/stellar/rs-stellar-xdr',
    };
    // Independently of the parsers: a crude scan of the real manifests for the dependency names.
    const reposRoot = path.join(REALDATA_DIR, 'ecosystem/repos');
    const declared: { repo: string; pkg: string }[] = [];
    const skip = /(^|\/)(examples?|tests?|fixtures?|testdata|templates?|demos?|samples?|benches|e2e|mocks?)(\/|$)/i;
    for (const owner of readdirSync(reposRoot)) for (const name of readdirSync(path.join(reposRoot, owner))) {
      const manifests = path.join(reposRoot, owner, name, 'manifests');
      const walk = (dir: string): string[] => readdirSync(dir).flatMap((f) => statSync(path.join(dir, f)).isDirectory() ? walk(path.join(dir, f)) : [path.join(dir, f)]);
      let files: string[] = [];
      try { files = walk(manifests); } catch { continue; }
      for (const file of files) {
        const rel = path.relative(manifests, file);
        if (skip.test(rel)) continue;
        const text = readFileSync(file, 'utf8');
        if (file.endsWith('package.json')) {
          const json = JSON.parse(text);
          for (const pkg of ['@stellar/stellar-sdk', '@stellar/stellar-base']) if (json.dependencies?.[pkg] || json.peerDependencies?.[pkg]) declared.push({ repo: `pkg:github/${owner}/${name}`.toLowerCase(), pkg });
        } else if (file.endsWith('Cargo.toml')) {
          const deps = text.split(/^\[/m).filter((s) => /^dependencies\]/.test(s)).join('\n');
          for (const pkg of ['soroban-sdk', 'stellar-xdr']) if (new RegExp(`^${pkg}\\s*=`, 'm').test(deps)) declared.push({ repo: `pkg:github/${owner}/${name}`.toLowerCase(), pkg });
        }
      }
    }
    expect(declared.length).toBeGreaterThan(10);
    const edge = db.prepare('SELECT scope FROM edges WHERE from_id = ? AND to_id = ?');
    let checked = 0;
    for (const { repo, pkg } of declared) {
      const publisher = publishers[pkg];
      if (repo === publisher) continue;
      const row = edge.get(repo, publisher) as { scope: string } | undefined;
      expect(row, `${repo} → ${publisher} (${pkg})`).toBeDefined();
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
    for (const [pkg, repo] of Object.entries(publishers)) {
      const dependents = (db.prepare("SELECT COUNT(*) AS n FROM edges WHERE to_id = ? AND to_kind = 'repo'").get(repo) as { n: number }).n;
      expect(dependents, `dependents of ${pkg}`).toBeGreaterThan(0);
    }
  });

  it('reports bad records as warnings with file and field and keeps the rest', () => {
    const warnings = db.prepare('SELECT source, file, field, message FROM warnings').all() as Record<string, string>[];
    expect(warnings.length).toBeGreaterThan(0);
    for (const w of warnings) {
      expect(w.file).toBeTruthy();
      expect(w.message).toBeTruthy();
    }
  });

  it('never writes an e-mail address', () => {
    const text = readFileSync(dbPath).toString('latin1');
    expect(text).not.toMatch(/[A-Za-z0-9._%+-]+@(example\.invalid|users\.noreply\.github\.com|example\.com)/);
  });

  it('shows the Python Stellar SDK project with its repo', () => {
    const repo = db.prepare("SELECT project_id, full_name FROM repos WHERE repo_id = 'pkg:github/stellarcn/py-stellar-base'").get() as { project_id: string; full_name: string };
    expect(repo.full_name).toBe('StellarCN/py-stellar-base');
    expect(repo.project_id).toBe('daoip-5:scf:project:python_stellar_sdk');
  });
});
