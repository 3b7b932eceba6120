import { describe, expect, it } from 'vitest';
import { parseNumberCell, parseUsd } from './money.ts';

describe('parseUsd', () => {
  it.each([
    ['$1,234.50', 1234.5],
    ['$110000.00', 110000],
    ['$0.00', 0],
    ['36666.67', 36666.67],
    [' $ 7489 ', 7489],
    ['-$5.25', -5.25],
    ['', null],
    ['n/a', undefined],
    ['$12abc', undefined],
  ] as const)('%j → %j', (text, value) => {
    expect(parseUsd(text)).toBe(value);
  });
});

describe('parseNumberCell', () => {
  it('reads percentages and plain numbers', () => {
    expect(parseNumberCell('33')).toBe(33);
    expect(parseNumberCell('100%')).toBe(100);
    expect(parseNumberCell('')).toBeNull();
    expect(parseNumberCell('most')).toBeUndefined();
  });
});
