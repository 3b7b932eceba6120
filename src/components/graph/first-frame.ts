/**
 * Time to first graph frame at real scale (issue #3 performance: measured by a script, not a timed
 * test). Marks `pg-atlas-graph:data` (queries answered by the worker), `pg-atlas-graph:built`
 * (graphology graph built) and `pg-atlas-graph:first-frame` (the animation frame after sigma's
 * first render), all on the page's performance timeline (origin = navigation start), and exposes
 * the first-frame time in milliseconds as `window.__pgAtlasGraphFirstFrameMs` for the perf script.
 * Only the first frame of a page load counts; later level switches don't overwrite it.
 */

export const FIRST_FRAME_GLOBAL = '__pgAtlasGraphFirstFrameMs';
export type GraphPhase = 'data' | 'built' | 'first-frame';

declare global {
  interface Window {
    __pgAtlasGraphFirstFrameMs?: number;
  }
}

export function markGraphPhase(phase: GraphPhase): void {
  if (performance.getEntriesByName(`pg-atlas-graph:${phase}`, 'mark').length === 0) performance.mark(`pg-atlas-graph:${phase}`);
}

/** Call right after the first sigma instance rendered (its constructor renders synchronously). */
export function recordFirstFrame(): void {
  if (window[FIRST_FRAME_GLOBAL] !== undefined) return;
  requestAnimationFrame(() => {
    if (window[FIRST_FRAME_GLOBAL] !== undefined) return;
    markGraphPhase('first-frame');
    window[FIRST_FRAME_GLOBAL] = Math.round(performance.now());
  });
}
