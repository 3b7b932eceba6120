import { describe, expect, it } from 'vitest';
import { ponyFactor } from './pony-factor.ts';

describe('ponyFactor (DESIGN §5.3, §5.7 item 4)', () => {
  it.each([
    [[100], 1],
    [[5, 5], 1],
    [Array(10).fill(1), 5],
    [[60, ...Array(9).fill(5)], 1],
    [[], 0],
    [[0, 0, 0], 0],
    [[1, 1, 1], 2],
    [[3, 1, 4, 1, 5], 2],
  ])('%j → %i', (counts, expected) => {
    expect(ponyFactor(counts)).toBe(expected);
  });

  it('project union: a1 {shared 3, bob 2}, a2 {carol 5, shared 2} → 1, 1, project 2', () => {
    const a1 = new Map([['shared', 3], ['bob', 2]]);
    const a2 = new Map([['carol', 5], ['shared', 2]]);
    const union = new Map<string, number>();
    for (const repo of [a1, a2]) for (const [who, n] of repo) union.set(who, (union.get(who) ?? 0) + n);
    expect(ponyFactor([...a1.values()])).toBe(1);
    expect(ponyFactor([...a2.values()])).toBe(1);
    // total 12, half 6: carol 5 < 6, carol + shared 10 ≥ 6.
    expect(ponyFactor([...union.values()])).toBe(2);
  });

  it('does not depend on input order', () => {
    expect(ponyFactor([1, 2, 3, 10, 4])).toBe(ponyFactor([10, 4, 3, 2, 1]));
  });
});
