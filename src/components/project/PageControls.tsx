/**
 * "Show more / show all" for long lists on the entity pages (DESIGN §7: pages stay fast at real
 * scale; criticality dependents, blast radius and contributor lists can run to thousands).
 */
import { useState, type ReactNode } from 'react';

/** The first `initial` items of a list and the controls to reveal the rest, `step` at a time. */
export function usePaged<T>(items: readonly T[], initial: number, step = initial): { visible: readonly T[]; controls: ReactNode } {
  const [limit, setLimit] = useState(initial);
  const visible = items.slice(0, limit);
  const controls = items.length <= limit ? null : (
    <div className="paged-controls">
      <span className="muted">Showing {visible.length} of {items.length.toLocaleString('en-US')}.</span>
      <button type="button" onClick={() => setLimit(limit + step)}>Show {Math.min(step, items.length - limit)} more</button>
      <button type="button" onClick={() => setLimit(items.length)}>Show all {items.length.toLocaleString('en-US')}</button>
    </div>
  );
  return { visible, controls };
}
