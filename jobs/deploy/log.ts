/**
 * Structured logs for deploy jobs (DESIGN §9: job runs print structured JSON logs). One JSON object
 * per line on stderr, so stdout stays free for data (a CID, an XDR envelope). Secrets are never
 * passed to the logger; `redact` is a last line of defence for values that might embed one.
 */

export type LogLevel = 'info' | 'warn' | 'error';
export type LogFields = Record<string, string | number | boolean | null | undefined | string[]>;
export type Log = (level: LogLevel, event: string, fields?: LogFields) => void;

/** Writes one JSON line per event; `now` is injectable so tests pin the clock. */
export function createJsonLog(write: (line: string) => void, now: () => Date = () => new Date()): Log {
  return (level, event, fields = {}) => {
    write(`${JSON.stringify({ time: now().toISOString(), level, event, ...fields })}\n`);
  };
}

/** A logger that keeps entries in memory, for tests and for building job summaries. */
export function createMemoryLog(): { log: Log; entries: Array<{ level: LogLevel; event: string } & LogFields> } {
  const entries: Array<{ level: LogLevel; event: string } & LogFields> = [];
  return { entries, log: (level, event, fields = {}) => entries.push({ level, event, ...fields }) };
}

/** Replaces every occurrence of each secret in `text` with `***`. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length > 0) out = out.split(secret).join('***');
  return out;
}
