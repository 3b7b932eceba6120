/**
 * Guards the committed sample snapshot (sample/README.md): regenerating it must reproduce
 * sample/snapshot/ byte for byte, so the committed data cannot drift from its generator, and the
 * files must stay in the upstream formats the readers expect (docs/SNAPSHOT.md).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLValidator } from 'fast-xml-parser';
import { parse as parseToml } from 'smol-toml';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const SAMPLE_DIR = path.dirname(fileURLToPath(import.meta.url));
const COMMITTED = path.join(SAMPLE_DIR, 'snapshot');
/** Size budget for the committed sample (task brief: keep it reviewable, < 1.5 MB). */
const MAX_SAMPLE_BYTES = 1.5 * 1024 * 1024;
const GITLOG_FIELDS = 7;

function listFiles(root: string, rel = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(root, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(root, child));
    else out.push(child);
  }
  return out.sort();
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'pg-atlas-sample-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('sample snapshot generator', () => {
  it('regenerates sample/snapshot byte for byte (run `node sample/generate.ts` after changing the generator)', () => {
    const out = path.join(tmp, 'snapshot');
    execFileSync(process.execPath, [path.join(SAMPLE_DIR, 'generate.ts'), '--out', out], { stdio: 'pipe' });
    const fresh = listFiles(out);
    expect(fresh).toEqual(listFiles(COMMITTED));
    const differing = fresh.filter((f) => !readFileSync(path.join(out, f)).equals(readFileSync(path.join(COMMITTED, f))));
    expect(differing).toEqual([]);
  });

  it('stays under the size budget', () => {
    const total = listFiles(COMMITTED).reduce((sum, f) => sum + statSync(path.join(COMMITTED, f)).size, 0);
    expect(total).toBeLessThan(MAX_SAMPLE_BYTES);
  });

  it('has JSON files that all parse', () => {
    const bad: string[] = [];
    for (const f of listFiles(COMMITTED).filter((x) => x.endsWith('.json'))) {
      try {
        JSON.parse(readFileSync(path.join(COMMITTED, f), 'utf8'));
      } catch {
        bad.push(f);
      }
    }
    expect(bad).toEqual([]);
  });

  it('has TOML, YAML and XML files that all parse', () => {
    const bad: string[] = [];
    let parsed = 0;
    for (const f of listFiles(COMMITTED)) {
      const text = readFileSync(path.join(COMMITTED, f), 'utf8');
      try {
        if (f.endsWith('.toml')) parseToml(text);
        else if (f.endsWith('.yml') || f.endsWith('.yaml')) parseYaml(text);
        else if (f.endsWith('.xml') && XMLValidator.validate(text) !== true) throw new Error('invalid XML');
        else continue;
        parsed++;
      } catch {
        bad.push(f);
      }
    }
    expect(bad).toEqual([]);
    expect(parsed).toBeGreaterThan(15);
  });

  it('writes git logs with 7 NUL-separated fields per line, except the one deliberately truncated line', () => {
    const malformed: string[] = [];
    let lines = 0;
    for (const f of listFiles(COMMITTED).filter((x) => x.endsWith('/gitlog-full.txt'))) {
      const text = readFileSync(path.join(COMMITTED, f), 'utf8');
      expect(text.endsWith('\n')).toBe(true);
      for (const line of text.slice(0, -1).split('\n')) {
        lines++;
        if (line.split('\x00').length !== GITLOG_FIELDS) malformed.push(f);
      }
    }
    expect(lines).toBeGreaterThan(1000);
    expect(malformed).toEqual(['ecosystem/repos/orbitkit/orbitkit-base/gitlog-full.txt']);
  });

  it('uses only reserved example domains and GitHub noreply addresses for people', () => {
    const allowed = /^$|@([a-z0-9-]+\.)*example\.(com|org|net)$|@users\.noreply\.github\.com$|^noreply@github\.com$/;
    const seen = new Set<string>();
    for (const f of listFiles(COMMITTED).filter((x) => x.endsWith('/gitlog-full.txt'))) {
      for (const line of readFileSync(path.join(COMMITTED, f), 'utf8').split('\n')) {
        const fields = line.split('\x00');
        if (fields.length < 3) continue;
        seen.add(fields[2]);
        if (fields.length === GITLOG_FIELDS) {
          seen.add(fields[5]);
          for (const co of fields[6].split('\x1f').filter(Boolean)) seen.add(/<([^>]*)>/.exec(co)?.[1] ?? co);
        }
      }
    }
    expect([...seen].filter((e) => !allowed.test(e))).toEqual([]);
  });

  it('anchors the sample at a fixed date with a label and a partial source', () => {
    const snap = JSON.parse(readFileSync(path.join(COMMITTED, 'snapshot.json'), 'utf8'));
    expect(snap.as_of).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(snap.label).toBe('sample data');
    expect(snap.sources.registry.state).toBe('partial');
    expect(snap.sources.registry.errors).toHaveLength(1);
  });
});
