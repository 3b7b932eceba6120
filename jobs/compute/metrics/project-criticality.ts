/**
 * Project criticality (DESIGN §5.2). Our default: the number of distinct vertices of the active
 * subgraph, outside the project, that reach any of the project's repos (paths inside the active
 * subgraph only, as for repo criticality). A dependent using two repos of the project counts once.
 * The reference implementation sums the repos' scores instead (`repoSum`), which counts such a
 * dependent twice; it is published too, for comparability. A project with no repos → null for both.
 *
 * Computed over the same ancestor bitsets as repo criticality: the union of the ancestor sets of
 * the project's repos plus the repos themselves, minus the project's own vertices.
 */
import type { DependencyGraph } from './dependency-graph.ts';
import { BITSET_BUDGET_BYTES, condenseMembers, forEachAncestorBlock, vertexCountOfRow } from './ancestor-bitsets.ts';
import { criticality } from './criticality.ts';

export interface ProjectCriticality {
  /** Distinct dependents outside the project (our default); null when the project has no repos. */
  criticality: number | null;
  /** Sum of the repos' criticality scores (reference definition); null when no repos. */
  repoSum: number | null;
}

export interface ProjectCriticalityOptions {
  /** Repo scores from `criticality(graph, members)`, when the caller already has them. */
  repoScores?: ReadonlyMap<string, number>;
  budgetBytes?: number;
}

/**
 * @param repoProject repo id → project id; repos absent from the graph still count as "has repos"
 * @param projectIds every project, including those without repos (they get nulls)
 */
export function projectCriticality(
  graph: DependencyGraph,
  members: ReadonlySet<string>,
  repoProject: ReadonlyMap<string, string>,
  projectIds: Iterable<string> = [],
  options: ProjectCriticalityOptions = {},
): Map<string, ProjectCriticality> {
  const budgetBytes = options.budgetBytes ?? BITSET_BUDGET_BYTES;
  const reposOf = new Map<string, string[]>();
  for (const p of projectIds) reposOf.set(p, []);
  for (const [repo, p] of repoProject) {
    const list = reposOf.get(p);
    if (list) list.push(repo);
    else reposOf.set(p, [repo]);
  }

  const repoScores = options.repoScores ?? criticality(graph, members, budgetBytes).score;
  const cond = condenseMembers(graph, members);
  const { componentOf } = cond.components;
  const g = cond.graph;

  // Member repos of each project, as component numbers (deduplicated) and a vertex count.
  const projects = [...reposOf.keys()].sort();
  const componentsOf: Int32Array[] = [];
  const ownMembers: number[] = [];
  for (const p of projects) {
    const comps = new Set<number>();
    let own = 0;
    for (const repo of reposOf.get(p)!) {
      const v = g.indexOf.get(repo);
      if (v === undefined || !cond.member[v]) continue;
      comps.add(componentOf[v]);
      own++;
    }
    componentsOf.push(Int32Array.from([...comps].sort((a, b) => a - b)));
    ownMembers.push(own);
  }

  const reached = new Float64Array(projects.length);
  forEachAncestorBlock(
    cond,
    ({ lo, hi, words, rows }) => {
      const union = new Uint32Array(words);
      for (let i = 0; i < projects.length; i++) {
        const comps = componentsOf[i];
        if (comps.length === 0 || comps[comps.length - 1] < lo) continue;
        union.fill(0);
        for (const c of comps) {
          if (c < lo) continue;
          const base = (c - lo) * words;
          for (let w = 0; w < words; w++) union[w] |= rows[base + w];
          if (c < hi) union[(c - lo) >>> 5] |= 1 << ((c - lo) & 31);
        }
        reached[i] += vertexCountOfRow(cond, union, 0, words, lo);
      }
    },
    budgetBytes,
  );

  const result = new Map<string, ProjectCriticality>();
  for (let i = 0; i < projects.length; i++) {
    const repos = reposOf.get(projects[i])!;
    if (repos.length === 0) {
      result.set(projects[i], { criticality: null, repoSum: null });
      continue;
    }
    let repoSum = 0;
    for (const repo of repos) repoSum += repoScores.get(repo) ?? 0;
    // The union holds the project's own member repos (their components were added whole).
    result.set(projects[i], { criticality: reached[i] - ownMembers[i], repoSum });
  }
  return result;
}
