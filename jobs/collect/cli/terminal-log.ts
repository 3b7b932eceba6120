/**
 * Where collect's log entries go (STYLE §2.10 "JSON logs to stderr"): `--json` writes one JSON object
 * per line to stderr; otherwise a terminal gets a single progress line rewritten in place (warnings
 * and errors on their own lines), and a non-terminal gets plain lines. Debug entries show only in JSON.
 * Entries with numeric `done` and `total` (one per repo or package, from the collectors) draw a
 * progress bar for their source: `git [########............]  120/300  owner/repo collected`.
 */
import type { Log, LogEntry } from '../http/context.ts';

/** Characters of the progress bar. */
export const PROGRESS_BAR_WIDTH = 20;

/** `[#####.....]  done/total` for a progress entry. Pure. */
export function progressBar(done: number, total: number, width = PROGRESS_BAR_WIDTH): string {
  const share = total > 0 ? Math.min(1, Math.max(0, done / total)) : 1;
  const filled = Math.round(share * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(done).padStart(String(total).length)}/${total}`;
}

export interface TerminalLogOptions {
  json: boolean;
  stream?: NodeJS.WriteStream;
}

export function terminalLog(options: TerminalLogOptions): Log & { finish(): void } {
  const stream = options.stream ?? process.stderr;
  const tty = stream.isTTY === true && !options.json;
  let progressShown = false;
  let done = 0;
  const clear = () => {
    if (progressShown) stream.write('\r\x1b[2K');
    progressShown = false;
  };
  const log = ((entry: LogEntry) => {
    if (options.json) {
      stream.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
      return;
    }
    if (entry.event === 'git.repo' || entry.event === 'http.cache') done += 1;
    if (entry.level === 'debug') return;
    if (tty && entry.level === 'info') {
      clear();
      const prefix = typeof entry.done === 'number' && typeof entry.total === 'number' ? `${String(entry.source ?? '').padEnd(10)} ${progressBar(entry.done, entry.total)}` : `[${String(done).padStart(5)}]`;
      const width = Math.max(20, (stream.columns ?? 100) - prefix.length - 2);
      stream.write(`${prefix} ${entry.message.slice(0, width)}`);
      progressShown = true;
      return;
    }
    clear();
    stream.write(`${entry.level === 'info' ? '' : `${entry.level}: `}${entry.message}\n`);
  }) as Log & { finish(): void };
  log.finish = () => {
    clear();
  };
  return log;
}
