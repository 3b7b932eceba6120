/**
 * A complete fake upstream world for collect tests (and the integrator's collect-then-build test):
 * OpenGrants, GitHub, npm, crates.io, deps.dev on one loopback server, plus a real git repository
 * served over file://. OpenGrants records are small hand-made DAOIP-5 envelopes (the real 602-project
 * file would make every test crawl hundreds of repos); registry and SBOM bodies are the real upstream
 * responses of ../shared/realdata, read in place.
 */
import path from 'node:path';
import { REALDATA_DIR } from '../../../test/support/paths.ts';
import type { Endpoints } from '../endpoints.ts';
import { startFakeUpstream } from './fake-upstream.ts';
import type { FakeUpstream } from './fake-upstream.ts';
import { createFixtureRepo } from './git-fixture.ts';

const EXT = 'org.stellar.communityfund';
const envelope = (data: unknown[]) => ({ '@context': 'http://www.daostar.org/schemas', data, pagination: { totalCount: data.length, totalPages: 1, currentPage: 1, limit: 100, offset: 0, hasNext: false, hasPrevious: false } });

export const WORLD_PROJECTS = envelope([
  {
    type: 'Project',
    id: 'daoip-5:scf:project:demo',
    name: 'Demo',
    description: 'A demo public good.',
    socials: [{ name: 'GitHub', value: 'https://github.com/Demo-Org' }],
    extensions: { [EXT]: { [`${EXT}.integrationStatus`]: 'Mainnet', [`${EXT}.category`]: 'Developer Tooling' } },
  },
  {
    type: 'Project',
    id: 'daoip-5:scf:project:school',
    name: 'School',
    description: 'Education; listed, not crawled.',
    socials: [{ name: 'GitHub', value: 'https://github.com/school-org/course' }],
    extensions: { [EXT]: { [`${EXT}.integrationStatus`]: 'Mainnet', [`${EXT}.category`]: 'Education & Community' } },
  },
]);

export const WORLD_POOLS = envelope([{ type: 'GrantPool', id: 'daoip-5:scf:grantPool:scf_#30', name: 'SCF #30', isOpen: false }]);

export const WORLD_APPLICATIONS = envelope([
  {
    type: 'GrantApplication',
    id: 'daoip-5:scf:grantApplication:1',
    projectId: 'daoip-5:scf:project:tool',
    grantPoolId: 'daoip-5:scf:grantPool:scf_#30',
    extensions: { [EXT]: { [`${EXT}.code`]: 'https://github.com/other-org/tool', [`${EXT}.round`]: 'SCF #30' } },
  },
]);

export const WORLD_REPO_LISTING = [
  { name: 'demo-repo', full_name: 'Demo-Org/demo-repo', fork: false, archived: false, pushed_at: '2025-06-01T00:00:00Z', default_branch: 'main', stargazers_count: 12, forks_count: 3, topics: ['stellar'], license: { spdx_id: 'Apache-2.0' } },
  { name: 'forked-lib', full_name: 'Demo-Org/forked-lib', fork: true, pushed_at: '2025-06-01T00:00:00Z' },
];

const reg = (rel: string) => path.join(REALDATA_DIR, 'registry', rel);

export interface FakeWorld {
  fake: FakeUpstream;
  endpoints: Partial<Endpoints>;
  remotes: string;
  /** Paths (with query) of the main routes, for call counting in tests. */
  paths: { projects: string; pools: string; applications: string; ownerRepos: string; sbom: string };
  close(): Promise<void>;
}

/** Starts the world; `remotes` is a folder where the fixture git repo is created. */
export async function startFakeWorld(remotes: string): Promise<FakeWorld> {
  const fake = await startFakeUpstream();
  createFixtureRepo(remotes, 'Demo-Org', 'demo-repo');
  const paths = {
    projects: '/og/projects?system=scf&limit=100&page=1',
    pools: '/og/grantPools?system=scf&limit=100&page=1',
    applications: `/og/grantApplications?system=scf&poolId=${encodeURIComponent('daoip-5:scf:grantPool:scf_#30')}&limit=100&page=1`,
    ownerRepos: '/gh/users/Demo-Org/repos?per_page=100&type=owner&sort=full_name&page=1',
    sbom: '/gh/repos/Demo-Org/demo-repo/dependency-graph/sbom',
  };
  fake.route(paths.projects, { body: WORLD_PROJECTS, etag: '"p1"' });
  fake.route(paths.pools, { body: WORLD_POOLS });
  fake.route(paths.applications, { body: WORLD_APPLICATIONS });
  fake.route(paths.ownerRepos, { body: WORLD_REPO_LISTING });
  fake.route(paths.sbom, { file: path.join(REALDATA_DIR, 'sbom/withObsrvr__nebu.spdx.json') });
  fake.route('/gh/repos/Demo-Org/demo-repo/releases?per_page=100', { body: [{ tag_name: 'v1.0.1', published_at: '2025-03-02T00:00:00Z' }] });
  // npm: @demo/lib (the fixture repo's packages/lib) answered with the real @npmcli/arborist responses.
  fake.route('/npm/@demo%2Flib', { file: reg('npm/npm_package.json') });
  fake.route('/npmdl/@demo/lib', { file: reg('npm/npm_downloads.json') });
  // crates.io: demo-core answered with the real serde responses (max_stable_version 1.0.228).
  fake.route('/crates/crates/demo-core', { file: reg('crates/crates_package.json') });
  fake.route('/crates/crates/demo-core/1.0.228/dependencies', { file: reg('crates/crates_dependencies.json') });
  fake.route('/crates/crates/demo-core/reverse_dependencies?page=1&per_page=10', { file: reg('crates/crates_reverse_dependencies.json') });
  // deps.dev
  fake.route('/depsdev/systems/NPM/packages/%40demo%2Flib', { file: reg('depsdev/depsdev_package_stellar_sdk.json') });
  fake.route('/depsdev/systems/NPM/packages/%40demo%2Flib/versions/11.1.0:requirements', { file: reg('depsdev/depsdev_requirements_stellar_sdk.json') });
  fake.route(`/depsdev/projects/${encodeURIComponent('github.com/demo-org/demo-repo')}`, { file: reg('depsdev/depsdev_project_batch_stellarcn.json') });
  const endpoints: Partial<Endpoints> = {
    opengrants: `${fake.url}/og`,
    github: `${fake.url}/gh`,
    git: `file://${remotes}/{owner}/{repo}`,
    npmRegistry: `${fake.url}/npm`,
    npmDownloads: `${fake.url}/npmdl`,
    crates: `${fake.url}/crates`,
    pypi: `${fake.url}/pypi`,
    pypistats: `${fake.url}/pypistats`,
    packagist: `${fake.url}/packagist`,
    pubdev: `${fake.url}/pubdev`,
    depsdev: `${fake.url}/depsdev`,
  };
  return { fake, endpoints, remotes, paths, close: () => fake.close() };
}
