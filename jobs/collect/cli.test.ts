import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = path.join(import.meta.dirname, 'cli.ts');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, GITHUB_TOKEN: '' } });

describe('collect CLI', () => {
  it('prints help', () => {
    const result = run('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/collect merge/);
    expect(result.stdout).toMatch(/Exit codes:/);
  });
  it('exits 1 on user errors, naming the problem', () => {
    const bad = run('--source', 'opengrants,nope');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/unknown source\(s\): nope/);
    expect(run('--shard', '2/2').status).toBe(1);
    expect(run('merge').status).toBe(1);
  });
  it('treats bad options, folders and targets as usage errors (exit 1, no stack trace)', () => {
    for (const [args, message] of [
      [['--bogus'], /Unknown option '--bogus'/],
      [['--out'], /argument missing/],
      [['merge', '/nonexistent/shards'], /holds no snapshot/],
      [['--previous', '/nonexistent/snapshot'], /not a snapshot folder/],
      [['--target', 'https://gitlab.com/x/y'], /not understood: https:\/\/gitlab\.com\/x\/y/],
    ] as const) {
      const result = run(...args);
      expect(result.status, args.join(' ')).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
