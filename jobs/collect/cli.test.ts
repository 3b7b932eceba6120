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
  });
  it('exits 1 on user errors, naming the problem', () => {
    const bad = run('--source', 'opengrants,nope');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/unknown source\(s\): nope/);
    expect(run('--shard', '2/2').status).toBe(1);
    expect(run('merge').status).toBe(1);
  });
});
