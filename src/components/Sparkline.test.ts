import { describe, expect, it } from 'vitest';
import { sparklineSummary } from './Sparkline.tsx';

describe('sparklineSummary', () => {
  it('says the total, span, busiest month and latest months', () => {
    const text = sparklineSummary([
      { month: '2026-01', commits: 4 },
      { month: '2026-02', commits: 1200 },
      { month: '2026-03', commits: 0 },
      { month: '2026-04', commits: 7 },
    ]);
    expect(text).toBe('1,211 commits from 2026-01 to 2026-04; busiest month 2026-02 (1,200); latest months 2026-02: 1,200, 2026-03: 0, 2026-04: 7.');
  });

  it('handles no history', () => {
    expect(sparklineSummary([])).toBe('No commit history.');
  });
});
