import { describe, expect, it } from 'vitest';
import { MAX_REFRESH_INTERVAL_RUNS, percentileRank, planRefresh, refreshInterval, runDayOf } from './cadence.ts';
import { inShard, parseShard, ShardSpecError } from './shard.ts';
import { stableHash } from './stable-hash.ts';

describe('refresh cadence', () => {
  it('maps age percentiles to 1..9 runs', () => {
    expect(refreshInterval(0)).toBe(1);
    expect(refreshInterval(10)).toBe(1);
    expect(refreshInterval(11.2)).toBe(2);
    expect(refreshInterval(50)).toBe(5);
    expect(refreshInterval(99.9)).toBe(MAX_REFRESH_INTERVAL_RUNS);
    expect(refreshInterval(100)).toBe(MAX_REFRESH_INTERVAL_RUNS);
  });

  it('refreshes the most recently pushed repo every run and the oldest once per 9 runs', () => {
    const repos = Array.from({ length: 10 }, (_, i) => ({ id: `pkg:github/o/r${i}`, pushAgeDays: i * 100, hasPrevious: true }));
    const start = runDayOf('2026-08-01');
    const dueCounts = new Map<string, number>();
    for (let day = start; day < start + 9 * 4; day += 1) {
      for (const d of planRefresh(repos, day)) if (d.due) dueCounts.set(d.id, (dueCounts.get(d.id) ?? 0) + 1);
    }
    expect(dueCounts.get('pkg:github/o/r0')).toBe(36);
    expect(dueCounts.get('pkg:github/o/r9')).toBe(4);
    expect(percentileRank(repos.map((r) => r.pushAgeDays), 900)).toBe(90);
  });

  it('always refreshes new repos, repos of unknown age, and everything when forced', () => {
    const day = runDayOf('2026-08-23');
    const repos = [
      { id: 'a', pushAgeDays: 1, hasPrevious: true },
      { id: 'b', pushAgeDays: 5000, hasPrevious: false },
      { id: 'c', pushAgeDays: null, hasPrevious: true },
    ];
    const plan = planRefresh(repos, day);
    expect(plan.map((d) => d.reason)).toEqual(['due', 'new', 'unknown-age']);
    expect(planRefresh(repos, day, true).every((d) => d.due)).toBe(true);
  });
});

describe('shards', () => {
  it('parses i/n and rejects nonsense', () => {
    expect(parseShard('1/4')).toEqual({ index: 1, count: 4 });
    expect(() => parseShard('4/4')).toThrow(ShardSpecError);
    expect(() => parseShard('x')).toThrow(ShardSpecError);
  });

  it('puts every repo in exactly one shard, stably and case-insensitively', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `pkg:github/owner${i % 7}/repo-${i}`);
    const count = 3;
    const sizes = [0, 0, 0];
    for (const id of ids) {
      const owners = [0, 1, 2].filter((index) => inShard(id, { index, count }));
      expect(owners).toHaveLength(1);
      sizes[owners[0]] += 1;
      expect(inShard(id.toUpperCase(), { index: owners[0], count })).toBe(true);
    }
    for (const size of sizes) expect(size).toBeGreaterThan(40);
    expect(stableHash('pkg:github/stellar/js-stellar-sdk')).toBe(stableHash('pkg:github/stellar/js-stellar-sdk'));
  });
});
