/**
 * The effects a collector may use, injected with real defaults (STYLE §2.2: effects at the edges via
 * a context). Tests pass a fake `fetch` base URL, a pinned `now`, a recording `sleep` and a seeded
 * `random`; nothing in jobs/collect reads the wall clock, timers or Math.random directly.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { makeRedactor } from './redact.ts';
import type { Redactor } from './redact.ts';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface LogEntry {
  level: LogLevel;
  /** Machine-readable event name: `http.retry`, `source.done`, … */
  event: string;
  message: string;
  [field: string]: unknown;
}

export type Log = (entry: LogEntry) => void;

export interface CollectContext {
  fetch: typeof globalThis.fetch;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  log: Log;
  /** Uniform [0, 1); only used for backoff jitter. */
  random: () => number;
  /** Environment the tokens are read from (GITHUB_TOKEN, OPENGRANTS_API_KEY). */
  env: Readonly<Record<string, string | undefined>>;
}

/** Environment variables that hold secrets; their values are redacted from every log line. */
export const SECRET_ENV_VARS = ['GITHUB_TOKEN', 'OPENGRANTS_API_KEY'] as const;

/** Small deterministic PRNG (mulberry32) for tests and reproducible jitter. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function redactorOf(env: CollectContext['env']): Redactor {
  return makeRedactor(SECRET_ENV_VARS.map((name) => env[name]));
}

/** Wraps a log so every string field is redacted. */
export function redactingLog(log: Log, redact: Redactor): Log {
  return (entry) => {
    const clean: LogEntry = { ...entry };
    for (const [key, value] of Object.entries(clean)) if (typeof value === 'string') clean[key] = redact(value);
    log(clean);
  };
}

/** Real defaults, with any given field replacing its default. */
export function resolveContext(partial: Partial<CollectContext> = {}): CollectContext {
  const env = partial.env ?? process.env;
  const log = partial.log ?? (() => {});
  return {
    fetch: partial.fetch ?? globalThis.fetch.bind(globalThis),
    now: partial.now ?? (() => new Date()),
    sleep: partial.sleep ?? ((ms: number) => delay(ms).then(() => undefined)),
    random: partial.random ?? Math.random,
    env,
    log: redactingLog(log, redactorOf(env)),
  };
}
