/**
 * shields.io endpoint-badge documents, one per project and metric (DESIGN §7 "Static read-only
 * API"; format: https://shields.io/badges/endpoint-badge — `schemaVersion` 1, `label`, `message`,
 * `color`). Colours carry meaning, and the message always says it in words or numbers too:
 *
 * - pony factor: 1 red (one person makes half the commits; DESIGN §7 "red for pony factor 1"),
 *   2 orange, 3–4 yellow, 5+ green; 0 (no commits in the window) and unknown grey.
 * - criticality: 0 grey (nothing in the active subgraph depends on it), then blue shades by the
 *   project's percentile among projects (≥ 90th: the most depended-upon tenth, darkest).
 * - adoption (0–100 composite of percentiles, DESIGN §5.4): ≥ 75 bright green, ≥ 50 green,
 *   ≥ 25 yellow-green, below yellow; unknown grey. Low adoption is not a fault, so no red.
 * - status (DESIGN §5.5): live bright green, in-dev blue, non-responsive orange, discontinued grey.
 */

export const BADGE_METRICS = ['criticality', 'pony-factor', 'adoption', 'status'] as const;
export type BadgeMetric = (typeof BADGE_METRICS)[number];

export interface EndpointBadge {
  schemaVersion: 1;
  label: string;
  message: string;
  color: string;
}

/** The project columns a badge reads. */
export interface BadgeInput {
  activity_status: string;
  criticality: number | null;
  criticality_pct: number | null;
  pony_factor: number | null;
  adoption: number | null;
}

/** Colour for unknown / not applicable values (shields named colour). */
export const UNKNOWN_COLOUR = 'lightgrey';

/** Pony-factor colours: the smallest pony factor each colour starts at, highest first. */
export const PONY_FACTOR_COLOURS: readonly (readonly [number, string])[] = [
  [5, 'green'],
  [3, 'yellow'],
  [2, 'orange'],
  [1, 'red'],
];

/** Criticality colours by criticality percentile among projects (docs/METRICS.md), highest first. */
export const CRITICALITY_PCT_COLOURS: readonly (readonly [number, string])[] = [
  [90, '08519c'],
  [50, '3182bd'],
  [0, '6baed6'],
];

/** Adoption colours by composite score (0–100), highest first. */
export const ADOPTION_COLOURS: readonly (readonly [number, string])[] = [
  [75, 'brightgreen'],
  [50, 'green'],
  [25, 'yellowgreen'],
  [0, 'yellow'],
];

/** Activity-status colours (DESIGN §5.5 statuses). */
export const STATUS_COLOURS: Readonly<Record<string, string>> = {
  live: 'brightgreen',
  'in-dev': 'blue',
  'non-responsive': 'orange',
  discontinued: UNKNOWN_COLOUR,
};

function byThreshold(value: number, table: readonly (readonly [number, string])[]): string {
  return table.find(([from]) => value >= from)?.[1] ?? UNKNOWN_COLOUR;
}

/** Up to two decimals, no trailing zeros (`12.5`, `33.33`, `0`). */
function shortNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export function badgeFor(metric: BadgeMetric, project: BadgeInput): EndpointBadge {
  const badge = (label: string, message: string, color: string): EndpointBadge => ({ schemaVersion: 1, label, message, color });
  switch (metric) {
    case 'criticality': {
      const value = project.criticality;
      if (value === null) return badge('criticality', 'no repos', UNKNOWN_COLOUR);
      if (value === 0) return badge('criticality', '0', UNKNOWN_COLOUR);
      return badge('criticality', String(value), byThreshold(project.criticality_pct ?? 0, CRITICALITY_PCT_COLOURS));
    }
    case 'pony-factor': {
      const value = project.pony_factor;
      if (value === null) return badge('pony factor', 'no repos', UNKNOWN_COLOUR);
      if (value === 0) return badge('pony factor', 'no commits', UNKNOWN_COLOUR);
      return badge('pony factor', String(value), byThreshold(value, PONY_FACTOR_COLOURS));
    }
    case 'adoption': {
      const value = project.adoption;
      if (value === null) return badge('adoption', 'unknown', UNKNOWN_COLOUR);
      return badge('adoption', shortNumber(value), byThreshold(value, ADOPTION_COLOURS));
    }
    case 'status':
      return badge('status', project.activity_status, STATUS_COLOURS[project.activity_status] ?? UNKNOWN_COLOUR);
  }
}
