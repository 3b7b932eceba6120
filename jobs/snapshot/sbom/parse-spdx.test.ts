import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REALDATA_DIR } from '../../../test/support/paths.ts';
import type { SnapshotWarning } from '../types.ts';
import { parseSpdx } from './parse-spdx.ts';
import { sbomDirectDependencies } from './direct-dependencies.ts';
import { readSboms } from './read-sboms.ts';
import { repoIdOf } from '../../ids/repo-id.ts';

function collector(): { warnings: SnapshotWarning[]; warn: (w: SnapshotWarning) => void } {
  const warnings: SnapshotWarning[] = [];
  return { warnings, warn: (w) => warnings.push(w) };
}
const realFile = (rel: string): string => fs.readFileSync(path.join(REALDATA_DIR, rel), 'utf8');

describe('parseSpdx on the real StellarCN__py-stellar-base SBOM (DESIGN §5.7 item 7)', () => {
  const sink = collector();
  const doc = parseSpdx(realFile('sbom/StellarCN__py-stellar-base.spdx.json'), 'sbom/StellarCN__py-stellar-base.spdx.json', sink, 'github-sbom')!;

  it('reads 109 packages and 108 DEPENDS_ON, all from the one root', () => {
    expect(doc.packages).toHaveLength(109);
    expect(doc.dependsOn).toHaveLength(108);
    expect(doc.rootIds).toHaveLength(1);
    expect(new Set(doc.dependsOn.map((e) => e.from))).toEqual(new Set(doc.rootIds));
    expect(doc.repoId).toBe('pkg:github/stellarcn/py-stellar-base');
    expect(doc.provenance).toBe('github-sbom');
    expect(doc.name).toBe('com.github.StellarCN/py-stellar-base');
  });

  it('keeps purls version-less and versions apart', () => {
    const zeitwerk = doc.packages.find((p) => p.name === 'zeitwerk')!;
    expect(zeitwerk.purl).toBe('pkg:gem/zeitwerk');
    expect(zeitwerk.purlVersion).toBe(zeitwerk.version);
    expect(zeitwerk.downloadLocation).toBeNull();
  });

  it('gives one direct edge per purl, sphinx with both versions, actions in ci scope', () => {
    const deps = sbomDirectDependencies(doc);
    expect(deps.every((d) => d.direct)).toBe(true);
    const purls = deps.map((d) => d.purl);
    expect(new Set(purls).size).toBe(purls.length);
    const sphinxPackages = doc.packages.filter((p) => p.purl === 'pkg:pypi/sphinx');
    expect(sphinxPackages.length).toBe(2);
    const sphinx = deps.find((d) => d.purl === 'pkg:pypi/sphinx')!;
    expect(sphinx.versions).toEqual(sphinxPackages.map((p) => p.version).sort());
    expect(sphinx.versions).toHaveLength(2);
    const actions = deps.filter((d) => d.purl?.startsWith('pkg:githubactions/'));
    const gems = deps.filter((d) => d.purl?.startsWith('pkg:gem/'));
    expect(actions.length).toBeGreaterThan(0);
    expect(gems.length).toBeGreaterThan(0);
    expect(actions.every((d) => d.scope === 'ci')).toBe(true);
    expect(deps.filter((d) => !d.purl?.startsWith('pkg:githubactions/')).every((d) => d.scope === 'unknown')).toBe(true);
    // 108 edges fold into one entry per distinct dependency purl.
    expect(deps.length).toBe(new Set(doc.dependsOn.map((e) => doc.packages.find((p) => p.spdxId === e.to)!.purl)).size);
  });
});

describe('semantic hash on the real resubmissions', () => {
  const hashOf = (name: string): string => parseSpdx(realFile(`sbom/resubmissions/${name}`), `sbom/resubmissions/${name}`, collector(), 'github-sbom')!.semanticHash;
  it('run1 and run2 (new namespace, timestamp and order) hash equal', () => {
    expect(hashOf('pg-atlas-backend-v381-run1.spdx.json')).toBe(hashOf('pg-atlas-backend-v381-run2.spdx.json'));
  });
  it('v372 and v381 (one version changed) hash differently', () => {
    expect(hashOf('pg-atlas-backend-v372.spdx.json')).not.toBe(hashOf('pg-atlas-backend-v381-run1.spdx.json'));
  });
  it('is a SHA-256 hex digest', () => {
    expect(hashOf('pg-atlas-backend-v372.spdx.json')).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('readSboms on the real snapshot', () => {
  it('reads every sbom/*.spdx.json without a fatal error, and not the resubmissions', () => {
    const sink = collector();
    const docs = readSboms(REALDATA_DIR, sink);
    const expected = fs.readdirSync(path.join(REALDATA_DIR, 'sbom')).filter((n) => n.endsWith('.spdx.json'));
    expect(docs.filter((d) => d.provenance === 'github-sbom').map((d) => d.file)).toEqual(expected.sort().map((n) => `sbom/${n}`));
    for (const doc of docs) {
      expect(doc.packages.length).toBeGreaterThan(0);
      expect(doc.rootIds.length).toBeGreaterThan(0);
      expect(doc.repoId).toMatch(/^pkg:github\//);
    }
    expect(docs.some((d) => d.file.includes('resubmissions'))).toBe(false);
  });
});

describe('parseSpdx on hand-made bad documents', () => {
  const base = {
    spdxVersion: 'SPDX-2.3',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: 'com.github.acme/widget',
    documentNamespace: 'https://example.invalid/ns/1',
    creationInfo: { created: '2026-01-01T00:00:00Z' },
    packages: [
      { SPDXID: 'SPDXRef-root', name: 'com.github.acme/widget', versionInfo: 'main', downloadLocation: 'git+https://github.com/Acme/Widget', externalRefs: [{ referenceType: 'purl', referenceLocator: 'pkg:github/Acme/Widget@main' }] },
      { SPDXID: 'SPDXRef-a', name: 'left-pad', versionInfo: 'NOASSERTION', downloadLocation: 'NONE', externalRefs: [{ referenceType: 'purl', referenceLocator: 'pkg:npm/left-pad@1.3.0' }] },
    ],
    relationships: [{ spdxElementId: 'SPDXRef-DOCUMENT', relatedSpdxElement: 'SPDXRef-root', relationshipType: 'DESCRIBES' }],
  };

  it('rejects non-JSON and non-documents with one warning each, never throws', () => {
    for (const text of ['{not json', '[]', '"x"', 'null', '{"packages": 3}', '{}', '{"sbom": {"name": "x"}}']) {
      const sink = collector();
      expect(parseSpdx(text, 'sbom/x.spdx.json', sink, 'github-sbom')).toBeNull();
      expect(sink.warnings).toHaveLength(1);
      expect(sink.warnings[0]).toMatchObject({ source: 'sbom', file: 'sbom/x.spdx.json' });
    }
  });

  it('maps NOASSERTION/NONE to null, takes the repo from the described package, treats no DEPENDS_ON as all direct', () => {
    const sink = collector();
    const doc = parseSpdx(JSON.stringify({ sbom: base }), 'sbom/declared.json', sink, 'declared-sbom')!;
    expect(sink.warnings).toEqual([]);
    expect(doc.repoId).toBe('pkg:github/acme/widget');
    const pad = doc.packages.find((p) => p.spdxId === 'SPDXRef-a')!;
    expect(pad).toMatchObject({ version: null, downloadLocation: null, purl: 'pkg:npm/left-pad', purlVersion: '1.3.0' });
    const deps = sbomDirectDependencies(doc);
    expect(deps).toEqual([{ direct: true, from: null, purl: 'pkg:npm/left-pad', name: 'left-pad', spdxIds: ['SPDXRef-a'], versions: ['1.3.0'], scope: 'unknown' }]);
  });

  it('warns per package on a duplicate SPDXID, a non-URL downloadLocation and a bad package, and keeps the document', () => {
    const sink = collector();
    const doc = parseSpdx(
      JSON.stringify({
        ...base,
        packages: [
          ...base.packages,
          { SPDXID: 'SPDXRef-a', name: 'shadow', versionInfo: '9' },
          { SPDXID: 'SPDXRef-b', name: 'serde', versionInfo: '1.0.0', downloadLocation: 'somewhere on disk' },
          { SPDXID: 'SPDXRef-c', versionInfo: '1' },
          { SPDXID: 'SPDXRef-d', name: 'nopurl', versionInfo: '2', externalRefs: [{ referenceType: 'purl', referenceLocator: 'not a purl' }] },
        ],
        relationships: [
          ...base.relationships,
          { spdxElementId: 'SPDXRef-root', relatedSpdxElement: 'SPDXRef-b', relationshipType: 'DEPENDS_ON' },
          { spdxElementId: 'SPDXRef-b', relatedSpdxElement: 'SPDXRef-d', relationshipType: 'DEPENDS_ON' },
          { spdxElementId: 'SPDXRef-root', relatedSpdxElement: 'SPDXRef-zzz', relationshipType: 'DEPENDS_ON' },
          { spdxElementId: 'SPDXRef-root' },
        ],
      }),
      'sbom/acme__widget.spdx.json',
      sink,
      'github-sbom',
    )!;
    expect(doc.packages.map((p) => p.spdxId)).toEqual(['SPDXRef-root', 'SPDXRef-a', 'SPDXRef-b', 'SPDXRef-d']);
    expect(doc.packages.find((p) => p.spdxId === 'SPDXRef-b')!.downloadLocation).toBeNull();
    expect(doc.packages.find((p) => p.spdxId === 'SPDXRef-d')!.purl).toBeNull();
    const fields = sink.warnings.map((w) => w.field);
    expect(fields).toEqual(['packages[2].SPDXID', 'packages[3].downloadLocation', 'packages[4].name', 'packages[5].externalRefs[0].referenceLocator', 'relationships[3]', 'relationships[4].relatedSpdxElement']);
    expect(doc.repoId).toBe('pkg:github/acme/widget');

    const deps = sbomDirectDependencies(doc);
    const direct = deps.filter((d) => d.direct);
    const nested = deps.filter((d) => !d.direct);
    expect(direct.map((d) => d.purl)).toEqual([null]); // serde has no purl: kept, not merged by name
    expect(direct[0]!.name).toBe('serde');
    expect(nested).toHaveLength(1);
    expect(nested[0]).toMatchObject({ name: 'nopurl', purl: null, from: { name: 'serde', spdxIds: ['SPDXRef-b'] } });
  });

  it('honours scopes the SBOM declares and documentDescribes', () => {
    const doc = parseSpdx(
      JSON.stringify({
        ...base,
        documentDescribes: ['SPDXRef-root'],
        relationships: [{ spdxElementId: 'SPDXRef-a', relatedSpdxElement: 'SPDXRef-root', relationshipType: 'DEV_DEPENDENCY_OF' }],
      }),
      'x.json',
      collector(),
      'declared-sbom',
    )!;
    expect(doc.rootIds).toEqual(['SPDXRef-root']);
    expect(doc.dependsOn).toEqual([{ from: 'SPDXRef-root', to: 'SPDXRef-a' }]);
    expect(sbomDirectDependencies(doc)[0]!.scope).toBe('dev');
  });

  it('takes the repo from the file name first, then from the described package', () => {
    const text = JSON.stringify(base);
    expect(parseSpdx(text, 'sbom/Other-Owner__other.repo_name.spdx.json', collector(), 'github-sbom')!.repoId).toBe('pkg:github/other-owner/other.repo_name');
    expect(parseSpdx(text, 'sbom/whatever.json', collector(), 'github-sbom')!.repoId).toBe('pkg:github/acme/widget');
    const noPurl = { ...base, packages: [{ ...base.packages[0], externalRefs: [] }, base.packages[1]] };
    expect(parseSpdx(JSON.stringify(noPurl), 'x.json', collector(), 'github-sbom')!.repoId).toBe('pkg:github/acme/widget'); // from downloadLocation
    expect(parseSpdx(text, 'x.json', collector(), 'declared-sbom', { repoId: repoIdOf('a', 'b') })!.repoId).toBe('pkg:github/a/b');
  });

  it('keeps two same-named packages of different ecosystems apart', () => {
    const doc = parseSpdx(
      JSON.stringify({
        ...base,
        packages: [base.packages[0], { SPDXID: 'SPDXRef-x', name: 'toml', versionInfo: '1' }, { SPDXID: 'SPDXRef-y', name: 'toml', versionInfo: '2' }, { SPDXID: 'SPDXRef-z', name: 'toml', externalRefs: [{ referenceType: 'purl', referenceLocator: 'pkg:cargo/toml@0.8' }] }],
      }),
      'x.json',
      collector(),
      'github-sbom',
    )!;
    const deps = sbomDirectDependencies(doc);
    expect(deps).toHaveLength(3);
    expect(deps.map((d) => d.purl).sort()).toEqual([null, null, 'pkg:cargo/toml'].sort());
  });
});
