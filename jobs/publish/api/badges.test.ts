import { describe, expect, it } from 'vitest';
import { BADGE_METRICS, badgeFor, type BadgeInput } from './badges.ts';

const base: BadgeInput = { activity_status: 'live', criticality: 10, criticality_pct: 95, pony_factor: 3, adoption: 62.5 };

describe('badgeFor', () => {
  it('always returns a shields endpoint document with text in the message', () => {
    for (const metric of BADGE_METRICS) {
      const badge = badgeFor(metric, base);
      expect(Object.keys(badge).sort()).toEqual(['color', 'label', 'message', 'schemaVersion']);
      expect(badge.schemaVersion).toBe(1);
      expect(badge.message.length).toBeGreaterThan(0);
    }
  });

  it('pony factor 1 is red, and the colour lightens as the maintainer base widens', () => {
    const colour = (pony_factor: number | null) => badgeFor('pony-factor', { ...base, pony_factor }).color;
    expect(colour(1)).toBe('red');
    expect(colour(2)).toBe('orange');
    expect(colour(3)).toBe('yellow');
    expect(colour(4)).toBe('yellow');
    expect(colour(7)).toBe('green');
    expect(badgeFor('pony-factor', { ...base, pony_factor: 0 })).toMatchObject({ message: 'no commits', color: 'lightgrey' });
    expect(badgeFor('pony-factor', { ...base, pony_factor: null })).toMatchObject({ message: 'no repos', color: 'lightgrey' });
  });

  it('criticality: grey at 0, darker blue for higher percentiles', () => {
    expect(badgeFor('criticality', { ...base, criticality: 0, criticality_pct: 0 })).toMatchObject({ message: '0', color: 'lightgrey' });
    const top = badgeFor('criticality', base);
    const mid = badgeFor('criticality', { ...base, criticality_pct: 60 });
    const low = badgeFor('criticality', { ...base, criticality_pct: 10 });
    expect(top.message).toBe('10');
    expect(new Set([top.color, mid.color, low.color]).size).toBe(3);
  });

  it('adoption shows the score and greys out when unknown', () => {
    expect(badgeFor('adoption', base)).toMatchObject({ message: '62.5', color: 'green' });
    expect(badgeFor('adoption', { ...base, adoption: 33.333 }).message).toBe('33.33');
    expect(badgeFor('adoption', { ...base, adoption: null })).toMatchObject({ message: 'unknown', color: 'lightgrey' });
  });

  it('status names the status', () => {
    expect(badgeFor('status', base)).toMatchObject({ message: 'live', color: 'brightgreen' });
    expect(badgeFor('status', { ...base, activity_status: 'non-responsive' })).toMatchObject({ message: 'non-responsive', color: 'orange' });
  });
});
