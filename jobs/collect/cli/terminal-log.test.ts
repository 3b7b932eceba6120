import { describe, expect, it } from 'vitest';
import { resolveContext } from '../http/context.ts';
import { PROGRESS_BAR_WIDTH, progressBar, terminalLog } from './terminal-log.ts';

function fakeStream(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, columns: 80, write: (s: string) => chunks.push(s) } as unknown as NodeJS.WriteStream };
}

describe('terminal log', () => {
  it('--json writes one redacted JSON object per line', () => {
    const { chunks, stream } = fakeStream(false);
    const ctx = resolveContext({ log: terminalLog({ json: true, stream }), env: { GITHUB_TOKEN: 'ghp_secret_value_1' } });
    ctx.log({ level: 'warn', event: 'http.retry', message: 'retry https://x/?t=ghp_secret_value_1', attempt: 1 });
    expect(chunks).toHaveLength(1);
    const entry = JSON.parse(chunks[0]);
    expect(entry).toMatchObject({ level: 'warn', event: 'http.retry', attempt: 1, message: 'retry https://x/?t=***' });
  });

  it('rewrites one progress line on a terminal and prints warnings on their own line', () => {
    const { chunks, stream } = fakeStream(true);
    const log = terminalLog({ json: false, stream });
    log({ level: 'info', event: 'git.repo', message: 'a/b collected' });
    log({ level: 'info', event: 'git.repo', message: 'a/c collected' });
    log({ level: 'warn', event: 'http.retry', message: 'HTTP 503; retry' });
    log.finish();
    const text = chunks.join('');
    expect(text).toContain('[    2] a/c collected');
    expect(text).toContain('\r\x1b[2K');
    expect(text).toContain('warn: HTTP 503; retry\n');
  });

  it('draws a progress bar for entries that carry done and total', () => {
    const { chunks, stream } = fakeStream(true);
    const log = terminalLog({ json: false, stream });
    log({ level: 'info', event: 'git.repo', message: 'a/b collected', source: 'git', done: 3, total: 12 });
    expect(chunks.join('')).toContain(`git        ${progressBar(3, 12)} a/b collected`);
    expect(progressBar(3, 12)).toBe('[#####...............]  3/12');
    expect(progressBar(0, 0)).toBe(`[${'#'.repeat(PROGRESS_BAR_WIDTH)}] 0/0`);
    expect(progressBar(7, 7, 4)).toBe('[####] 7/7');
  });
});
