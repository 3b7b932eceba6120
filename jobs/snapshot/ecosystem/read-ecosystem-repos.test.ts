import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REALDATA_DIR } from '../../../test/support/paths.ts';
import type { RawRepo, SnapshotWarning } from '../types.ts';
import { readEcosystemRepos } from './read-ecosystem-repos.ts';
import { readSboms } from '../sbom/read-sboms.ts';

function collector(): { warnings: SnapshotWarning[]; warn: (w: SnapshotWarning) => void } {
  const warnings: SnapshotWarning[] = [];
  return { warnings, warn: (w) => warnings.push(w) };
}

describe('readEcosystemRepos on the real snapshot', () => {
  const sink = collector();
  const started = performance.now();
  const repos = readEcosystemRepos(REALDATA_DIR, sink);
  const elapsedMs = performance.now() - started;
  const readme = fs.readFileSync(path.join(REALDATA_DIR, 'ecosystem/README.md'), 'utf8');

  it('reads 49 repos, sorted by id, in well under 5 seconds', () => {
    expect(repos).toHaveLength(49);
    expect(repos.map((r) => r.id)).toEqual([...repos.map((r) => r.id)].sort());
    expect(elapsedMs).toBeLessThan(5000);
  });

  it('finds as many manifests of each kind as the README lists', () => {
    const line = /Manifests by type: ([^\n]+(?:\n[^\n]+)?)/.exec(readme)![1]!;
    const expected = Object.fromEntries([...line.matchAll(/([\w.]+) (\d+)/g)].map((m) => [m[1], Number(m[2])]));
    const counted: Record<string, number> = {};
    for (const r of repos) for (const m of r.manifests) counted[m.kind] = (counted[m.kind] ?? 0) + 1;
    expect(counted).toEqual(expected);
    expect(expected['Cargo.toml']).toBe(586);
    for (const r of repos) expect(r.manifests.map((m) => m.path)).toEqual([...r.manifests.map((m) => m.path)].sort());
  });

  it('reads every commit of every full log, and repo facts from repo.json', () => {
    expect(repos.reduce((n, r) => n + r.commits.length, 0)).toBe(33_893);
    expect(repos.every((r) => r.logCoverage === 'full')).toBe(true);
    const go = repos.find((r) => r.id === 'pkg:github/stellar/go')!;
    expect(go).toMatchObject({ fullName: 'stellar/go', url: 'https://github.com/stellar/go', defaultBranch: 'master', headCommit: 'aab2ea4aca889ebebb11148a542e2165a0778f9a', headCommitDate: '2025-12-10T10:05:31Z', firstCommitDate: '2016-08-04T20:27:30Z', commitCountAll: 4528, github: null, unreachable: null, mailmap: [], releases: [] });
    expect(go.manifests.map((m) => m.publishes)).toEqual(['pkg:golang/github.com/stellar/go']);
    expect(go.commits[0]!.sha).toBe('aab2ea4aca889ebebb11148a542e2165a0778f9a'); // newest first
  });

  it('resolves Cargo workspace inheritance across the repo (OpenZeppelin/stellar-contracts)', () => {
    const oz = repos.find((r) => r.id === 'pkg:github/openzeppelin/stellar-contracts')!;
    const tokens = oz.manifests.find((m) => m.path === 'packages/tokens/Cargo.toml')!;
    expect(tokens.dependencies.find((d) => d.purl === 'pkg:cargo/soroban-sdk' && d.scope === 'runtime')).toMatchObject({ internal: false, versionRange: '26.1.0' });
    const published = oz.manifests.filter((m) => m.publishes && !m.isPrivate && !m.isExampleOrTest);
    expect(published.every((m) => m.path.startsWith('packages/'))).toBe(true);
    expect(oz.manifests.some((m) => m.isExampleOrTest)).toBe(true);
  });

  it('warns only about genuine problems', () => {
    // The one real problem: a scaffold template crate inheriting loam-* crates its workspace root does not declare.
    expect(sink.warnings.every((w) => w.message.startsWith('workspace = true but'))).toBe(true);
  });
});

describe('readEcosystemRepos on a hand-made snapshot', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-atlas-eco-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const write = (rel: string, text: string): void => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };
  const sha = 'b'.repeat(40);
  const dir = 'ecosystem/repos/Acme/Widget';
  write(`${dir}/repo.json`, JSON.stringify({ full_name: 'Acme/Widget', url: 'https://github.com/Acme/Widget', default_branch: 'main', head_commit: sha, head_commit_date: '2026-01-01T10:00:00+02:00', first_commit_date: 'long ago', commit_count_all: 'many' }));
  write(`${dir}/github.json`, JSON.stringify({ stargazers_count: 12, forks_count: -1, archived: true, pushed_at: '2026-01-02T00:00:00Z', license: { spdx_id: 'NOASSERTION' }, topics: ['z', 'a'], description: 'A widget' }));
  write(`${dir}/releases.json`, JSON.stringify([{ tag_name: 'v1.0.0', name: 'One', published_at: '2025-06-01T12:00:00Z' }, { name: 'no tag' }, { tag_name: 'v0.9.0', name: null, published_at: null }]));
  write(`${dir}/status.json`, JSON.stringify({ unreachable: 'not found' }));
  write(`${dir}/gitlog.txt`, `${[sha, 'Dev', 'dev@example.invalid', '2025-12-31T23:30:00-05:00', 'GitHub', 'noreply@github.com', ''].join('\0')}\nbroken line\n`);
  write(`${dir}/mailmap`, 'Proper Dev <dev@example.invalid>\n');
  write(`${dir}/manifests/package.json`, JSON.stringify({ name: 'widget', dependencies: { left: '1' } }));
  write(`${dir}/manifests/examples/demo/package.json`, JSON.stringify({ name: 'demo', dependencies: { widget: 'workspace:*' } }));
  write(`${dir}/manifests/README.md`, 'not a manifest');
  write(`${dir}/manifests/.pg-atlas/sbom.spdx.json`, JSON.stringify({ spdxVersion: 'SPDX-2.3', SPDXID: 'SPDXRef-DOCUMENT', name: 'widget', packages: [{ SPDXID: 'SPDXRef-root', name: 'widget' }, { SPDXID: 'SPDXRef-l', name: 'left', versionInfo: '1.0.0', externalRefs: [{ referenceType: 'purl', referenceLocator: 'pkg:npm/left@1.0.0' }] }], relationships: [{ spdxElementId: 'SPDXRef-DOCUMENT', relatedSpdxElement: 'SPDXRef-root', relationshipType: 'DESCRIBES' }] }));
  write('ecosystem/repos/acme/empty/.keep', '');

  const sink = collector();
  const repos = readEcosystemRepos(root, sink);
  const widget = repos.find((r) => r.id === 'pkg:github/acme/widget') as RawRepo;

  it('reads every optional file, dropping bad fields with a warning', () => {
    expect(repos.map((r) => r.id)).toEqual(['pkg:github/acme/empty', 'pkg:github/acme/widget']);
    expect(widget).toMatchObject({
      fullName: 'Acme/Widget',
      defaultBranch: 'main',
      headCommitDate: '2026-01-01T08:00:00Z',
      firstCommitDate: null,
      commitCountAll: null,
      github: { stars: 12, forks: null, archived: true, pushedAt: '2026-01-02T00:00:00Z', license: null, topics: ['a', 'z'], description: 'A widget' },
      unreachable: 'not found',
      logCoverage: 'window',
      mailmap: [{ properName: 'Proper Dev', properEmail: null, commitName: null, commitEmail: 'dev@example.invalid' }],
      releases: [
        { tag: 'v1.0.0', name: 'One', publishedAt: '2025-06-01T12:00:00Z' },
        { tag: 'v0.9.0', name: null, publishedAt: null },
      ],
    });
    expect(widget.commits.map((c) => c.authorDateUtc)).toEqual(['2026-01-01T04:30:00Z']);
    expect(widget.manifests.map((m) => [m.path, m.isExampleOrTest])).toEqual([
      ['examples/demo/package.json', true],
      ['package.json', false],
    ]);
    const fields = sink.warnings.map((w) => `${w.file.replace(`${dir}/`, '')} ${w.field ?? ''}`.trim());
    expect(fields).toEqual(expect.arrayContaining(['repo.json commit_count_all', 'repo.json first_commit_date', 'github.json forks_count', 'releases.json [1].tag_name', 'gitlog.txt', 'ecosystem/repos/acme/empty/repo.json']));
  });

  it('gives an empty repo folder defaults, not an error', () => {
    const empty = repos.find((r) => r.id === 'pkg:github/acme/empty')!;
    expect(empty).toMatchObject({ fullName: 'acme/empty', url: 'https://github.com/acme/empty', logCoverage: 'none', commits: [], manifests: [], github: null });
  });

  it('readSboms picks up the team-declared SBOM with the repo as provenance', () => {
    const docs = readSboms(root, collector());
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ file: `${dir}/manifests/.pg-atlas/sbom.spdx.json`, provenance: 'declared-sbom', repoId: 'pkg:github/acme/widget', rootIds: ['SPDXRef-root'] });
  });
});
