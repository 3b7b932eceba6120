import { describe, expect, it } from 'vitest';
import { REALDATA_DIR } from '../../../test/support/paths.ts';
import type { SnapshotWarning } from '../types.ts';
import { fieldPath, parseSnapshotMeta, readSnapshotMeta, SnapshotMetaError } from './index.ts';

function collector() {
  const warnings: SnapshotWarning[] = [];
  return { warnings, sink: { warn: (w: SnapshotWarning) => warnings.push(w) } };
}

describe('readSnapshotMeta', () => {
  it('reads the real snapshot.json', () => {
    const { warnings, sink } = collector();
    const meta = readSnapshotMeta(REALDATA_DIR, sink);
    expect(meta.asOf).toBe('2026-08-23');
    expect(meta.label).toBeNull();
    expect(meta.sources.opengrants).toEqual({ retrievedAt: '2026-04-10' });
    expect(meta.sources.ecosystem).toEqual({ retrievedAt: '2026-08-22' });
    expect(Object.keys(meta.sources).sort()).toEqual(['ecosystem', 'funding', 'legacy', 'opengrants', 'overrides', 'registry', 'sbom']);
    expect(warnings).toEqual([]);
  });

  it('throws naming snapshot.json and as_of when the date is missing, invalid or the file is absent', () => {
    const { sink } = collector();
    expect(() => parseSnapshotMeta('{"sources": {}}', sink)).toThrow(/snapshot\.json: as_of is missing/);
    expect(() => parseSnapshotMeta('{"as_of": "2026-02-30"}', sink)).toThrow(SnapshotMetaError);
    expect(() => parseSnapshotMeta('{"as_of": "23/08/2026"}', sink)).toThrow(/as_of/);
    expect(() => parseSnapshotMeta('not json', sink)).toThrow(/snapshot\.json.*as_of/);
    expect(() => parseSnapshotMeta(null, sink)).toThrow(/snapshot\.json is missing.*as_of/);
    expect(() => readSnapshotMeta('/nonexistent-snapshot-root', sink)).toThrow(/snapshot\.json/);
  });

  it('reads label, state and errors, and warns about a bad source entry without failing', () => {
    const { warnings, sink } = collector();
    const meta = parseSnapshotMeta(
      JSON.stringify({
        as_of: '2026-08-23',
        label: 'sample data',
        sources: {
          registry: { retrieved_by: '2026-04-25', state: 'partial', errors: ['crates: 503'] },
          sbom: { state: 'exploded' },
        },
      }),
      sink,
    );
    expect(meta.label).toBe('sample data');
    expect(meta.sources.registry).toEqual({ retrievedAt: '2026-04-25', state: 'partial', errors: ['crates: 503'] });
    expect(meta.sources.sbom).toEqual({});
    expect(warnings).toEqual([expect.objectContaining({ file: 'snapshot.json', field: 'sources.sbom.state' })]);
  });
});

describe('fieldPath', () => {
  it('brackets numbers and keys that are not identifiers', () => {
    expect(fieldPath('data[12]', ['socials', 0, 'value'])).toBe('data[12].socials[0].value');
    expect(fieldPath('', ['daoip-5:scf:project:x', 'metadata'])).toBe('["daoip-5:scf:project:x"].metadata');
    expect(fieldPath('data[0]', ['extensions', 'org.stellar.communityfund'])).toBe('data[0].extensions["org.stellar.communityfund"]');
  });
});
