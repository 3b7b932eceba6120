import { describe, expect, it } from 'vitest';
import { contributorShares } from './contributor-shares.ts';

const people = (counts: number[]) => counts.map((commits, i) => ({ contributor_hash: `h${String(i).padStart(2, '0')}`, commits }));

describe('contributorShares', () => {
  it('reproduces the DESIGN §5.3 pony cases', () => {
    expect(contributorShares(people([100])).k).toBe(1);
    expect(contributorShares(people([5, 5])).k).toBe(1);
    expect(contributorShares(people(Array(10).fill(1))).k).toBe(5);
    expect(contributorShares(people([60, ...Array(9).fill(5)])).k).toBe(1);
    expect(contributorShares(people([])).k).toBe(0);
    expect(contributorShares(people([0, 0])).k).toBe(0);
  });

  it('reproduces the §5.7 project union: shared 5, carol 5, bob 2 → 2', () => {
    const t = contributorShares([{ contributor_hash: 'shared', commits: 5 }, { contributor_hash: 'bob', commits: 2 }, { contributor_hash: 'carol', commits: 5 }]);
    expect(t.total).toBe(12);
    expect(t.k).toBe(2);
    expect(t.rows.map((r) => r.contributor_hash)).toEqual(['carol', 'shared', 'bob']);
    expect(t.rows.map((r) => r.inPonySet)).toEqual([true, true, false]);
  });

  it('gives shares and a cumulative share that ends at 1', () => {
    const t = contributorShares(people([1, 3]));
    expect(t.rows.map((r) => [r.commits, r.share, r.cumulative, r.rank])).toEqual([[3, 0.75, 0.75, 1], [1, 0.25, 1, 2]]);
  });
});
