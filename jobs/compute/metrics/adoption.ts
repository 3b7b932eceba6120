/**
 * Adoption (DESIGN §5.4). Each signal (30-day downloads, stars, forks) is ranked by percentile
 * among the repos where it is known; a repo's composite is the mean of its available signal
 * percentiles, 2 decimals half-up, with its coverage (how many signals it rests on); a project's
 * adoption is the mean of its repos' composites. No signal → null, never 0.
 *
 * The composite is computed from the exact rank fractions (below / n), not from the rounded
 * per-signal percentiles, and rounded once.
 */
import { countsBelow } from './percentile.ts';
import { roundRatioHalfUp2 } from './round-half-up.ts';

export interface AdoptionSignals {
  /** Downloads over 30 days, summed over the packages the repo publishes (see `sumDownloads`). */
  downloads?: number | null;
  stars?: number | null;
  forks?: number | null;
}

export const ADOPTION_SIGNALS = ['downloads', 'stars', 'forks'] as const;
export type AdoptionSignal = (typeof ADOPTION_SIGNALS)[number];

export interface RepoAdoption {
  /** Mean of the available signal percentiles, 2 decimals half-up; null with no signal. */
  composite: number | null;
  /** Number of signals the composite is based on (0–3). */
  coverage: number;
  /** Per-signal percentile rank (2 decimals half-up), null where the signal is unknown. */
  percentiles: Record<AdoptionSignal, number | null>;
}

const isKnown = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function repoAdoption(signals: ReadonlyMap<string, AdoptionSignals>): Map<string, RepoAdoption> {
  const repos = [...signals.keys()];
  // Exact rank of each known signal value: below / n.
  const ranks = new Map<string, Array<{ signal: AdoptionSignal; below: bigint; n: bigint }>>();
  for (const r of repos) ranks.set(r, []);
  for (const signal of ADOPTION_SIGNALS) {
    const holders = repos.filter((r) => isKnown(signals.get(r)![signal]));
    const below = countsBelow(holders.map((r) => signals.get(r)![signal] as number));
    holders.forEach((r, i) => ranks.get(r)!.push({ signal, below: BigInt(below[i]), n: BigInt(holders.length) }));
  }

  const result = new Map<string, RepoAdoption>();
  for (const r of repos) {
    const own = ranks.get(r)!;
    const percentiles: Record<AdoptionSignal, number | null> = { downloads: null, stars: null, forks: null };
    for (const { signal, below, n } of own) percentiles[signal] = roundRatioHalfUp2(below * 100n, n);
    let composite: number | null = null;
    if (own.length > 0) {
      // mean of (below_i / n_i × 100) = (Σ below_i × L / n_i) × 100 / (L × k), L = lcm of the n_i.
      const lcm = own.reduce((l, { n }) => (l * n) / gcd(l, n), 1n);
      const sum = own.reduce((s, { below, n }) => s + below * (lcm / n), 0n);
      composite = roundRatioHalfUp2(sum * 100n, lcm * BigInt(own.length));
    }
    result.set(r, { composite, coverage: own.length, percentiles });
  }
  return result;
}

export interface ProjectAdoption {
  /** Mean of the repos' composites, 2 decimals half-up; null when no repo has one. */
  adoption: number | null;
  /** Repos whose composite entered the mean. */
  repos: number;
}

/** Project adoption = mean of its repos' (already rounded) composites. */
export function projectAdoption(
  repoComposites: ReadonlyMap<string, number | null>,
  projectRepos: ReadonlyMap<string, readonly string[]>,
): Map<string, ProjectAdoption> {
  const result = new Map<string, ProjectAdoption>();
  for (const [project, repos] of projectRepos) {
    const hundredths: bigint[] = [];
    for (const r of repos) {
      const c = repoComposites.get(r);
      if (typeof c === 'number') hundredths.push(BigInt(Math.round(c * 100)));
    }
    if (hundredths.length === 0) {
      result.set(project, { adoption: null, repos: 0 });
      continue;
    }
    const sum = hundredths.reduce((s, h) => s + h, 0n);
    result.set(project, { adoption: roundRatioHalfUp2(sum, 100n * BigInt(hundredths.length)), repos: hundredths.length });
  }
  return result;
}

/**
 * 30-day downloads of a repo = the sum over the packages it publishes (DESIGN §5.4, §5.7 item 6).
 * Each figure must already be a 30-day figure (crates.io's 90-day count / 3 is the registry
 * reader's job). Unknown figures are skipped; null when none is known.
 */
export function sumDownloads(packages: ReadonlyArray<{ downloads30d: number | null }>): number | null {
  let total: number | null = null;
  for (const p of packages) if (isKnown(p.downloads30d)) total = (total ?? 0) + p.downloads30d;
  return total;
}
