import { describe, expect, it } from 'vitest';
import { isExampleOrTestPath } from './example-or-test.ts';
import { manifestKindOf } from './manifest-kind.ts';

describe('isExampleOrTestPath', () => {
  it('flags manifests under example / test / fixture / template folders', () => {
    for (const p of ['examples/counter/Cargo.toml', 'crates/x/tests/fixtures/package.json', 'Example/pubspec.yaml', 'testdata/go.mod', 'templates/basic/package.json', 'e2e/package.json', 'packages/sdk/__mocks__/package.json', 'benches/Cargo.toml', 'demo/app/package.json', 'samples/a/pom.xml', 'tools/p28-owner-fixture/Cargo.toml', 'contracts/token_example/Cargo.toml', 'examples-lib/Cargo.toml']) {
      expect(isExampleOrTestPath(p), p).toBe(true);
    }
  });
  it('does not flag root manifests or look-alike folder names', () => {
    for (const p of ['Cargo.toml', 'package.json', 'packages/sdk/package.json', 'soroban-test-helpers/Cargo.toml', 'test-utils/Cargo.toml', 'contest/Cargo.toml', 'counterexample/Cargo.toml', 'tests']) {
      expect(isExampleOrTestPath(p), p).toBe(false);
    }
  });
});

describe('manifestKindOf', () => {
  it('recognises the seven manifest file names only', () => {
    expect(manifestKindOf('a/b/Cargo.toml')).toBe('Cargo.toml');
    expect(manifestKindOf('go.mod')).toBe('go.mod');
    expect(manifestKindOf('a/package-lock.json')).toBeNull();
    expect(manifestKindOf('a/cargo.toml')).toBeNull();
    expect(manifestKindOf('.pg-atlas/sbom.spdx.json')).toBeNull();
  });
});
