import { describe, expect, it } from 'vitest';
import { parseCargoToml, parseCargoTomlTable } from './cargo-toml.ts';
import { cargoWorkspaceOf } from './cargo-workspace.ts';
import { realManifest, testContext } from './test-support.ts';

const workspaceOf = (text: string, rootPath = 'Cargo.toml') => cargoWorkspaceOf(parseCargoTomlTable(text, testContext(rootPath))!, rootPath);

describe('parseCargoToml on real manifests', () => {
  it('stellar/rs-soroban-sdk: soroban-sdk publishes pkg:cargo/soroban-sdk; target tables and workspace deps resolve', () => {
    const ws = workspaceOf(realManifest('stellar/rs-soroban-sdk', 'Cargo.toml'));
    const ctx = testContext('soroban-sdk/Cargo.toml');
    const m = parseCargoToml(realManifest('stellar/rs-soroban-sdk', 'soroban-sdk/Cargo.toml'), ctx, ws)!;
    expect(ctx.warnings).toEqual([]);
    expect(m.publishes).toBe('pkg:cargo/soroban-sdk');
    expect(m.isPrivate).toBe(false);
    const dep = (purl: string, scope = 'runtime') => m.dependencies.find((d) => d.purl === purl && d.scope === scope);
    expect(dep('pkg:cargo/soroban-sdk-macros')?.internal).toBe(true); // workspace entry has a path
    expect(dep('pkg:cargo/soroban-env-host')).toMatchObject({ internal: false }); // from [target.'cfg(…)'.dependencies]
    expect(dep('pkg:cargo/soroban-env-guest')).toBeDefined();
    expect(dep('pkg:cargo/serde')?.versionRange).toBe('1.0.0');
    expect(dep('pkg:cargo/rustc_version', 'build')?.versionRange).toBe('0.4.1');
  });

  it('stellar/rs-soroban-sdk root is a virtual workspace: publishes nothing, declares nothing', () => {
    const m = parseCargoToml(realManifest('stellar/rs-soroban-sdk', 'Cargo.toml'), testContext('Cargo.toml'))!;
    expect(m.publishes).toBeNull();
    expect(m.dependencies).toEqual([]);
  });

  it('OpenZeppelin/stellar-contracts: workspace = true deps resolve to the external soroban-sdk and internal siblings', () => {
    const ws = workspaceOf(realManifest('OpenZeppelin/stellar-contracts', 'Cargo.toml'));
    const ctx = testContext('packages/tokens/Cargo.toml');
    const m = parseCargoToml(realManifest('OpenZeppelin/stellar-contracts', 'packages/tokens/Cargo.toml'), ctx, ws)!;
    expect(ctx.warnings).toEqual([]);
    expect(m.publishes).toBe('pkg:cargo/stellar-tokens');
    const sdk = m.dependencies.find((d) => d.purl === 'pkg:cargo/soroban-sdk' && d.scope === 'runtime');
    expect(sdk).toEqual({ purl: 'pkg:cargo/soroban-sdk', versionRange: ws!.dependencies.get('soroban-sdk')!.version, scope: 'runtime', internal: false });
    expect(m.dependencies.find((d) => d.purl === 'pkg:cargo/stellar-contract-utils')?.internal).toBe(true);
    expect(m.dependencies.find((d) => d.purl === 'pkg:cargo/soroban-sdk' && d.scope === 'dev')).toBeDefined();
  });
});

describe('parseCargoToml on hand-made edge cases', () => {
  const root = `
[workspace]
members = ["crates/*"]
[workspace.package]
publish = false
[workspace.dependencies]
sdk = { package = "soroban-sdk", version = "22.0.0" }
sibling = { path = "crates/sibling" }
plain = "1.2"
`;
  it('applies renames, paths, publish inheritance and warns on missing workspace entries', () => {
    const ws = workspaceOf(root);
    const ctx = testContext('crates/app/Cargo.toml');
    const m = parseCargoToml(
      `
[package]
name = "App_Crate"
publish.workspace = true
[dependencies]
sdk = { workspace = true }
sibling = { workspace = true }
ghost = { workspace = true }
local = { path = "../local", version = "0.1" }
renamed = { package = "serde", version = "1" }
from-git = { git = "https://github.com/x/y" }
[dev-dependencies]
plain = { workspace = true }
[build_dependencies]
cc = "1"
`,
      ctx,
      ws,
    )!;
    expect(m.publishes).toBe('pkg:cargo/app_crate');
    expect(m.isPrivate).toBe(true);
    expect(m.dependencies).toEqual([
      { purl: 'pkg:cargo/cc', versionRange: '1', scope: 'build', internal: false },
      { purl: 'pkg:cargo/from-git', versionRange: null, scope: 'runtime', internal: false },
      { purl: 'pkg:cargo/ghost', versionRange: null, scope: 'runtime', internal: false },
      { purl: 'pkg:cargo/local', versionRange: '0.1', scope: 'runtime', internal: true },
      { purl: 'pkg:cargo/plain', versionRange: '1.2', scope: 'dev', internal: false },
      { purl: 'pkg:cargo/serde', versionRange: '1', scope: 'runtime', internal: false },
      { purl: 'pkg:cargo/sibling', versionRange: null, scope: 'runtime', internal: true },
      { purl: 'pkg:cargo/soroban-sdk', versionRange: '22.0.0', scope: 'runtime', internal: false },
    ]);
    expect(ctx.warnings.map((w) => w.field)).toEqual(['dependencies.ghost']);
  });

  it('publish = false / [] is private; bad TOML and bad entries warn', () => {
    expect(parseCargoToml('[package]\nname = "a"\npublish = []\n', testContext('Cargo.toml'))!.isPrivate).toBe(true);
    expect(parseCargoToml('[package]\nname = "a"\npublish = ["my-registry"]\n', testContext('Cargo.toml'))!.isPrivate).toBe(false);
    const ctx = testContext('Cargo.toml');
    expect(parseCargoToml('[package\nname=', ctx)).toBeNull();
    const m = parseCargoToml('[package]\nversion = "1"\n[dependencies]\nx = 3\ny = "1"\n', ctx)!;
    expect(m.publishes).toBeNull();
    expect(m.dependencies.map((d) => d.purl)).toEqual(['pkg:cargo/y']);
    expect(ctx.warnings.map((w) => w.field)).toEqual([undefined, 'dependencies.x', 'package.name']);
  });
});
