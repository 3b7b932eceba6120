import { describe, expect, it } from 'vitest';
import { percentileRank } from './percentile.ts';
import { roundRatioHalfUp2 } from './round-half-up.ts';

describe('percentileRank (DESIGN §5.4, §5.7 item 5)', () => {
  it('[0,5,10] → 0, 33.33, 66.67', () => expect(percentileRank([0, 5, 10])).toEqual([0, 33.33, 66.67]));
  it('[5,5,5] → all 0', () => expect(percentileRank([5, 5, 5])).toEqual([0, 0, 0]));
  it('ties [10,10,20] → 0, 0, 66.67', () => expect(percentileRank([10, 10, 20])).toEqual([0, 0, 66.67]));
  it('keeps input order, single value → 0, empty → empty', () => {
    expect(percentileRank([20, 10, 10])).toEqual([66.67, 0, 0]);
    expect(percentileRank([42])).toEqual([0]);
    expect(percentileRank([])).toEqual([]);
  });
  it('the maximum stays below 100', () => {
    const values = Array.from({ length: 1000 }, (_, i) => i);
    expect(Math.max(...percentileRank(values))).toBe(99.9);
  });
});

describe('roundRatioHalfUp2', () => {
  it('rounds halves up exactly where floating point would not', () => {
    expect(roundRatioHalfUp2(25n, 2n)).toBe(12.5);
    expect(roundRatioHalfUp2(1n, 8n)).toBe(0.13); // 0.125
    expect(roundRatioHalfUp2(1005n, 1000n)).toBe(1.01); // 1.005 * 100 = 100.49999… in binary
    expect(roundRatioHalfUp2(6667n, 200n)).toBe(33.34); // 33.335
    expect(roundRatioHalfUp2(200n, 3n)).toBe(66.67);
    expect(roundRatioHalfUp2(0n, 7n)).toBe(0);
  });
});
