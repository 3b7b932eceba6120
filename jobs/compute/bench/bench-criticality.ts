/**
 * Benchmark of the graph metrics at real scale and beyond (DESIGN §10: 5–10k vertices /
 * 50–100k edges comfortable, 100k / 1M must work). Generates seeded, reproducible dependency-like
 * graphs — mostly acyclic with hub-heavy dependencies, plus 1% of edges that close 2- and
 * 3-cycles (two modes, see BENCH_CYCLE_MODES) — and times activeSubgraph, criticality and projectCriticality on each.
 *
 * Each size runs in its own Node process so peak RSS is per size. Results go to stdout as a
 * Markdown table (docs/BENCHMARKS.md records them). Run: `npm run bench` (all cases) or
 * `node jobs/compute/bench/bench-criticality.ts 10000 [edges [local|giant]]` (one case).
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { activeSubgraph } from '../metrics/active-subgraph.ts';
import { criticality } from '../metrics/criticality.ts';
import { indexGraph, type DependencyGraph } from '../metrics/dependency-graph.ts';
import { stronglyConnectedComponents } from '../metrics/strongly-connected.ts';
import { projectCriticality } from '../metrics/project-criticality.ts';
import { seededRandom } from './seeded-random.ts';

/** Sizes benchmarked: vertices and edges (10 edges per vertex, DESIGN §10's ratio). */
export const BENCH_SIZES = [
  { vertices: 1_000, edges: 10_000 },
  { vertices: 10_000, edges: 100_000 },
  { vertices: 100_000, edges: 1_000_000 },
] as const;

/** Share of edges that close a cycle. */
export const BENCH_CYCLE_SHARE = 0.01;

/**
 * How cycles are closed. `local`: between vertices of adjacent ranks (r → r−1 → r, or
 * r → r−1 → r−2 → r), so components stay small, as in real dependency graphs. `giant`: over a
 * random existing edge x → y (y → x, or z → x via y → z); in a dense DAG every vertex on a path
 * from x to y joins the cycle, so components chain into one giant one — a stress case for Tarjan
 * and the best case for the condensation.
 */
export const BENCH_CYCLE_MODES = ['local', 'giant'] as const;
export type CycleMode = (typeof BENCH_CYCLE_MODES)[number];

/** Share of vertices that are active repos. */
export const BENCH_ACTIVE_SHARE = 0.6;
/** Repos per project in the project-criticality run. */
export const BENCH_REPOS_PER_PROJECT = 4;
const SEED = 20260823;


/**
 * Vertex at rank r depends on lower ranks, skewed towards rank 0 (base libraries everyone uses);
 * BENCH_CYCLE_SHARE of the edges close cycles, as `mode` says.
 */
export function generateGraph(n: number, m: number, mode: CycleMode, seed: number = SEED): { graph: DependencyGraph; active: Set<string> } {
  const rng = seededRandom(seed);
  const width = String(n).length;
  const vertices = Array.from({ length: n }, (_, i) => `v${String(i).padStart(width, '0')}`);
  // Ranks are a random permutation so id order and topological order differ.
  const byRank = vertices.slice();
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [byRank[i], byRank[j]] = [byRank[j], byRank[i]];
  }
  const lastDependency = new Int32Array(n).fill(-1);
  const from: number[] = [];
  const to: number[] = [];
  while (from.length < m) {
    let a: number;
    let b: number;
    if (mode === 'local' && rng() < BENCH_CYCLE_SHARE) {
      // r → r−1 and back to r, directly or through r−2.
      const r = 2 + Math.floor(rng() * (n - 2));
      if (rng() < 0.5) {
        from.push(r, r - 1);
        to.push(r - 1, r);
      } else {
        from.push(r, r - 1, r - 2);
        to.push(r - 1, r - 2, r);
      }
      continue;
    }
    if (mode === 'giant' && from.length > 0 && rng() < BENCH_CYCLE_SHARE) {
      const e = Math.floor(rng() * from.length);
      const z = lastDependency[to[e]];
      [a, b] = rng() < 0.5 || z === -1 ? [to[e], from[e]] : [z, from[e]];
    } else {
      a = 1 + Math.floor(rng() * (n - 1));
      b = Math.floor(a * rng() * rng());
    }
    if (a === b) continue;
    from.push(a);
    to.push(b);
    lastDependency[a] = b;
  }
  from.length = to.length = m;
  const edges: Array<[string, string]> = from.map((a, i) => [byRank[a], byRank[to[i]]]);
  const active = new Set(vertices.filter(() => rng() < BENCH_ACTIVE_SHARE));
  return { graph: { vertices, edges }, active };
}

interface Timing {
  wallMs: number;
  /** User + system CPU time of this process: less sensitive than wall time to other load. */
  cpuMs: number;
}

interface Row {
  vertices: number;
  edges: number;
  mode: CycleMode;
  members: number;
  components: number;
  largestComponent: number;
  activeSubgraph: Timing;
  criticality: Timing;
  projectCriticality: Timing;
  maxScore: number;
  generationPeakRssMb: number;
  baseRssMb: number;
  peakRssMb: number;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function runOne(vertices: number, edgeCount: number, mode: CycleMode): Row {
  const { graph, active } = generateGraph(vertices, edgeCount, mode);
  const generationPeakRss = process.resourceUsage().maxRSS * 1024;
  gc();
  const baseRss = process.memoryUsage().rss;
  const timed = <T>(run: () => T): [T, Timing] => {
    const cpu = process.cpuUsage();
    const wall = performance.now();
    const value = run();
    const used = process.cpuUsage(cpu);
    return [value, { wallMs: performance.now() - wall, cpuMs: (used.user + used.system) / 1000 }];
  };
  const [{ members }, active_] = timed(() => activeSubgraph(graph, (id) => active.has(id)));
  const [{ score }, crit] = timed(() => criticality(graph, members));
  const repoProject = new Map<string, string>();
  graph.vertices.forEach((v, i) => repoProject.set(v, `p${Math.floor(i / BENCH_REPOS_PER_PROJECT)}`));
  const [, project] = timed(() => projectCriticality(graph, members, repoProject, [], { repoScores: score }));
  const induced = indexGraph(graph, (id) => members.has(id));
  const sccs = stronglyConnectedComponents(induced.n, induced.out);
  let largestComponent = 0;
  for (const size of sccs.size) if (size > largestComponent) largestComponent = size;
  let maxScore = 0;
  for (const s of score.values()) if (s > maxScore) maxScore = s;
  return {
    vertices,
    edges: edgeCount,
    mode,
    members: members.size,
    // Components of the induced subgraph, non-members counted as singletons.
    components: sccs.count - (vertices - members.size),
    largestComponent,
    activeSubgraph: active_,
    criticality: crit,
    projectCriticality: project,
    maxScore,
    generationPeakRssMb: generationPeakRss / 2 ** 20,
    baseRssMb: baseRss / 2 ** 20,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

function table(rows: Row[]): string {
  const fmt = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 0 });
  const ms = (t: Timing) => `${fmt(t.wallMs)} / ${fmt(t.cpuMs)}`;
  const lines = [
    '| vertices | edges | cycles | active subgraph | its SCCs (largest) | activeSubgraph ms wall / CPU | criticality ms wall / CPU | projectCriticality ms wall / CPU | max score | peak RSS after generating MB | RSS before metrics MB | peak RSS MB |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${fmt(r.vertices)} | ${fmt(r.edges)} | ${r.mode} | ${fmt(r.members)} | ${fmt(r.components)} (${fmt(r.largestComponent)}) | ${ms(r.activeSubgraph)} | ${ms(r.criticality)} | ${ms(r.projectCriticality)} | ${fmt(r.maxScore)} | ${fmt(r.generationPeakRssMb)} | ${fmt(r.baseRssMb)} | ${fmt(r.peakRssMb)} |`,
    );
  }
  return lines.join('\n');
}

function main(): void {
  const arg = process.argv[2];
  if (arg === '--child') {
    const [v, e] = process.argv.slice(3, 5).map(Number);
    process.stdout.write(JSON.stringify(runOne(v, e, process.argv[5] as CycleMode)));
    return;
  }
  // `bench-criticality.ts [vertices [edges [local|giant]]]` runs one case; no argument runs all.
  const cases = arg
    ? [{ vertices: Number(arg), edges: Number(process.argv[3] ?? Number(arg) * 10), mode: (process.argv[4] ?? 'local') as CycleMode }]
    : BENCH_CYCLE_MODES.flatMap((mode) => BENCH_SIZES.map((size) => ({ ...size, mode })));
  const self = fileURLToPath(import.meta.url);
  const rows: Row[] = [];
  for (const { vertices, edges, mode } of cases) {
    process.stderr.write(`bench: ${vertices} vertices, ${edges} edges, ${mode} cycles…\n`);
    const args = ['--expose-gc', '--max-old-space-size=4096', self, '--child', String(vertices), String(edges), mode];
    const out = execFileSync(process.execPath, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 20,
    });
    rows.push(JSON.parse(out) as Row);
  }
  const cpus = os.cpus();
  console.log(`Node ${process.version}, ${os.platform()} ${os.arch()}, ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM\n`);
  console.log(table(rows));
}

main();
