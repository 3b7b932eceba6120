/** Activity status as text with a colour chip; the text carries the meaning, the colour repeats it. */
import { STATUS_COLORS, statusLabel } from './format.ts';

export function StatusText({ status }: { status: string | null }) {
  return (
    <span className="status">
      <span className="chip" aria-hidden="true" style={{ background: STATUS_COLORS[status ?? ''] ?? '#999' }} />
      {statusLabel(status)}
    </span>
  );
}

/** Pony factor, with PF 1 flagged red and in words. */
export function PonyFactor({ value }: { value: number | null }) {
  if (value === 1) return <span className="risk">PF 1<span className="visually-hidden"> (single-maintainer risk)</span></span>;
  return <>{value === null ? '—' : value}</>;
}
