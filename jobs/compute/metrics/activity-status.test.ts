import { describe, expect, it } from 'vitest';
import { activityStatus, type ActivityStatusInput } from './activity-status.ts';

const base: ActivityStatusInput = {
  baseline: 'discontinued',
  baselineSource: 'opengrants',
  baselineReason: "OpenGrants integrationStatus 'Abandoned' → discontinued",
  lastCommitInRepos: '2026-08-01T10:00:00Z',
  trancheCompletionPct: 40,
  asOf: '2026-08-23',
};

describe('activityStatus (DESIGN §5.5)', () => {
  it('upgrades a discontinued project with a recent commit to in-dev below 100% tranche, with a reason', () => {
    expect(activityStatus(base)).toEqual({
      status: 'in-dev',
      source: 'git-activity',
      reason:
        "OpenGrants integrationStatus 'Abandoned' → discontinued; upgraded to in-dev: commit on 2026-08-01 within 90 days of 2026-08-23, tranche 40%",
    });
  });

  it('upgrades to live at 100% tranche, and non-responsive too', () => {
    expect(activityStatus({ ...base, trancheCompletionPct: 100 }).status).toBe('live');
    expect(activityStatus({ ...base, baseline: 'non-responsive', trancheCompletionPct: 100 }).status).toBe('live');
    expect(activityStatus({ ...base, trancheCompletionPct: null }).reason).toMatch(/tranche unknown$/);
    expect(activityStatus({ ...base, trancheCompletionPct: null }).status).toBe('in-dev');
  });

  it('uses a 90-day window anchored at as_of (start of day, UTC)', () => {
    // 2026-08-23 − 90 days = 2026-05-25.
    expect(activityStatus({ ...base, lastCommitInRepos: '2026-05-25T00:00:00Z' }).status).toBe('in-dev');
    expect(activityStatus({ ...base, lastCommitInRepos: '2026-05-24T23:59:59Z' }).status).toBe('discontinued');
    // Offsets are honoured: 01:00+02:00 is still 2026-05-24 in UTC.
    expect(activityStatus({ ...base, lastCommitInRepos: '2026-05-25T01:00:00+02:00' }).status).toBe('discontinued');
    // A commit after as_of does not count.
    expect(activityStatus({ ...base, lastCommitInRepos: '2026-08-23T08:00:00Z' }).status).toBe('discontinued');
  });

  it('never downgrades and leaves active baselines alone', () => {
    for (const baseline of ['live', 'in-dev'] as const) {
      const r = activityStatus({ ...base, baseline, baselineReason: 'x', lastCommitInRepos: null });
      expect(r).toEqual({ status: baseline, source: 'opengrants', reason: 'x' });
      expect(activityStatus({ ...base, baseline, baselineReason: 'x', lastCommitInRepos: '2019-01-01T00:00:00Z' }).status).toBe(baseline);
    }
  });

  it('keeps the baseline when there is no commit or the date is malformed', () => {
    expect(activityStatus({ ...base, lastCommitInRepos: null })).toEqual({ status: 'discontinued', source: 'opengrants', reason: base.baselineReason });
    expect(activityStatus({ ...base, lastCommitInRepos: 'yesterday' }).status).toBe('discontinued');
  });
});
