/**
 * Strict ISO 8601 author dates (`git log --format=%aI`, DESIGN §4.5) → UTC `YYYY-MM-DDTHH:MM:SSZ`
 * (types.ts `GitCommit.authorDateUtc`). `2024-03-01T01:30:00+05:30` → `2024-02-29T20:00:00Z`.
 */

const ISO_WITH_OFFSET_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|([+-])(\d{2}):?(\d{2}))$/;
/** Real offsets span UTC−12:00 … UTC+14:00. */
const MAX_OFFSET_MINUTES = 14 * 60;

/** The UTC form of an ISO 8601 date-time with an explicit offset, or null when it is not one. */
export function toUtcIso(text: string): string | null {
  const m = ISO_WITH_OFFSET_RE.exec(text.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const local = Date.UTC(year, month - 1, day, hour, minute, second);
  // Rejects days past the end of the month (Date.UTC would roll 2024-02-30 into March).
  if (new Date(local).getUTCDate() !== day) return null;
  let offsetMinutes = 0;
  if (m[7] !== 'Z') {
    const offH = Number(m[9]);
    const offM = Number(m[10]);
    if (offM > 59) return null;
    offsetMinutes = (m[8] === '-' ? -1 : 1) * (offH * 60 + offM);
    if (Math.abs(offsetMinutes) > MAX_OFFSET_MINUTES) return null;
  }
  const utc = new Date(local - offsetMinutes * 60_000);
  return `${utc.toISOString().slice(0, 19)}Z`;
}
