/**
 * The status record each source writes into snapshot.json (DESIGN §4 "records per-source status (ok /
 * partial / failed, counts, first errors)"). A recorder counts what a collector did and keeps the
 * first errors; the state follows from the counts, so no collector decides it ad hoc.
 */

/** How many error messages a status record keeps. */
export const MAX_RECORDED_ERRORS = 10;

export type CollectState = 'ok' | 'partial' | 'failed';

export interface SourceStatusRecord {
  state: CollectState | 'stale';
  /** Collection date (YYYY-MM-DD) of the files this record describes. */
  retrieved_by: string;
  files: string;
  counts: Record<string, number>;
  errors: string[];
  duration_ms: number;
  /** For `stale`: why this run's collection was not used. */
  stale_reason?: string;
  /** True when the source was not collected in this run and its files and record come from the previous snapshot. */
  carried_over?: boolean;
  shard?: string;
}

export class SourceRecorder {
  readonly counts: Record<string, number> = {};
  readonly errors: string[] = [];
  #errorCount = 0;
  #fatal: string | null = null;
  #successes = 0;

  /** Adds to a named count (`repos`, `files`, `not_found`, …). */
  count(name: string, by = 1): void {
    this.counts[name] = (this.counts[name] ?? 0) + by;
  }

  /** One item collected. */
  success(name?: string): void {
    this.#successes += 1;
    if (name) this.count(name);
  }

  /** One item failed; the source goes on. */
  error(message: string): void {
    this.#errorCount += 1;
    this.count('errors');
    if (this.errors.length < MAX_RECORDED_ERRORS) this.errors.push(message);
  }

  /** The whole source failed (nothing usable). */
  fatal(message: string): void {
    this.#fatal = message;
    this.error(message);
  }

  get fatalMessage(): string | null {
    return this.#fatal;
  }

  state(): CollectState {
    if (this.#fatal !== null) return 'failed';
    if (this.#errorCount === 0) return 'ok';
    return this.#successes > 0 ? 'partial' : 'failed';
  }
}
