/**
 * Runs the git binary (the only subprocess of the collectors). Prompts are disabled so a private or
 * missing repo fails instead of waiting for a password; stdout is returned as bytes (logs contain NUL).
 */
import { execFile } from 'node:child_process';

/** Longest a single git command may run (a first clone of a large history). */
export const GIT_COMMAND_TIMEOUT_MS = 15 * 60_000;
const MAX_OUTPUT_BYTES = 1024 * 1024 * 1024;

export class GitCommandError extends Error {
  readonly stderr: string;
  constructor(args: readonly string[], stderr: string) {
    super(`jobs/collect/git: git ${args.slice(0, 2).join(' ')} failed: ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
    this.name = 'GitCommandError';
    this.stderr = stderr;
  }
}

export function runGit(args: readonly string[], options: { cwd?: string; input?: string } = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      args,
      {
        cwd: options.cwd,
        encoding: 'buffer',
        maxBuffer: MAX_OUTPUT_BYTES,
        timeout: GIT_COMMAND_TIMEOUT_MS,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: '', SSH_ASKPASS: '', LC_ALL: 'C' },
      },
      (error, stdout, stderr) => {
        if (error) reject(new GitCommandError(args, `${stderr.toString('utf8')}${error.killed ? ' (timed out)' : ''}`));
        else resolve(stdout);
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}
