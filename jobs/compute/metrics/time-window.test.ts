import { describe, expect, it } from 'vitest';
import { anchorOf, daysBefore, monthsBefore, parseInstant, utcDate } from './time-window.ts';

describe('time windows anchored at as_of', () => {
  it('anchors at 00:00 UTC of the as_of date and rejects other shapes', () => {
    expect(new Date(anchorOf('2026-08-23')).toISOString()).toBe('2026-08-23T00:00:00.000Z');
    expect(() => anchorOf('23/08/2026')).toThrow(/as_of must be YYYY-MM-DD/);
  });
  it('goes back calendar months, clamping to the last day of shorter months', () => {
    expect(utcDate(monthsBefore(anchorOf('2026-08-23'), 24))).toBe('2024-08-23');
    expect(utcDate(monthsBefore(anchorOf('2026-03-31'), 1))).toBe('2026-02-28');
    expect(utcDate(monthsBefore(anchorOf('2026-03-31'), 25))).toBe('2024-02-29');
    expect(utcDate(monthsBefore(anchorOf('2026-01-15'), 13))).toBe('2024-12-15');
    expect(utcDate(daysBefore(anchorOf('2026-08-23'), 90))).toBe('2026-05-25');
  });
  it('parses ISO instants with offsets to UTC and refuses anything else', () => {
    expect(parseInstant('2026-01-01T10:00:00+05:30')).toBe(Date.UTC(2026, 0, 1, 4, 30));
    expect(parseInstant('2025-12-31T22:00:00-05:00')).toBe(Date.UTC(2026, 0, 1, 3, 0));
    expect(parseInstant('2026-01-01')).toBeNull();
    expect(parseInstant('2026-13-01T00:00:00Z')).toBeNull();
    expect(parseInstant('')).toBeNull();
  });
});
