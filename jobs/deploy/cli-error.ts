/**
 * Errors the deploy CLI reports to a human and turns into an exit code (STYLE §1: `CliError`
 * carries the exit code). Anything else that escapes a command is a bug and exits with 1.
 */

/** Exit codes of `npm run deploy`, stable so workflows can branch on them. */
export const EXIT_USAGE = 2;
/** A check refused the deploy (sanity gate, read-back mismatch, gateway verification). */
export const EXIT_REFUSED = 3;
/** A remote service failed (HTTP error after retries, rejected transaction, bad credentials). */
export const EXIT_REMOTE = 4;

export class CliError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode: number) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
