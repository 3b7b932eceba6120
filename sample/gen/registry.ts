/**
 * Registry responses for the packages the sample repos publish (DESIGN §4.6), in each registry's
 * own JSON shape as in ../shared/realdata/registry: npm packument + downloads point, crates.io
 * crate + dependencies + reverse_dependencies, PyPI JSON + pypistats, Packagist package +
 * downloads + dependents, pub.dev package + metrics + dependency search, deps.dev package,
 * requirements and project batch. Files are named `registry/<registry>/<url-encoded name>.<endpoint>.json`
 * (docs/SNAPSHOT.md) with the endpoint names jobs/collect/registries/registry-requests.ts uses.
 */
import { createRng, seedOf } from './prng.ts';

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
const fileOf = (registry: string, name: string, endpoint: string): string => `registry/${registry}/${encodeURIComponent(name)}.${endpoint}.json`;

/** npm's last-month window ending the day before the snapshot (2026-11-15). */
const NPM_WINDOW = { start: '2026-10-16', end: '2026-11-14' };

interface NpmVersion {
  version: string;
  time: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  deprecated?: string;
}

interface NpmSpec {
  name: string;
  repositoryUrl: string;
  directory?: string;
  created: string;
  versions: NpmVersion[];
  distTags?: Record<string, string>;
  downloads: number;
}

const NPM: readonly NpmSpec[] = [
  {
    name: '@orbitkit/base', repositoryUrl: 'git+https://github.com/orbitkit/orbitkit-base.git', created: '2019-09-20T10:00:00.000Z', downloads: 182340,
    versions: [
      { version: '2.2.0', time: '2025-09-01T09:00:00.000Z', dependencies: { '@noble/curves': '^1.4.0', 'bignumber.js': '^9.1.2' } },
      { version: '2.3.1', time: '2026-10-01T09:00:00.000Z', dependencies: { '@noble/curves': '^1.6.0', 'bignumber.js': '^9.1.2', 'base32.js': '^0.1.0' } },
    ],
  },
  {
    name: '@orbitkit/sdk', repositoryUrl: 'git+https://github.com/OrbitKit/orbitkit-sdk.git', created: '2024-02-19T10:35:00.000Z', downloads: 412775,
    distTags: { latest: '11.0.2', next: '12.0.0-beta.1' },
    versions: [
      { version: '9.0.0', time: '2024-02-19T10:35:00.000Z', dependencies: { '@orbitkit/base': '^2.0.0', axios: '^1.6.0' } },
      { version: '11.0.2', time: '2026-10-28T18:30:00.000Z', dependencies: { '@orbitkit/base': '^2.3.0', axios: '^1.7.7', eventsource: '^2.0.2' } },
      { version: '12.0.0-beta.1', time: '2026-11-10T12:00:00.000Z', dependencies: { '@orbitkit/base': '^2.3.0', axios: '^1.7.7' } },
    ],
  },
  {
    name: 'orbitkit-sdk', repositoryUrl: 'git+https://github.com/orbitkit/orbitkit-sdk.git', created: '2019-10-15T08:00:00.000Z', downloads: 1240,
    versions: [
      { version: '8.1.0', time: '2023-06-01T08:00:00.000Z', dependencies: { axios: '^1.4.0' }, deprecated: 'orbitkit-sdk has moved to @orbitkit/sdk' },
      { version: '8.2.0', time: '2023-12-01T08:00:00.000Z', dependencies: { axios: '^1.6.0' }, deprecated: 'orbitkit-sdk has moved to @orbitkit/sdk' },
    ],
  },
  {
    name: '@orbitkit/react', repositoryUrl: 'https://github.com/orbitkit/orbitkit-react', directory: 'packages/react', created: '2023-03-01T12:00:00.000Z', downloads: 20411,
    versions: [{ version: '1.2.0', time: '2026-07-07T12:00:00.000Z', dependencies: { '@orbitkit/hooks-core': '1.2.0' }, peerDependencies: { react: '^18.0.0 || ^19.0.0', '@orbitkit/sdk': '^11.0.0' } }],
  },
  {
    name: '@orbitkit/hooks-core', repositoryUrl: 'https://github.com/orbitkit/orbitkit-react', directory: 'packages/hooks-core', created: '2025-01-10T12:00:00.000Z', downloads: 19870,
    versions: [{ version: '1.2.0', time: '2026-07-07T12:00:00.000Z', dependencies: { '@orbitkit/sdk': '^11.0.0' } }],
  },
  {
    name: 'lumen-lint', repositoryUrl: 'github:lumen-tools/lumen-lint', created: '2022-09-10T07:00:00.000Z', downloads: 5120,
    versions: [{ version: '0.9.4', time: '2026-09-12T07:00:00.000Z', dependencies: { 'lumen-fmt': '^1.4.0', '@orbitkit/base': '^2.0.0', chalk: '^5.3.0' } }],
  },
  {
    name: 'lumen-fmt', repositoryUrl: 'git+https://github.com/lumen-tools/lumen-fmt.git', created: '2022-09-20T07:00:00.000Z', downloads: 4870,
    versions: [{ version: '1.4.2', time: '2026-08-02T07:00:00.000Z', dependencies: { 'lumen-lint': '^0.9.0', prettier: '^3.3.3' } }],
  },
  {
    name: 'nova-price-lib', repositoryUrl: 'https://github.com/nova-oracle/nova-price-lib.git', created: '2023-05-01T12:00:00.000Z', downloads: 312,
    versions: [{ version: '0.3.2', time: '2026-06-01T12:00:00.000Z', dependencies: { 'bignumber.js': '^9.1.2' } }],
  },
  {
    name: '@zenith-pay/gateway', repositoryUrl: 'git+https://github.com/zenith-pay/zenith-gateway.git', created: '2024-06-01T12:00:00.000Z', downloads: 930,
    versions: [{ version: '0.8.0', time: '2026-10-30T12:00:00.000Z', dependencies: { '@orbitkit/sdk': '^11.0.0', express: '^4.21.0', pino: '^9.4.0' } }],
  },
];

function npmFiles(files: Map<string, string>): void {
  for (const p of NPM) {
    const versions: Record<string, unknown> = {};
    const time: Record<string, string> = { created: p.created, modified: p.versions[p.versions.length - 1].time };
    for (const v of p.versions) {
      versions[v.version] = {
        name: p.name,
        version: v.version,
        repository: { type: 'git', url: p.repositoryUrl, ...(p.directory ? { directory: p.directory } : {}) },
        ...(v.dependencies ? { dependencies: v.dependencies } : {}),
        ...(v.peerDependencies ? { peerDependencies: v.peerDependencies } : {}),
        ...(v.deprecated ? { deprecated: v.deprecated } : {}),
      };
      time[v.version] = v.time;
    }
    const latest = p.distTags ?? { latest: p.versions[p.versions.length - 1].version };
    files.set(fileOf('npm', p.name, 'package'), json({ name: p.name, 'dist-tags': latest, versions, time }));
    files.set(fileOf('npm', p.name, 'downloads'), json({ downloads: p.downloads, start: NPM_WINDOW.start, end: NPM_WINDOW.end, package: p.name }));
  }
}

function cratesFiles(files: Map<string, string>): void {
  const crate = (name: string, repository: string, max: string, recent: number, versions: [string, string][]) =>
    json({
      crate: { name, repository, homepage: null, documentation: `https://docs.rs/${name}`, max_stable_version: max, max_version: versions[0][0], recent_downloads: recent },
      versions: versions.map(([num, created_at]) => ({ num, created_at })),
    });
  const deps = (list: [string, string, string, boolean][]) =>
    json({ dependencies: list.map(([crate_id, req, kind, optional]) => ({ crate_id, req, kind, optional })) });

  const sdkRepo = 'https://github.com/nebula-labs/nebula-sdk';
  files.set(fileOf('crates', 'nebula-sdk', 'crate'), crate('nebula-sdk', sdkRepo, '4.2.0', 268500, [
    ['4.3.0-rc.1', '2026-11-09T10:00:00.000000Z'], ['4.2.0', '2026-10-01T14:10:00.000000Z'], ['4.1.0', '2026-06-12T10:20:00.000000Z'], ['3.9.2', '2025-05-02T09:00:00.000000Z'],
  ]));
  files.set(fileOf('crates', 'nebula-sdk', 'dependencies'), deps([
    ['nebula-sdk-macros', '=4.2.0', 'normal', false], ['nebula-env', '=4.2.0', 'normal', false], ['serde', '^1.0.210', 'normal', false],
    ['ed25519-dalek', '^2.1.1', 'normal', true], ['proptest', '^1.5', 'dev', false], ['rustc_version', '^0.4', 'build', false],
  ]));
  files.set(fileOf('crates', 'nebula-sdk', 'reverse_dependencies.p1'), json({
    dependencies: [
      { id: 90000101, version_id: 7001, crate_id: 'nebula-sdk', req: '^4.2', optional: false, default_features: true, features: [], target: null, kind: 'normal', downloads: 4120 },
      { id: 90000102, version_id: 7002, crate_id: 'nebula-sdk', req: '^4.0', optional: false, default_features: true, features: ['testutils'], target: null, kind: 'dev', downloads: 880 },
      { id: 90000103, version_id: 7003, crate_id: 'nebula-sdk', req: '^3.9', optional: false, default_features: true, features: [], target: null, kind: 'normal', downloads: 1510 },
    ],
    versions: [
      { id: 7001, crate: 'nebula-cli', num: '2.6.1', created_at: '2026-10-20T12:05:00.000000Z', repository: 'https://github.com/nebula-labs/nebula-cli' },
      { id: 7002, crate: 'nebula-test-harness', num: '0.4.0', created_at: '2026-03-01T12:00:00.000000Z', repository: 'https://gitlab.com/harness-dev/nebula-test-harness' },
      { id: 7003, crate: 'comet-contract-bindings', num: '0.2.1', created_at: '2025-07-11T12:00:00.000000Z', repository: null },
    ],
    meta: { total: 3 },
  }));
  files.set(fileOf('crates', 'nebula-env', 'crate'), crate('nebula-env', sdkRepo, '4.2.0', 240300, [['4.2.0', '2026-10-01T14:09:00.000000Z'], ['4.1.0', '2026-06-12T10:19:00.000000Z']]));
  files.set(fileOf('crates', 'nebula-env', 'dependencies'), deps([
    ['thiserror', '^1.0', 'normal', false], ['sha2', '^0.10.8', 'normal', false], ['serde', '^1.0.210', 'normal', false], ['rand', '^0.8', 'normal', false],
  ]));
  files.set(fileOf('crates', 'nebula-sdk-macros', 'crate'), crate('nebula-sdk-macros', sdkRepo, '4.2.0', 251000, [['4.2.0', '2026-10-01T14:08:00.000000Z']]));
  files.set(fileOf('crates', 'nebula-sdk-macros', 'dependencies'), deps([
    ['syn', '^2.0.77', 'normal', false], ['quote', '^1.0', 'normal', false], ['proc-macro2', '^1.0', 'normal', false], ['nebula-env', '=4.2.0', 'normal', false], ['rustc_version', '^0.4', 'build', false],
  ]));
  files.set(fileOf('crates', 'nebula-cli', 'crate'), crate('nebula-cli', 'https://github.com/nebula-labs/nebula-cli', '2.6.1', 36900, [['2.6.1', '2026-10-20T12:05:00.000000Z'], ['2.5.0', '2026-04-02T12:00:00.000000Z']]));
  files.set(fileOf('crates', 'nebula-cli', 'dependencies'), deps([
    ['nebula-sdk', '^4.2', 'normal', false], ['clap', '^4.5', 'normal', false], ['tokio', '^1.40', 'normal', false], ['serde_json', '^1.0', 'normal', false],
    ['reqwest', '^0.12', 'normal', false], ['assert_cmd', '^2.0', 'dev', false], ['predicates', '^3.1', 'dev', false],
  ]));
}

function pypiFiles(files: Map<string, string>): void {
  const pkg = (name: string, version: string, requires: string[], repo: string, releases: [string, string][]) =>
    json({
      info: {
        name, version,
        downloads: { last_day: -1, last_month: -1, last_week: -1 },
        requires_dist: requires,
        project_urls: { Homepage: repo, Source: repo },
        home_page: null,
      },
      releases: Object.fromEntries(releases.map(([v, t]) => [v, [
        { upload_time_iso_8601: t, filename: `${name.replace(/-/g, '_')}-${v}-py3-none-any.whl`, packagetype: 'bdist_wheel' },
        { upload_time_iso_8601: t, filename: `${name.replace(/-/g, '_')}-${v}.tar.gz`, packagetype: 'sdist' },
      ]])),
    });
  files.set(fileOf('pypi', 'pystar-sdk', 'package'), pkg('pystar-sdk', '3.2.0', [
    'requests<3,>=2.31', 'aiohttp>=3.9', 'PyNaCl>=1.5.0', "typing-extensions>=4.6; python_version < \"3.11\"",
    'sphinx>=7; extra == "docs"', 'furo; extra == "docs"', 'pytest>=8; extra == "test"',
  ], 'https://github.com/pystar-dev/pystar', [['3.2.0', '2026-09-02T04:12:30.120000Z'], ['3.1.0', '2026-03-15T02:03:00.000000Z']]));
  files.set(fileOf('pypi', 'pystar-sdk', 'downloads'), json({ data: { last_month: 48210 }, package: 'pystar-sdk', type: 'recent_downloads' }));
  files.set(fileOf('pypi', 'pystar-cli', 'package'), pkg('pystar-cli', '0.4.0', ['pystar-sdk<4.0,>=3.1', 'click<9.0,>=8.1', 'rich<14.0,>=13.7; extra == "rich"'],
    'https://github.com/pystar-dev/pystar-cli', [['0.4.0', '2026-08-14T09:00:00.000000Z']]));
  files.set(fileOf('pypi', 'pystar-cli', 'downloads'), json({ data: { last_month: 690 }, package: 'pystar-cli', type: 'recent_downloads' }));
}

function packagistFiles(files: Map<string, string>): void {
  const version = (name: string, v: string, normalized: string, require: Record<string, string>, url: string, reference: string) =>
    ({ name, version: v, version_normalized: normalized, require, source: { url, type: 'git', reference } });
  const sdk = 'phporbit/orbit-php-sdk';
  const sdkUrl = 'https://github.com/phporbit/orbit-php-sdk.git';
  files.set(fileOf('packagist', sdk, 'package'), json({
    package: {
      name: sdk, description: 'PHP SDK for OrbitKit-compatible Nebula APIs.', favers: 71,
      versions: {
        '1.4.3': version(sdk, '1.4.3', '1.4.3.0', { php: '>=8.1', 'ext-json': '*', 'guzzlehttp/guzzle': '^7.8', 'phpseclib/phpseclib': '^3.0' }, sdkUrl, 'a41c0de'),
        '1.3.0': version(sdk, '1.3.0', '1.3.0.0', { php: '>=8.0', 'guzzlehttp/guzzle': '^7.0' }, sdkUrl, '7be2f19'),
        'dev-main': version(sdk, 'dev-main', '9999999-dev', { php: '>=8.1', 'ext-json': '*', 'guzzlehttp/guzzle': '^7.8', 'phpseclib/phpseclib': '^3.0' }, sdkUrl, 'HEAD'),
      },
    },
  }));
  files.set(fileOf('packagist', sdk, 'downloads'), json({
    package: { name: sdk, downloads: { total: { total: 38211, monthly: 1412, daily: 51 }, versions: { '1.4.3': { total: 6100, monthly: 1010, daily: 37 } } }, favers: 71 },
  }));
  files.set(fileOf('packagist', sdk, 'dependents'), json({
    packages: [
      { name: 'meteor-fi/meteor-php', description: 'PHP client for Meteor DEX.', downloads: 210 },
      { name: 'acme-sample/nebula-anchor-kit', description: 'Anchor toolkit', downloads: 95 },
    ],
  }));
  const meteor = 'meteor-fi/meteor-php';
  files.set(fileOf('packagist', meteor, 'package'), json({
    package: {
      name: meteor, description: 'PHP client for Meteor DEX.', favers: 6,
      versions: { 'dev-main': version(meteor, 'dev-main', '9999999-dev', { php: '^8.2', 'phporbit/orbit-php-sdk': '^1.4' }, 'https://github.com/meteor-fi/meteor-php.git', 'HEAD') },
    },
  }));
  files.set(fileOf('packagist', meteor, 'dependents'), json({ packages: [] }));
}

function pubdevFiles(files: Map<string, string>): void {
  const rng = createRng(seedOf('pubdev-weekly'));
  const weekly = (base: number): number[] => Array.from({ length: 52 }, () => Math.max(0, base + rng.int(-base / 2, base / 2)));
  const metrics = (name: string, version: string, likes: number, base: number) => {
    const w = weekly(base);
    return json({
      score: { grantedPoints: 140, maxPoints: 160, likeCount: likes, downloadCount30Days: w.slice(0, 4).reduce((s, x) => s + x, 0) + rng.int(0, base / 4), tags: ['sdk:dart', 'sdk:flutter', 'platform:android', 'platform:ios', 'is:dart3-compatible'] },
      scorecard: { packageName: name, packageVersion: version, weeklyVersionDownloads: { newestDate: '2026-11-10T00:00:00.000Z', totalWeeklyDownloads: w } },
    });
  };
  const sdkDeps = { http: '^1.2.0', pointycastle: '^3.9.1', pinenacl: '^0.6.0', collection: '^1.18.0' };
  files.set(fileOf('pubdev', 'quasar_sdk', 'package'), json({
    name: 'quasar_sdk',
    latest: { version: '2.1.0', pubspec: { name: 'quasar_sdk', description: 'Dart SDK for Nebula, for Flutter apps.', homepage: 'https://github.com/quasar-mobile/quasar_dart_sdk', dependencies: sdkDeps, dev_dependencies: { test: '^1.25.0', lints: '^4.0.0' } } },
    versions: [
      { version: '2.0.0', pubspec: { name: 'quasar_sdk', dependencies: { http: '^1.1.0', pointycastle: '^3.7.0' } } },
      { version: '2.1.0', pubspec: { name: 'quasar_sdk', dependencies: sdkDeps } },
    ],
  }));
  files.set(fileOf('pubdev', 'quasar_sdk', 'metrics'), metrics('quasar_sdk', '2.1.0', 64, 420));
  files.set(fileOf('pubdev', 'quasar_sdk', 'search'), json({ packages: [{ package: 'quasar_widgets' }, { package: 'nebula_wallet_kit' }] }));
  const widgetDeps = { flutter: { sdk: 'flutter' }, quasar_sdk: '^2.0.0', qr_flutter: '^4.1.0' };
  files.set(fileOf('pubdev', 'quasar_widgets', 'package'), json({
    name: 'quasar_widgets',
    latest: { version: '0.4.1', pubspec: { name: 'quasar_widgets', description: 'Flutter widgets for Nebula wallets.', repository: 'https://github.com/quasar-mobile/quasar_flutter_widgets', dependencies: widgetDeps } },
    versions: [{ version: '0.4.1', pubspec: { name: 'quasar_widgets', dependencies: widgetDeps } }],
  }));
  files.set(fileOf('pubdev', 'quasar_widgets', 'metrics'), metrics('quasar_widgets', '0.4.1', 9, 60));
  files.set(fileOf('pubdev', 'quasar_widgets', 'search'), json({ packages: [] }));
}

function depsdevFiles(files: Map<string, string>): void {
  // One deps.dev project-batch record per repo (the shape of the real export), named like the
  // collector's per-project request: `github.com/<owner>/<repo>` lower-cased, endpoint `project`.
  const project = (key: string, stars: number, forks: number, license: string, description: string): void => {
    files.set(fileOf('depsdev', key, 'project'), json({ [key]: { project_id: key, stars_count: stars, forks_count: forks, license, description, package_versions: [] } }));
  };
  project('github.com/nebula-labs/nebula-vscode', 22, 4, 'MIT', 'VS Code extension for Nebula contract development.');
  project('github.com/javastar/javastar-examples', 9, 7, 'Apache-2.0', 'Example programs for javastar-sdk.');
  project('github.com/nova-oracle/nova-feeds', 33, 8, 'MIT', 'Price feed contracts.');
  project('github.com/meteor-fi/meteor-app', 15, 4, 'MIT', 'Meteor DEX web app.');
  project('github.com/orbitkit/orbitkit-sdk', 638, 209, 'Apache-2.0', 'OrbitKit JavaScript SDK (formerly published as orbitkit-sdk).');
  files.set(fileOf('depsdev', 'pypi:pystar-sdk', 'package'), json({
    system: 'PYPI', name: 'pystar-sdk', purl: 'pkg:pypi/pystar-sdk', default_version: '3.2.0',
    versions: [
      { version: '3.1.0', purl: 'pkg:pypi/pystar-sdk@3.1.0', published_at: '2026-03-15T02:03:00Z', is_default: false },
      { version: '3.2.0', purl: 'pkg:pypi/pystar-sdk@3.2.0', published_at: '2026-09-02T04:12:30Z', is_default: true },
    ],
  }));
  files.set(fileOf('depsdev', 'pypi:pystar-sdk', 'requirements'), json({
    system: 'PYPI', name: 'pystar-sdk', version: '3.2.0',
    requirements: [
      { name: 'requests', version_constraint: '<3,>=2.31' }, { name: 'aiohttp', version_constraint: '>=3.9' },
      { name: 'pynacl', version_constraint: '>=1.5.0' }, { name: 'typing-extensions', version_constraint: '>=4.6' },
    ],
  }));
}

export function registryFiles(): Map<string, string> {
  const files = new Map<string, string>();
  npmFiles(files);
  cratesFiles(files);
  pypiFiles(files);
  packagistFiles(files);
  pubdevFiles(files);
  depsdevFiles(files);
  return files;
}
