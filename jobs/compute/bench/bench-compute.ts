/**
 * Whole compute stage at scale: a synthetic raw snapshot shaped like the real ecosystem (DESIGN
 * §10: ~640 projects, ~2,650 repos, ~9,000 edges) at 1×, 3× and 10×, through model, metrics,
 * layouts and the SQLite writer. Prints time per stage, peak memory, and the atlas size.
 *
 *   node jobs/compute/bench/bench-compute.ts [scale …]     (default: 1 3 10)
 *
 * The generator is seeded , so a scale always produces the same snapshot.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { purlFor } from '../../ids/purl.ts';
import type { ProjectId } from '../../ids/project-id.ts';
import { repoIdOf } from '../../ids/repo-id.ts';
import type { GitCommit, OgProject, RawRepo, RawSnapshot, SourceStatus } from '../../snapshot/types.ts';
import { writeAtlas } from '../../publish/write-atlas.ts';
import { computeAtlas } from '../compute-atlas.ts';
import { seededRandom } from './seeded-random.ts';

/** Real-scale counts at 1× (DESIGN §10). */
const BASE = { projects: 640, repos: 2650, edges: 9000, externals: 1500, commitsPerRepo: 40 };

export function syntheticSnapshot(scale: number): RawSnapshot {
  const rnd = seededRandom(42 + scale);
  const n = { projects: BASE.projects * scale, repos: BASE.repos * scale, edges: BASE.edges * scale, externals: BASE.externals * scale };
  const statuses = ['Mainnet', 'Development', 'Abandoned', 'Unknown', 'Testnet'];
  const projects: OgProject[] = [];
  for (let i = 0; i < n.projects; i++) {
    projects.push({
      id: `daoip-5:scf:project:p${i}` as ProjectId, name: `Project ${i}`, description: null,
      socials: [{ name: 'GitHub', value: `https://github.com/org${i}` }], integrationStatus: statuses[Math.floor(rnd() * statuses.length)],
      category: 'Developer Tooling', website: null, githubExtension: null, xExtension: null, openSource: true,
      totalAwardedUSD: Math.round(rnd() * 100000), totalPaidUSD: null, awardedSubmissionsCount: 1,
    });
  }
  // Repos: most belong to a project's org; rank 0.. are base libraries that many depend on.
  const repos: RawRepo[] = [];
  const asOf = '2026-08-23';
  const people = Math.max(50, Math.round(n.repos * 1.2));
  for (let r = 0; r < n.repos; r++) {
    const owner = r < n.repos * 0.85 ? `org${r % n.projects}` : `loose${r}`;
    const name = `repo${r}`;
    const commits: GitCommit[] = [];
    const authors = 1 + Math.floor(rnd() * 6);
    for (let c = 0; c < BASE.commitsPerRepo; c++) {
      const who = (r * 7 + Math.floor(rnd() * authors) * 13) % people;
      const day = Math.floor(rnd() * 900);
      const date = new Date(Date.parse(`${asOf}T00:00:00Z`) - (day + 1) * 86400000).toISOString().replace(/\.\d{3}Z$/, 'Z');
      commits.push({ sha: `${r}-${c}`.padEnd(40, '0'), authorName: `Dev ${who}`, authorEmail: `dev${who}@example.org`, authorDateUtc: date, committerName: 'GitHub', committerEmail: 'noreply@github.com', coAuthors: [] });
    }
    commits.sort((a, b) => (a.authorDateUtc < b.authorDateUtc ? 1 : -1));
    repos.push({
      id: repoIdOf(owner, name), fullName: `${owner}/${name}`, url: `https://github.com/${owner}/${name}`, defaultBranch: 'main',
      headCommit: null, headCommitDate: commits[0]?.authorDateUtc ?? null, firstCommitDate: null, commitCountAll: BASE.commitsPerRepo,
      github: { stars: Math.floor(rnd() * 500), forks: Math.floor(rnd() * 80), archived: false, pushedAt: null, license: 'MIT', topics: [], description: null },
      unreachable: null, commits, logCoverage: 'full', mailmap: [], releases: [],
      manifests: [{ path: 'package.json', kind: 'package.json', publishes: purlFor('npm', `pkg-${r}`), isPrivate: false, isExampleOrTest: false, dependencies: [] }],
    });
  }
  // Edges: dependent → a lower-ranked repo's package (skewed to the base) or an external package.
  for (let e = 0; e < n.edges; e++) {
    const from = 1 + Math.floor(rnd() * (n.repos - 1));
    const deps = repos[from].manifests[0].dependencies;
    if (rnd() < 0.6) {
      const to = Math.floor(Math.pow(rnd(), 3) * from);
      deps.push({ purl: purlFor('npm', `pkg-${to}`), versionRange: '^1.0.0', scope: rnd() < 0.85 ? 'runtime' : 'dev', internal: false });
    } else {
      const x = Math.floor(Math.pow(rnd(), 2) * n.externals);
      deps.push({ purl: purlFor('npm', `external-${x}`), versionRange: '^2.0.0', scope: 'runtime', internal: false });
    }
  }
  const status = (name: string, records: number): SourceStatus => ({ name, state: 'ok', records, warnings: 0, errors: [] });
  return {
    root: '(synthetic)', asOf, label: `synthetic ${scale}x`,
    sources: { opengrants: status('opengrants', projects.length), ecosystem: status('ecosystem', repos.length) },
    opengrants: { projects, pools: [], applications: [] }, overrides: [], repos, sboms: [], registry: [], popularity: [], funding: [], warnings: [],
  };
}

function time<T>(run: () => T): [T, number] {
  const t = performance.now();
  const result = run();
  return [result, performance.now() - t];
}

if (import.meta.main) {
const scales = process.argv.slice(2).map(Number).filter((x) => x > 0);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'pg-atlas-bench-'));
console.log('scale | projects | repos | externals | edges | blast rows | generate s | compute s | write s | atlas MB | gzip MB | peak RSS MB');
console.log('---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:');
for (const scale of scales.length ? scales : [1, 3, 10]) {
  const [snapshot, genMs] = time(() => syntheticSnapshot(scale));
  const [computed, computeMs] = time(() => computeAtlas(snapshot, { buildVersion: 'bench' }));
  const file = path.join(tmp, `atlas-${scale}.sqlite`);
  const [, writeMs] = time(() => writeAtlas(file, computed.tables));
  const bytes = statSync(file).size;
  const gz = gzipSync(readFileSync(file)).length;
  const c = computed.summary.counts;
  const mb = (x: number) => (x / 1024 / 1024).toFixed(1);
  console.log(`${scale}× | ${c.projects} | ${c.repos} | ${c.externalPackages} | ${c.edges} | ${computed.tables.transitive_dependents.length} | ${(genMs / 1000).toFixed(1)} | ${(computeMs / 1000).toFixed(1)} | ${(writeMs / 1000).toFixed(1)} | ${mb(bytes)} | ${mb(gz)} | ${mb(process.resourceUsage().maxRSS * 1024)}`);
}
rmSync(tmp, { recursive: true, force: true });
}
