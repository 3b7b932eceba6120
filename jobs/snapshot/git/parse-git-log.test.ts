import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REALDATA_DIR } from '../../../test/support/paths.ts';
import type { SnapshotWarning } from '../types.ts';
import { parseGitLog } from './parse-git-log.ts';
import { toUtcIso } from './utc-date.ts';

function collector(): { warnings: SnapshotWarning[]; warn: (w: SnapshotWarning) => void } {
  const warnings: SnapshotWarning[] = [];
  return { warnings, warn: (w) => warnings.push(w) };
}
const SHA = (n: number): string => n.toString(16).padStart(40, 'a');
const line = (...fields: string[]): string => fields.join('\0');

describe('toUtcIso (DESIGN §5.7 item 9)', () => {
  it('converts +05:30 and -05:00 offsets to UTC', () => {
    expect(toUtcIso('2024-03-01T01:30:00+05:30')).toBe('2024-02-29T20:00:00Z');
    expect(toUtcIso('2024-12-31T22:15:09-05:00')).toBe('2025-01-01T03:15:09Z');
    expect(toUtcIso('2016-08-04T13:27:30-07:00')).toBe('2016-08-04T20:27:30Z');
    expect(toUtcIso('2020-01-01T00:00:00Z')).toBe('2020-01-01T00:00:00Z');
    expect(toUtcIso('2020-01-01T00:00:00+00:00')).toBe('2020-01-01T00:00:00Z');
  });
  it('rejects dates that are not strict ISO 8601 with an offset', () => {
    for (const bad of ['2024-02-30T00:00:00Z', '2024-13-01T00:00:00Z', '2024-01-01 00:00:00 +0000', '2024-01-01T00:00:00', 'Mon Jan 1 2024', '', '2024-01-01T25:00:00Z', '2024-01-01T00:00:00+15:00']) {
      expect(toUtcIso(bad), bad).toBeNull();
    }
  });
});

describe('parseGitLog on hand-made logs', () => {
  const good = line(SHA(1), 'Dev One', 'one@example.invalid', '2024-03-01T01:30:00+05:30', 'GitHub', 'noreply@github.com', 'Dev Two <two@example.invalid>\x1fClaude <noreply@anthropic.com>\x1fno email here');

  it('parses fields, converts dates and splits co-authors', () => {
    const sink = collector();
    const result = parseGitLog(`${good}\n`, 'ecosystem/repos/a/b/gitlog-full.txt', sink);
    expect(sink.warnings).toEqual([]);
    expect(result).toEqual({
      commits: [
        {
          sha: SHA(1),
          authorName: 'Dev One',
          authorEmail: 'one@example.invalid',
          authorDateUtc: '2024-02-29T20:00:00Z',
          committerName: 'GitHub',
          committerEmail: 'noreply@github.com',
          coAuthors: [
            { name: 'Dev Two', email: 'two@example.invalid' },
            { name: 'Claude', email: 'noreply@anthropic.com' },
          ],
        },
      ],
      skippedMalformed: 0,
      skippedEmptyEmail: 0,
    });
  });

  it('skips and counts malformed lines and empty e-mails, with one summary warning per file', () => {
    const lines = [
      good,
      line(SHA(2), 'x', 'x@example.invalid', '2024-01-01T00:00:00Z', 'x', 'x@example.invalid'), // 6 fields
      line('nothex', 'x', 'x@example.invalid', '2024-01-01T00:00:00Z', 'x', 'x', ''),
      line(SHA(3), 'x', 'x@example.invalid', 'yesterday', 'x', 'x', ''),
      line(SHA(4), 'No Mail', '', '2024-01-01T00:00:00-05:00', 'x', 'x', ''),
      line(SHA(5), 'Dev Five', 'five@example.invalid', '2024-01-01T00:00:00-05:00', 'x', 'x', ''),
      'garbage',
      line(SHA(6), 'x', 'x@example.invalid', '2024-01-01T00:00:00Z', 'x', 'x', '', 'extra'),
      line(SHA(7), 'x', 'x@example.invalid', '2024-01-01T00:00:00Z', 'x', 'x', ''),
    ];
    const sink = collector();
    const result = parseGitLog(`${lines.join('\r\n')}\n`, 'f.txt', sink);
    expect(result.commits.map((c) => c.sha)).toEqual([SHA(1), SHA(5), SHA(7)]);
    expect(result.commits[1]!.authorDateUtc).toBe('2024-01-01T05:00:00Z');
    expect(result.skippedMalformed).toBe(5);
    expect(result.skippedEmptyEmail).toBe(1);
    expect(sink.warnings).toHaveLength(1);
    expect(sink.warnings[0]!.file).toBe('f.txt');
    expect(sink.warnings[0]!.message).toContain('line 2, 3, 4, 7, 8');
    expect(sink.warnings[0]!.message).toContain('line 5');
  });

  it('gives nothing and no warning for an empty log', () => {
    const sink = collector();
    expect(parseGitLog('', 'f', sink)).toEqual({ commits: [], skippedMalformed: 0, skippedEmptyEmail: 0 });
    expect(sink.warnings).toEqual([]);
  });
});

describe('parseGitLog on the 49 real repos', () => {
  const reposDir = path.join(REALDATA_DIR, 'ecosystem/repos');
  const logs = fs
    .readdirSync(reposDir)
    .flatMap((owner) => fs.readdirSync(path.join(reposDir, owner)).map((repo) => path.join(reposDir, owner, repo, 'gitlog-full.txt')))
    .filter((f) => fs.existsSync(f));

  it('parses every line of every gitlog-full.txt, without warnings', () => {
    expect(logs).toHaveLength(49);
    const sink = collector();
    let total = 0;
    const started = performance.now();
    for (const file of logs) {
      const text = fs.readFileSync(file, 'utf8');
      const result = parseGitLog(text, file, sink);
      const lineCount = text.split('\n').length - 1; // what `wc -l` counts
      expect(result.commits.length + result.skippedMalformed + result.skippedEmptyEmail, file).toBe(lineCount);
      total += result.commits.length;
      for (const c of result.commits) expect(c.authorDateUtc).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    }
    expect(performance.now() - started).toBeLessThan(3000);
    expect(sink.warnings).toEqual([]);
    expect(total).toBe(33_893); // ecosystem/README.md "non-merge commits, whole history"
  });
});
