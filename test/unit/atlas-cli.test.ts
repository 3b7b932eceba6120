/** The atlas CLI's contract with its user: clear one-line messages and meaningful exit codes. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'pg-atlas-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function atlas(...args: string[]) {
  const run = spawnSync(process.execPath, ['jobs/cli/atlas.ts', ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
  return { code: run.status, stderr: run.stderr, stdout: run.stdout };
}

describe('atlas CLI', () => {
  it('prints help and exits 0', () => {
    const r = atlas('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/atlas build/);
  });

  it.each([
    [['build', '--bogus'], /Unknown option '--bogus'/],
    [['build', '--snapshot'], /argument missing/],
    [['build', '--snapshot', path.join(tmp, 'nope')], /snapshot folder not found/],
    [['frobnicate'], /unknown command 'frobnicate'/],
  ])('%j is a usage error: exit 2, one line, no stack trace', (args, message) => {
    const r = atlas(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('names snapshot.json and as_of when the reference date is unusable', () => {
    const dir = path.join(tmp, 'bad-as-of');
    spawnSync('mkdir', ['-p', dir]);
    writeFileSync(path.join(dir, 'snapshot.json'), JSON.stringify({ as_of: 'yesterday' }));
    const r = atlas('compute', '--snapshot', dir, '--out', path.join(tmp, 'out-bad'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(path.join(dir, 'snapshot.json'));
    expect(r.stderr).toMatch(/as_of/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses (exit 3) an atlas with no project unless --force', () => {
    const dir = path.join(tmp, 'empty');
    spawnSync('mkdir', ['-p', dir]);
    writeFileSync(path.join(dir, 'snapshot.json'), JSON.stringify({ as_of: '2026-01-01' }));
    const refused = atlas('compute', '--snapshot', dir, '--out', path.join(tmp, 'out-empty'));
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(/no project was read/);
    expect(atlas('compute', '--snapshot', dir, '--out', path.join(tmp, 'out-empty'), '--force').code).toBe(0);
  });
});
