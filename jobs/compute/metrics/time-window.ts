/**
 * Time windows anchored at the snapshot date (DESIGN §5.3, §5.5), never at the wall clock. The
 * snapshot's `as_of` is a date (`YYYY-MM-DD`); its anchor instant is that day's 00:00:00 UTC.
 * Windows are half-open, [anchor − length, anchor): a commit at or after the anchor is "after
 * as_of". The real snapshot picks as_of as the day after its newest commit, so nothing real is lost.
 */

const DAY_MS = 86_400_000;

/** Milliseconds since the epoch of `asOf` 00:00:00 UTC; throws on a malformed date (a caller bug). */
export function anchorOf(asOf: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(asOf);
  if (!m) throw new Error(`compute/time-window: as_of must be YYYY-MM-DD, got ${JSON.stringify(asOf)}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

export function daysBefore(anchorMs: number, days: number): number {
  return anchorMs - days * DAY_MS;
}

/** Same day-of-month `months` calendar months earlier, clamped to the month's last day. */
export function monthsBefore(anchorMs: number, months: number): number {
  const d = new Date(anchorMs);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() - months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(d.getUTCDate(), lastDay), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
}

/** Parses an ISO 8601 instant to epoch ms; null when it is not one. */
export function parseInstant(iso: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(iso)) return null;
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : null;
}

/** `YYYY-MM-DD` of an instant in UTC. */
export function utcDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
