/**
 * A CollectContext for tests: real fetch (against the loopback fake), a pinned clock that `sleep`
 * advances instead of waiting, a seeded random, an empty environment unless given, and a log that
 * keeps every entry for assertions.
 */
import type { CollectContext, LogEntry } from '../http/context.ts';
import { redactingLog, redactorOf, seededRandom } from '../http/context.ts';

export interface TestContext extends CollectContext {
  sleeps: number[];
  entries: LogEntry[];
}

export function testContext(options: { now?: string; env?: Record<string, string>; seed?: number } = {}): TestContext {
  let clock = Date.parse(options.now ?? '2026-08-23T06:00:00Z');
  const sleeps: number[] = [];
  const entries: LogEntry[] = [];
  const env = options.env ?? {};
  return {
    fetch: globalThis.fetch.bind(globalThis),
    now: () => new Date(clock),
    sleep: async (ms: number) => {
      sleeps.push(ms);
      clock += ms;
    },
    random: seededRandom(options.seed ?? 42),
    env,
    log: redactingLog((entry) => entries.push(entry), redactorOf(env)),
    sleeps,
    entries,
  };
}
