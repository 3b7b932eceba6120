/**
 * What every deploy command gets from the CLI edge (STYLE §2.2: effects in a context with real
 * defaults): environment, stdout for data, a JSON logger on stderr, fetch, sleep and the job summary.
 */
import { appendFile } from 'node:fs/promises';
import { CliError, EXIT_USAGE } from '../cli-error.ts';
import { createJsonLog, type Log } from '../log.ts';

export interface CommandContext {
  env: Record<string, string | undefined>;
  /** Data output (a CID, an XDR envelope, a JSON record). */
  out: (text: string) => void;
  log: Log;
  fetch: typeof globalThis.fetch;
  sleep: (ms: number) => Promise<void>;
  /** Appends Markdown to $GITHUB_STEP_SUMMARY when running in Actions; a no-op elsewhere. */
  summary: (markdown: string) => Promise<void>;
}

export function defaultContext(): CommandContext {
  const env = process.env;
  return {
    env,
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    log: createJsonLog((line) => process.stderr.write(line)),
    fetch: globalThis.fetch,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    summary: async (markdown) => {
      if (env.GITHUB_STEP_SUMMARY) await appendFile(env.GITHUB_STEP_SUMMARY, `${markdown}\n`);
    },
  };
}

export type Command = (args: string[], ctx: CommandContext) => Promise<void>;

/** Reads a required string option or fails with a usage error naming it. */
export function required(values: Record<string, unknown>, name: string, command: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw new CliError(`${command}: --${name} is required`, EXIT_USAGE);
  return value;
}
