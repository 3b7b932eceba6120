/**
 * Fan-out by repo (DESIGN §9 "the collectors shard naturally by repo (a matrix of CI jobs…)"):
 * `--shard i/n` keeps the repos whose stable hash of the repo id is i mod n. Every repo lands in
 * exactly one shard, the same one on every run.
 */
import { stableHash } from './stable-hash.ts';

export interface Shard {
  /** 0-based. */
  index: number;
  count: number;
}

export class ShardSpecError extends Error {
  constructor(spec: string) {
    super(`jobs/collect/incremental: --shard must be i/n with 0 ≤ i < n (got "${spec}")`);
    this.name = 'ShardSpecError';
  }
}

/** Parses `i/n` (0-based index). */
export function parseShard(spec: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(spec.trim());
  if (!match) throw new ShardSpecError(spec);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index >= count) throw new ShardSpecError(spec);
  return { index, count };
}

/** Whether the repo id (`pkg:github/owner/repo`, lower-cased) belongs to the shard. */
export function inShard(repoId: string, shard: Shard | null): boolean {
  if (!shard || shard.count === 1) return true;
  return stableHash(repoId.toLowerCase()) % shard.count === shard.index;
}
