import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REALDATA_DIR } from '../../../test/support/paths.ts';
import type { Purl } from '../../ids/purl.ts';
import type { SnapshotWarning } from '../types.ts';
import { MAX_DEPENDENTS_PER_PACKAGE, mergeRegistryFragments, packageNameFromFileName, parseRegistryFile, readRegistry } from './index.ts';

function collector() {
  const warnings: SnapshotWarning[] = [];
  return { warnings, sink: { warn: (w: SnapshotWarning) => warnings.push(w) } };
}

const realRegistry = path.join(REALDATA_DIR, 'registry');

describe('readRegistry on the real responses (DESIGN §5.7 item 10)', () => {
  const { warnings, sink } = collector();
  const { packages, popularity } = readRegistry(REALDATA_DIR, sink);
  const pkg = (purl: string) => packages.find((p) => p.purl === purl)!;

  it('npm @npmcli/arborist: scoped purl, latest from dist-tags, downloads from the point file', () => {
    const arborist = pkg('pkg:npm/%40npmcli/arborist');
    expect(arborist).toMatchObject({ registry: 'npm', latestVersion: '9.4.2', downloads30d: 17_095_128, repositoryUrl: 'git+https://github.com/npm/cli.git' });
    expect(arborist.dependencies.map((d) => d.purl)).toEqual(['pkg:npm/nopt', 'pkg:npm/semver', 'pkg:npm/%40npmcli/fs']);
  });

  it('crates serde: 90-day downloads // 3, dev dependency dropped, reverse dependents of kind normal only', () => {
    const serde = pkg('pkg:cargo/serde');
    expect(serde.downloads30d).toBe(52_240_048);
    expect(serde.downloads30d).toBe(Math.floor(156_720_146 / 3));
    expect(serde.latestVersion).toBe('1.0.228');
    expect(serde.dependencies.map((d) => d.purl)).toEqual(['pkg:cargo/serde_core', 'pkg:cargo/serde_derive']);
    expect(serde.dependencies.some((d) => d.purl === 'pkg:cargo/tempfile')).toBe(false);
    expect(serde.dependents).toEqual(['pkg:cargo/podcast']); // libvpx-native-sys depends as kind build
  });

  it('PyPI requests: extra-only requirement dropped, platform marker kept, downloads from pypistats', () => {
    const requests = pkg('pkg:pypi/requests');
    expect(requests.downloads30d).toBe(350);
    expect(requests.latestVersion).toBe('2.33.1');
    expect(requests.dependencies.map((d) => d.purl)).toEqual(['pkg:pypi/charset-normalizer', 'pkg:pypi/idna', 'pkg:pypi/colorama']);
    expect(requests.repositoryUrl).toBe('https://github.com/psf/requests');
  });

  it('Packagist: dev-only package → dev-main; stable release preferred; platform requirements dropped', () => {
    expect(pkg('pkg:composer/example/dev-only-pkg').latestVersion).toBe('dev-main');
    const php = pkg('pkg:composer/soneso/stellar-php-sdk');
    expect(php).toMatchObject({ latestVersion: '1.9.4', downloads30d: 1970 });
    expect(php.dependencies.map((d) => d.purl)).toEqual(['pkg:composer/guzzlehttp/guzzle', 'pkg:composer/phpseclib/phpseclib', 'pkg:composer/soneso/stellar-xdr']);
  });

  it('pub.dev: 30-day downloads from the score, 4/12/52-week sums from the weekly series; sdk and dev dependencies dropped', () => {
    const flutter = pkg('pkg:pub/stellar_flutter_sdk');
    expect(flutter.downloads30d).toBe(1469);
    expect(flutter.downloadWindows).toEqual({ weeks4: 1442, weeks12: 3203, weeks52: 14_374 });
    expect(flutter.dependencies.map((d) => d.purl)).toEqual(['pkg:pub/http', 'pkg:pub/typed_data', 'pkg:pub/pointycastle', 'pkg:pub/pinenacl']);
    expect(pkg('pkg:pub/tiny_package')).toMatchObject({ latestVersion: '0.1.0', dependencies: [] });
  });

  it('deps.dev: package + requirements merged; project batch → repo popularity', () => {
    const sdk = packages.find((p) => p.registry === 'depsdev' && p.purl === 'pkg:pypi/stellar-sdk')!;
    expect(sdk.latestVersion).toBe('11.1.0');
    expect(sdk.dependencies).toHaveLength(6);
    expect(popularity).toEqual([{ repoId: 'pkg:github/stellarcn/py-stellar-base', stars: 498, forks: 178, source: 'depsdev', file: 'registry/depsdev/depsdev_project_batch_stellarcn.json' }]);
  });

  it('reads 8 packages; the only warnings are the two dependents lists whose package cannot be told', () => {
    expect(packages).toHaveLength(8);
    expect(warnings.map((w) => w.file).sort()).toEqual(['registry/packagist/packagist_dependents.json', 'registry/pubdev/pubdev_search.json']);
  });
});

describe('package attribution by file name (collector convention)', () => {
  it('puts pub.dev search results and Packagist dependents on the package their file names', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registry-'));
    const copy = (from: string, to: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, to)), { recursive: true });
      fs.copyFileSync(path.join(realRegistry, from), path.join(dir, to));
    };
    copy('pubdev/pubdev_package.json', 'registry/pubdev/stellar_flutter_sdk.package.json');
    copy('pubdev/pubdev_package_minimal.json', 'registry/pubdev/tiny_package.package.json');
    copy('pubdev/pubdev_search.json', 'registry/pubdev/stellar_flutter_sdk.search.json');
    copy('packagist/packagist_package.json', 'registry/packagist/soneso%2Fstellar-php-sdk.package.json');
    copy('packagist/packagist_package_dev_only.json', 'registry/packagist/example%2Fdev-only-pkg.package.json');
    copy('packagist/packagist_dependents.json', 'registry/packagist/soneso%2Fstellar-php-sdk.dependents.json');
    const { warnings, sink } = collector();
    const { packages } = readRegistry(dir, sink);
    fs.rmSync(dir, { recursive: true });
    expect(warnings).toEqual([]);
    expect(packages.find((p) => p.purl === 'pkg:pub/stellar_flutter_sdk')!.dependents).toEqual(['pkg:pub/soroban_helper', 'pkg:pub/stellar_anchor_sdk', 'pkg:pub/stellar_wallet_flutter_sdk']);
    expect(packages.find((p) => p.purl === 'pkg:pub/tiny_package')!.dependents).toEqual([]);
    expect(packages.find((p) => p.purl === 'pkg:composer/soneso/stellar-php-sdk')!.dependents).toEqual(['pkg:composer/example/anchor-client', 'pkg:composer/example/wallet-sdk']);
  });

  it('decodes the package name of a collector file name', () => {
    expect(packageNameFromFileName('registry/npm/%40stellar%2Fstellar-sdk.downloads.json')).toBe('@stellar/stellar-sdk');
    expect(packageNameFromFileName('registry/npm/stellar.js.package.json.gz')).toBe('stellar.js');
    expect(packageNameFromFileName('registry/crates/serde.reverse_dependencies.p2.json')).toBe('serde');
    expect(packageNameFromFileName('registry/packagist/soneso%2Fstellar-php-sdk.dependents.json')).toBe('soneso/stellar-php-sdk');
    expect(packageNameFromFileName('registry/pubdev/pubdev_search.json')).toBeNull();
  });
});

describe('bad registry input', () => {
  it('warns once for an unparsable or unrecognised file', () => {
    const { warnings, sink } = collector();
    expect(parseRegistryFile('{oops', 'registry/npm/x.json', 'npm', sink).fragment).toBeNull();
    expect(parseRegistryFile('{"hello": "world"}', 'registry/npm/y.json', 'npm', sink).shape).toBeNull();
    expect(warnings.map((w) => w.file)).toEqual(['registry/npm/x.json', 'registry/npm/y.json']);
  });

  it('skips a bad dependency entry, naming its field, and keeps the others', () => {
    const { warnings, sink } = collector();
    const json = JSON.stringify({ dependencies: [{ crate_id: 'a', req: '^1', kind: 'normal' }, { crate_id: 7, kind: 'normal' }, { crate_id: 'b', req: '^2', kind: 'build' }] });
    const { fragment } = parseRegistryFile(json, 'registry/crates/x.dependencies.json', 'crates', sink);
    expect(fragment!.dependencies!.map((d) => [d.purl, d.scope])).toEqual([
      ['pkg:cargo/a', 'runtime'],
      ['pkg:cargo/b', 'build'],
    ]);
    expect(warnings).toEqual([expect.objectContaining({ source: 'registry', file: 'registry/crates/x.dependencies.json', field: 'dependencies[1].crate_id' })]);
  });

  it('skips a packument without a name and warns naming the field', () => {
    const { warnings, sink } = collector();
    expect(parseRegistryFile(JSON.stringify({ 'dist-tags': { latest: '1.0.0' } }), 'registry/npm/p.json', 'npm', sink).fragment).toBeNull();
    expect(warnings[0].field).toBe('name');
  });

  it('warns when reverse dependencies cannot be mapped to crates', () => {
    const { warnings, sink } = collector();
    const json = JSON.stringify({ dependencies: [{ crate_id: 'serde', version_id: 1, kind: 'normal' }] });
    const { shape, fragment } = parseRegistryFile(json, 'registry/crates/serde.reverse_dependencies.json', 'crates', sink);
    expect(shape).toBe('crates-reverse-dependencies');
    expect(fragment!.dependents).toEqual([]);
    expect(warnings[0].field).toBe('versions');
  });

  it(`caps dependents at MAX_DEPENDENTS_PER_PACKAGE (${MAX_DEPENDENTS_PER_PACKAGE}) with a warning`, () => {
    const { warnings, sink } = collector();
    const dependents = Array.from({ length: MAX_DEPENDENTS_PER_PACKAGE + 5 }, (_, i) => `pkg:cargo/dep${String(i).padStart(5, '0')}` as Purl);
    const [merged] = mergeRegistryFragments(
      [{ purl: 'pkg:cargo/core' as Purl, fragment: { registry: 'crates', purlType: 'cargo', name: 'core', file: 'registry/crates/core.reverse_dependencies.json', isPackageDocument: false, dependents } }],
      sink,
    );
    expect(merged.dependents).toHaveLength(MAX_DEPENDENTS_PER_PACKAGE);
    expect(merged.dependents[0]).toBe('pkg:cargo/dep00000');
    expect(warnings).toHaveLength(1);
  });
});
