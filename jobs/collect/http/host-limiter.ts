/**
 * Per-host concurrency cap and pacing (DESIGN §4 "caps concurrency per host"). One limiter belongs to
 * one HTTP client instance (no module-level state). Pacing spaces request *starts* on a host by at
 * least `intervalMs`; `pauseUntil` holds a host back after a response said its rate limit is spent.
 */

export interface HostPolicy {
  concurrency: number;
  intervalMs: number;
}

interface HostState {
  active: number;
  waiting: Array<() => void>;
  nextStartMs: number;
}

export class HostLimiter {
  readonly #policyOf: (host: string) => HostPolicy;
  readonly #now: () => number;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #hosts = new Map<string, HostState>();

  constructor(policyOf: (host: string) => HostPolicy, now: () => number, sleep: (ms: number) => Promise<void>) {
    this.#policyOf = policyOf;
    this.#now = now;
    this.#sleep = sleep;
  }

  #state(host: string): HostState {
    let state = this.#hosts.get(host);
    if (!state) {
      state = { active: 0, waiting: [], nextStartMs: 0 };
      this.#hosts.set(host, state);
    }
    return state;
  }

  /** Holds every later request to `host` until `untilMs` (clock of `now`). */
  pauseUntil(host: string, untilMs: number): void {
    const state = this.#state(host);
    state.nextStartMs = Math.max(state.nextStartMs, untilMs);
  }

  /** Runs `task` when the host has a free slot and its pacing allows. */
  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const policy = this.#policyOf(host);
    const state = this.#state(host);
    if (state.active < Math.max(1, policy.concurrency)) state.active += 1;
    // A released slot is handed over with `active` still counted, so no newcomer can jump the queue.
    else await new Promise<void>((resolve) => state.waiting.push(resolve));
    try {
      const wait = state.nextStartMs - this.#now();
      state.nextStartMs = Math.max(state.nextStartMs, this.#now()) + policy.intervalMs;
      if (wait > 0) await this.#sleep(wait);
      return await task();
    } finally {
      const next = state.waiting.shift();
      if (next) next();
      else state.active -= 1;
    }
  }
}
