import { describe, expect, it } from 'vitest';
import type { SnapshotWarning } from '../types.ts';
import { parseMailmap } from './parse-mailmap.ts';

describe('parseMailmap (gitmailmap(5))', () => {
  it('reads the four forms, comments and blank lines', () => {
    const text = [
      '# the team',
      'Proper Name <commit@example.invalid>',
      '',
      '<proper@example.invalid> <commit2@example.invalid>   # trailing comment',
      'Proper Two <proper2@example.invalid> <commit3@example.invalid>',
      'Proper Three <proper3@example.invalid> Commit Name <commit4@example.invalid>',
      'Hash Mark <odd#mail@example.invalid>',
    ].join('\n');
    const warnings: SnapshotWarning[] = [];
    expect(parseMailmap(text, 'mailmap', { warn: (w) => warnings.push(w) })).toEqual([
      { properName: 'Proper Name', properEmail: null, commitName: null, commitEmail: 'commit@example.invalid' },
      { properName: null, properEmail: 'proper@example.invalid', commitName: null, commitEmail: 'commit2@example.invalid' },
      { properName: 'Proper Two', properEmail: 'proper2@example.invalid', commitName: null, commitEmail: 'commit3@example.invalid' },
      { properName: 'Proper Three', properEmail: 'proper3@example.invalid', commitName: 'Commit Name', commitEmail: 'commit4@example.invalid' },
      { properName: 'Hash Mark', properEmail: null, commitName: null, commitEmail: 'odd#mail@example.invalid' },
    ]);
    expect(warnings).toEqual([]);
  });

  it('warns about and skips lines of no known form', () => {
    const warnings: SnapshotWarning[] = [];
    const entries = parseMailmap('just a name\n<only@example.invalid>\nName <a@x> <b@y> <c@z>\nOk <ok@example.invalid>\n', 'm', { warn: (w) => warnings.push(w) });
    expect(entries).toHaveLength(1);
    expect(warnings.map((w) => w.field)).toEqual(['line 1', 'line 2', 'line 3']);
  });
});
