import { describe, expect, it } from 'vitest';
import type { SnapshotWarning } from '../types.ts';
import { buildSourceStatus, MAX_STATUS_ERRORS } from './source-status.ts';

const warning = (i: number): SnapshotWarning => ({ source: 'registry', file: `registry/npm/${i}.json`, field: 'name', message: 'bad' });

describe('buildSourceStatus', () => {
  it('is ok when files exist and the collector said nothing, missing when there are none', () => {
    expect(buildSourceStatus('opengrants', { retrievedAt: '2026-04-10' }, { files: 6, records: 650, warnings: [] })).toEqual({ name: 'opengrants', state: 'ok', retrievedAt: '2026-04-10', records: 650, warnings: 0, errors: [] });
    expect(buildSourceStatus('sbom', undefined, { files: 0, records: 0, warnings: [] }).state).toBe('missing');
  });

  it("keeps the collector's state and errors, then the reader's, up to MAX_STATUS_ERRORS", () => {
    const status = buildSourceStatus('registry', { state: 'stale', errors: ['crates.io 503'] }, { files: 3, records: 2, warnings: Array.from({ length: 9 }, (_, i) => warning(i)) });
    expect(status.state).toBe('stale');
    expect(status.warnings).toBe(9);
    expect(status.errors).toHaveLength(MAX_STATUS_ERRORS);
    expect(status.errors[0]).toBe('crates.io 503');
    expect(status.errors[1]).toBe('registry/npm/0.json name: bad');
  });

  it('is failed when files exist but gave only warnings', () => {
    expect(buildSourceStatus('funding', {}, { files: 1, records: 0, warnings: [warning(1)] }).state).toBe('failed');
  });

  it("is partial when a whole file was skipped, whatever the collector said (the reader's finding can only make it worse)", () => {
    const fileSkipped = { source: 'opengrants', file: 'opengrants/projects.json', message: 'not JSON, file skipped' };
    expect(buildSourceStatus('opengrants', { state: 'ok' }, { files: 3, records: 40, warnings: [fileSkipped] }).state).toBe('partial');
    expect(buildSourceStatus('opengrants', { state: 'stale' }, { files: 3, records: 40, warnings: [fileSkipped] }).state).toBe('partial');
    expect(buildSourceStatus('opengrants', { state: 'failed' }, { files: 3, records: 40, warnings: [fileSkipped] }).state).toBe('failed');
    // A bad record (a warning with a field) alone does not make the source partial.
    expect(buildSourceStatus('opengrants', { state: 'ok' }, { files: 3, records: 40, warnings: [warning(2)] }).state).toBe('ok');
  });
});
