import { describe, expect, it } from 'vitest';
import type { SnapshotWarning } from '../types.ts';
import { parseRegistryFile } from './parse-registry-file.ts';

const sink = () => {
  const warnings: SnapshotWarning[] = [];
  return { warnings, warn: (w: SnapshotWarning) => warnings.push(w) };
};

describe('deps.dev v3 API documents (camelCase, nested keys)', () => {
  it('reads a single project record as repo popularity', () => {
    const s = sink();
    const body = JSON.stringify({ projectKey: { id: 'github.com/StellarCN/py-stellar-base' }, openIssuesCount: 7, starsCount: 498, forksCount: 178, license: 'Apache-2.0' });
    const parsed = parseRegistryFile(body, 'registry/depsdev/github.com%2Fstellarcn%2Fpy-stellar-base.project.json', 'depsdev', s);
    expect(s.warnings).toEqual([]);
    expect(parsed.popularity).toEqual([expect.objectContaining({ repoId: 'pkg:github/stellarcn/py-stellar-base', stars: 498, forks: 178 })]);
  });

  it('reads a package record with its default version', () => {
    const s = sink();
    const body = JSON.stringify({ packageKey: { system: 'NPM', name: '@stellar/stellar-sdk' }, versions: [{ versionKey: { system: 'NPM', name: '@stellar/stellar-sdk', version: '14.0.0' }, isDefault: false }, { versionKey: { system: 'NPM', name: '@stellar/stellar-sdk', version: '14.1.0' }, isDefault: true }] });
    const parsed = parseRegistryFile(body, 'registry/depsdev/npm%3A%40stellar%2Fstellar-sdk.package.json', 'depsdev', s);
    expect(s.warnings).toEqual([]);
    expect(parsed.fragment).toEqual(expect.objectContaining({ purlType: 'npm', name: '@stellar/stellar-sdk', latestVersion: '14.1.0' }));
  });
});
