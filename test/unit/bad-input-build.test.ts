/**
 * Bad input is reported with its file and field, skipped, and never loses the rest of the data
 * (DESIGN §11). A copy of the embedded sample snapshot is damaged in several sources at once.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeAtlas } from '../../jobs/compute/compute-atlas.ts';
import { readSnapshot } from '../../jobs/snapshot/read-snapshot.ts';
import { SAMPLE_SNAPSHOT_DIR } from '../support/paths.ts';

let tmp: string;
const clean = () => computeAtlas(readSnapshot(SAMPLE_SNAPSHOT_DIR), { buildVersion: 'test' });
let baseline: ReturnType<typeof clean>;
let damaged: ReturnType<typeof clean>;

beforeAll(() => {
  baseline = clean();
  tmp = mkdtempSync(path.join(os.tmpdir(), 'pg-atlas-bad-'));
  cpSync(SAMPLE_SNAPSHOT_DIR, tmp, { recursive: true });
  // OpenGrants: one project loses its name (required) and another gets a non-array socials.
  const projectsFile = path.join(tmp, 'opengrants/projects.json');
  const projects = JSON.parse(readFileSync(projectsFile, 'utf8'));
  delete projects.data[0].name;
  projects.data[1].socials = 'https://github.com/not-an-array';
  writeFileSync(projectsFile, JSON.stringify(projects));
  // A registry response that is not JSON at all.
  writeFileSync(path.join(tmp, 'registry/npm/broken.package.json'), '{"name": "broken", "dist-tags": ');
  // An SBOM that is not SPDX.
  writeFileSync(path.join(tmp, 'sbom/nowhere__nothing.spdx.json'), JSON.stringify({ hello: 'world' }));
  // Garbage lines in a git log.
  const logs = readSnapshot(SAMPLE_SNAPSHOT_DIR).repos.filter((r) => r.logCoverage === 'full');
  appendFileSync(path.join(tmp, `ecosystem/repos/${logs[0].fullName}/gitlog-full.txt`), 'not a commit line\n\0\0\0\n');
  // An override with a value of the wrong type.
  appendFileSync(path.join(tmp, 'overrides/project-overrides.yml'), '\ndaoip-5:scf:project:broken_override:\n  display_name: 42\n  activity_status: [live]\n  git_owner_url: "not a url"\n');
  // snapshot.json's as_of is fine; the build must proceed.
  damaged = computeAtlas(readSnapshot(tmp), { buildVersion: 'test' });
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a damaged snapshot', () => {
  it('builds, with warnings naming the file and the field', () => {
    const w = damaged.summary.warnings;
    const find = (file: string) => w.filter((x) => x.file.includes(file));
    expect(find('opengrants/projects.json').some((x) => x.field?.includes('data[0]') && x.field.includes('name'))).toBe(true);
    expect(find('opengrants/projects.json').some((x) => x.field?.includes('data[1]') && x.field.includes('socials'))).toBe(true);
    expect(find('registry/npm/broken.package.json').length).toBeGreaterThan(0);
    expect(find('sbom/nowhere__nothing.spdx.json').length).toBeGreaterThan(0);
    expect(find(`/gitlog-full.txt`).some((x) => /malformed/.test(x.message))).toBe(true);
    expect(find('overrides/project-overrides.yml').length).toBeGreaterThan(0);
    expect(w.length).toBeGreaterThan(baseline.summary.warnings.length + 4);
  });

  it('keeps everything else', () => {
    const b = baseline.summary.counts;
    const d = damaged.summary.counts;
    // At most the nameless project is lost; the broken override may insert one project.
    expect(d.projects).toBeGreaterThanOrEqual(b.projects - 1);
    expect(d.repos).toBe(b.repos);
    expect(d.edges).toBe(b.edges);
    expect(d.contributors).toBe(b.contributors);
  });

  it('stops only for an unusable as_of, with a message naming snapshot.json and as_of', () => {
    writeFileSync(path.join(tmp, 'snapshot.json'), JSON.stringify({ as_of: 'yesterday' }));
    expect(() => readSnapshot(tmp)).toThrow(/snapshot\.json.*as_of/);
  });
});
