import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HttpClient } from '../http/client.ts';
import { resolveEndpoints } from '../endpoints.ts';
import { SourceRecorder } from '../snapshot-writer/source-status.ts';
import type { CollectorEnv } from '../collector-env.ts';
import { startFakeUpstream } from '../testing/fake-upstream.ts';
import type { FakeUpstream } from '../testing/fake-upstream.ts';
import { testContext } from '../testing/test-context.ts';
import { writeFiles } from '../testing/git-fixture.ts';
import { REALDATA_DIR } from '../../../test/support/paths.ts';
import { repoIdOf } from '../../ids/repo-id.ts';
import { collectRegistries } from './collect-registries.ts';
import { publishedPackages } from './published-packages.ts';

let fake: FakeUpstream;
let tmp: string;
beforeEach(async () => {
  fake = await startFakeUpstream();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-atlas-reg-'));
});
afterEach(async () => {
  await fake.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const reg = (rel: string) => path.join(REALDATA_DIR, 'registry', rel);

function envFor(stage: string, previous: string | null = null): CollectorEnv & { ctx: ReturnType<typeof testContext> } {
  const ctx = testContext();
  const u = fake.url;
  return {
    ctx,
    http: new HttpClient(ctx, { cacheDir: null }),
    stage,
    previous,
    endpoints: resolveEndpoints({ pypi: `${u}/pypi`, pypistats: `${u}/pypistats`, packagist: `${u}/packagist`, pubdev: `${u}/pubdev`, depsdev: `${u}/depsdev`, crates: `${u}/crates`, npmRegistry: `${u}/npm`, npmDownloads: `${u}/npmdl` }),
    recorder: new SourceRecorder(),
    asOf: '2026-08-23',
  };
}

describe('published packages (pure)', () => {
  it('reads names from the five manifest kinds and skips private, unpublished and example/test paths', () => {
    const found = publishedPackages([
      { path: 'package.json', text: '{"name":"root","private":true}' },
      { path: 'packages/sdk/package.json', text: '{"name":"@stellar/stellar-sdk"}' },
      { path: 'examples/app/package.json', text: '{"name":"example-app"}' },
      { path: 'Cargo.toml', text: '[workspace]\nmembers = ["soroban-sdk"]\n' },
      { path: 'soroban-sdk/Cargo.toml', text: '[package]\nname = "soroban-sdk"\n' },
      { path: 'tests/fixture/Cargo.toml', text: '[package]\nname = "test-fixture"\n' },
      { path: 'internal/Cargo.toml', text: '[package]\nname = "internal"\npublish = false\n' },
      { path: 'pyproject.toml', text: '[project]\nname = "stellar-sdk"\n' },
      { path: 'composer.json', text: '{"name":"soneso/stellar-php-sdk"}' },
      { path: 'pubspec.yaml', text: 'name: stellar_flutter_sdk\n' },
      { path: 'broken/package.json', text: '{not json' },
    ]);
    expect(found.map((p) => `${p.registry}:${p.name}`)).toEqual(['crates:soroban-sdk', 'npm:@stellar/stellar-sdk', 'packagist:soneso/stellar-php-sdk', 'pubdev:stellar_flutter_sdk', 'pypi:stellar-sdk']);
  });
});

describe('registries collector on the real registry responses', () => {
  it('collects PyPI + pypistats, Packagist, pub.dev and deps.dev, retrying a 429', async () => {
    const stage = path.join(tmp, 'stage');
    writeFiles(path.join(stage, 'ecosystem/repos/Soneso/sdks/manifests'), {
      'pyproject.toml': '[project]\nname = "requests"\n',
      'composer.json': '{"name":"soneso/stellar-php-sdk"}',
      'pubspec.yaml': 'name: stellar_flutter_sdk\n',
    });
    fake.route('/pypi/requests/json', { file: reg('pypi/pypi_package.json') });
    fake.route('/pypistats/requests/recent', [{ status: 429, headers: { 'retry-after': 'later please' } }, { file: reg('pypi/pypi_stats_recent.json') }]);
    fake.route('/packagist/packages/soneso/stellar-php-sdk.json', { file: reg('packagist/packagist_package.json') });
    fake.route('/packagist/packages/soneso/stellar-php-sdk/downloads.json', { file: reg('packagist/packagist_downloads.json') });
    fake.route('/packagist/packages/soneso/stellar-php-sdk/dependents.json', { file: reg('packagist/packagist_dependents.json') });
    fake.route('/pubdev/packages/stellar_flutter_sdk', { file: reg('pubdev/pubdev_package.json') });
    fake.route('/pubdev/packages/stellar_flutter_sdk/metrics', { file: reg('pubdev/pubdev_metrics.json') });
    fake.route('/pubdev/search?q=dependency%3Astellar_flutter_sdk', { file: reg('pubdev/pubdev_search.json') });
    fake.route('/depsdev/systems/PYPI/packages/requests', { file: reg('depsdev/depsdev_package_stellar_sdk.json') });
    fake.route('/depsdev/systems/PYPI/packages/requests/versions/11.1.0:requirements', { file: reg('depsdev/depsdev_requirements_stellar_sdk.json') });
    const env = envFor(stage);
    await collectRegistries(env, [{ owner: 'Soneso', repo: 'sdks', id: repoIdOf('Soneso', 'sdks'), pushedAt: null }]);
    expect(env.recorder.state()).toBe('ok');
    expect(fake.count('/pypistats/requests/recent')).toBe(2);
    expect(env.ctx.sleeps).toHaveLength(1);
    const files = (r: string) => fs.readdirSync(path.join(stage, 'registry', r)).sort();
    expect(files('pypi')).toEqual(['requests.downloads.json', 'requests.package.json']);
    expect(files('packagist')).toEqual(['soneso%2Fstellar-php-sdk.dependents.json', 'soneso%2Fstellar-php-sdk.downloads.json', 'soneso%2Fstellar-php-sdk.package.json']);
    expect(files('pubdev')).toEqual(['stellar_flutter_sdk.metrics.json', 'stellar_flutter_sdk.package.json', 'stellar_flutter_sdk.search.json']);
    expect(files('depsdev')).toEqual(['pypi%3Arequests.package.json', 'pypi%3Arequests.requirements.json']);
    expect(fs.readFileSync(path.join(stage, 'registry/pubdev/stellar_flutter_sdk.metrics.json')).equals(fs.readFileSync(reg('pubdev/pubdev_metrics.json')))).toBe(true);
    // deps.dev project of the repo: absent upstream (404) is not an error.
    expect(env.recorder.counts.absent).toBeGreaterThanOrEqual(1);
  });

  it('pages crates.io reverse dependencies within the cap and keeps a failing package’s previous files', async () => {
    const stage = path.join(tmp, 'stage');
    writeFiles(path.join(stage, 'ecosystem/repos/o/r/manifests'), { 'Cargo.toml': '[package]\nname = "serde"\n', 'js/package.json': '{"name":"flaky-pkg"}' });
    const full = JSON.parse(fs.readFileSync(reg('crates/crates_reverse_dependencies.json'), 'utf8'));
    const tenDeps = { ...full, dependencies: Array.from({ length: 10 }, (_, i) => ({ ...full.dependencies[0], id: i })), meta: { total: 12 } };
    fake.route('/crates/crates/serde', { file: reg('crates/crates_package.json') });
    fake.route('/crates/crates/serde/1.0.228/dependencies', { file: reg('crates/crates_dependencies.json') });
    fake.route('/crates/crates/serde/reverse_dependencies?page=1&per_page=10', { body: tenDeps });
    fake.route('/crates/crates/serde/reverse_dependencies?page=2&per_page=10', { file: reg('crates/crates_reverse_dependencies.json') });
    fake.route('/npm/flaky-pkg', { status: 503 });
    const previous = path.join(tmp, 'previous');
    writeFiles(previous, { 'registry/npm/flaky-pkg.package.json': '{"name":"flaky-pkg","dist-tags":{"latest":"1.0.0"}}' });
    const env = envFor(stage, previous);
    await collectRegistries(env, [{ owner: 'o', repo: 'r', id: repoIdOf('o', 'r'), pushedAt: null }]);
    expect(fake.count('/crates/crates/serde/reverse_dependencies?page=3&per_page=10')).toBe(0);
    expect(fs.readdirSync(path.join(stage, 'registry/crates')).sort()).toEqual(['serde.crate.json', 'serde.dependencies.json', 'serde.reverse_dependencies.p1.json', 'serde.reverse_dependencies.p2.json']);
    expect(fake.count('/npm/flaky-pkg')).toBe(3);
    expect(env.recorder.state()).toBe('partial');
    expect(env.recorder.errors[0]).toMatch(/npm flaky-pkg/);
    expect(fs.readFileSync(path.join(stage, 'registry/npm/flaky-pkg.package.json'), 'utf8')).toContain('1.0.0');
  });
});
