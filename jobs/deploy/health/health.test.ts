import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SCHEMA_VERSION } from '../../publish/schema.ts';
import { readAtlasFacts, sha256File } from '../atlas-facts.ts';
import { makeAtlas } from '../test-support/make-atlas.ts';
import { addDays, buildHealthDocument, STALE_AFTER_DAYS, writeHealthDocument } from './health.ts';

let work: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'pg-atlas-health-'));
});
afterEach(async () => rm(work, { recursive: true, force: true }));

describe('health.json', () => {
  it('carries counts, snapshot date, schema version and per-source status read from atlas.sqlite', async () => {
    const atlas = path.join(work, 'atlas.sqlite');
    makeAtlas(atlas, {
      asOf: '2026-11-30',
      projects: 640,
      repos: 2650,
      edges: 9000,
      sources: [
        { source: 'github', state: 'partial', retrieved_at: '2026-11-30T04:20:00Z', records: 2600, warnings: 2, errors: ['rate limited on 50 repos'] },
        { source: 'opengrants', state: 'ok', retrieved_at: '2026-11-30', records: 640 },
      ],
    });
    const facts = readAtlasFacts(atlas);
    const doc = buildHealthDocument(facts, { builtAt: '2026-11-30T05:01:02Z', gitRevision: 'abc1234', atlasSha256: await sha256File(atlas) });
    expect(doc.schema_version).toBe(SCHEMA_VERSION);
    expect(doc.snapshot_as_of).toBe('2026-11-30');
    expect(doc.stale_after).toBe('2026-12-03');
    expect(doc.counts).toMatchObject({ projects: 640, repos: 2650, edges: 9000, active_projects: 320 });
    expect(doc.sources.map((s) => [s.source, s.state])).toEqual([['github', 'partial'], ['opengrants', 'ok']]);
    expect(doc.sources[0].errors).toEqual(['rate limited on 50 repos']);
    expect(doc.status).toBe('degraded');
    expect(doc.atlas_sha256).toBe(createHash('sha256').update(await readFile(atlas)).digest('hex'));

    const dist = path.join(work);
    const written = JSON.parse(await readFile(await writeHealthDocument(dist, doc), 'utf8'));
    expect(written).toEqual(doc);
  });

  it('is ok when every source is ok, and the same inputs give the same document', async () => {
    const atlas = path.join(work, 'atlas.sqlite');
    makeAtlas(atlas, { asOf: '2026-02-27', projects: 3, repos: 4, edges: 5 });
    const build = { builtAt: '2026-02-27T00:00:00Z', gitRevision: 'abcdef0', atlasSha256: 'f'.repeat(64) };
    const a = buildHealthDocument(readAtlasFacts(atlas), build);
    expect(a.status).toBe('ok');
    expect(a.stale_after).toBe(addDays('2026-02-27', STALE_AFTER_DAYS));
    expect(a.stale_after).toBe('2026-03-02');
    expect(buildHealthDocument(readAtlasFacts(atlas), build)).toEqual(a);
  });

  it('refuses an atlas whose meta.schema_version disagrees with user_version', async () => {
    const atlas = path.join(work, 'atlas.sqlite');
    makeAtlas(atlas, { asOf: '2026-02-27', projects: 3, repos: 4, edges: 5 });
    const { DatabaseSync } = await import('node:sqlite');
    const db = new DatabaseSync(atlas);
    db.exec('PRAGMA user_version = 99');
    db.close();
    expect(() => readAtlasFacts(atlas)).toThrow(/differs from PRAGMA user_version 99/);
  });
});
