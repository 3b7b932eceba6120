/**
 * Exact half-up rounding to 2 decimals for the scores of DESIGN §5.4 ("2 decimals, half-up").
 * Percentiles and their means are ratios of integers, so they are rounded from numerator and
 * denominator with integer arithmetic: 12.5, 33.335 or 0.125 never fall on the wrong side because
 * of binary floating point.
 */

/** round_half_up(numerator / denominator, 2 decimals), for numerator ≥ 0, denominator > 0. */
export function roundRatioHalfUp2(numerator: bigint, denominator: bigint): number {
  // hundredths = floor(n / d × 100 + 1/2) = floor((200 n + d) / 2d)
  const hundredths = (200n * numerator + denominator) / (2n * denominator);
  return Number(hundredths) / 100;
}
