/**
 * Percentile rank (DESIGN §5.4): pct(x) = (count of values strictly below x) / n × 100, rounded
 * half-up to 2 decimals. The minimum gets 0, the maximum stays below 100, ties share the lowest
 * rank, a single value gets 0.
 */
import { roundRatioHalfUp2 } from './round-half-up.ts';

/** For each value, how many values are strictly below it (the exact numerator of its rank). */
export function countsBelow(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  return values.map((x) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  });
}

/** Percentile rank of every value among all of them, 2 decimals half-up. */
export function percentileRank(values: readonly number[]): number[] {
  const n = BigInt(values.length);
  return countsBelow(values).map((below) => roundRatioHalfUp2(BigInt(below) * 100n, n));
}
