import { describe, expect, it } from 'vitest';
import { projectAdoption, repoAdoption, sumDownloads, type AdoptionSignals } from './adoption.ts';

describe('adoption (DESIGN §5.4, §5.7 item 6)', () => {
  const signals = new Map<string, AdoptionSignals>([
    ['a1', { stars: 10, forks: 2 }],
    ['a2', { downloads: 100, stars: 20 }],
    ['b1', { downloads: 300, forks: 6 }],
    ['c1', {}],
  ]);

  it('worked example: a1 0.00, a2 25.00, b1 50.00, c1 null; projects 12.50 and 50.00', () => {
    const repos = repoAdoption(signals);
    expect(repos.get('a1')).toEqual({ composite: 0, coverage: 2, percentiles: { downloads: null, stars: 0, forks: 0 } });
    expect(repos.get('a2')).toEqual({ composite: 25, coverage: 2, percentiles: { downloads: 0, stars: 50, forks: null } });
    expect(repos.get('b1')).toEqual({ composite: 50, coverage: 2, percentiles: { downloads: 50, stars: null, forks: 50 } });
    expect(repos.get('c1')).toEqual({ composite: null, coverage: 0, percentiles: { downloads: null, stars: null, forks: null } });

    const composites = new Map([...repos].map(([id, r]) => [id, r.composite]));
    const projects = projectAdoption(composites, new Map([['A', ['a1', 'a2']], ['B', ['b1']], ['C', ['c1']], ['E', []]]));
    expect(projects.get('A')).toEqual({ adoption: 12.5, repos: 2 });
    expect(projects.get('B')).toEqual({ adoption: 50, repos: 1 });
    expect(projects.get('C')).toEqual({ adoption: null, repos: 0 });
    expect(projects.get('E')).toEqual({ adoption: null, repos: 0 });
  });

  it('rounds the mean of exact ranks once, half up', () => {
    // stars among 3 repos: 0, 33.33…, 66.66…; forks among 2: 0, 50.
    const repos = repoAdoption(
      new Map<string, AdoptionSignals>([
        ['x', { stars: 1 }],
        ['y', { stars: 2, forks: 1 }],
        ['z', { stars: 3, forks: 2 }],
      ]),
    );
    expect(repos.get('y')!.composite).toBe(16.67); // (33.333… + 0) / 2 = 16.666…
    expect(repos.get('z')!.composite).toBe(58.33); // (66.666… + 50) / 2 = 58.333…
    expect(repos.get('y')!.percentiles.stars).toBe(33.33);
  });

  it('rounds three-signal means and project means half up', () => {
    // r1: downloads rank 1/8 = 12.5, stars 0 and forks 0 (lowest of two) → 12.5 / 3 = 4.1666… → 4.17.
    const m = new Map<string, AdoptionSignals>();
    for (let i = 0; i < 8; i++) m.set(`r${i}`, { downloads: i });
    m.set('r1', { downloads: 1, stars: 5, forks: 5 });
    m.set('r0', { downloads: 0, stars: 9, forks: 9 });
    const r1 = repoAdoption(m).get('r1')!;
    // downloads 12.5, stars 0, forks 0 → 4.1666… → 4.17
    expect(r1.composite).toBe(4.17);
    // (0.01 + 0.02) / 2 = 0.015 → 0.02 (0.015 is 0.01499… in binary).
    expect(projectAdoption(new Map([['p', 0.01], ['q', 0.02]]), new Map([['P', ['p', 'q']]])).get('P')!.adoption).toBe(0.02);
  });

  it('treats missing, null, negative and non-finite signals as unknown', () => {
    const r = repoAdoption(new Map<string, AdoptionSignals>([['a', { stars: null, forks: -1, downloads: Number.NaN }], ['b', { stars: 3 }]]));
    expect(r.get('a')!.coverage).toBe(0);
    expect(r.get('b')).toEqual({ composite: 0, coverage: 1, percentiles: { downloads: null, stars: 0, forks: null } });
  });

  it('sums the downloads of one repo published as two packages', () => {
    expect(sumDownloads([{ downloads30d: 1200 }, { downloads30d: 34 }])).toBe(1234);
    expect(sumDownloads([{ downloads30d: null }, { downloads30d: 5 }])).toBe(5);
    expect(sumDownloads([{ downloads30d: null }])).toBeNull();
    expect(sumDownloads([])).toBeNull();
    // The summed figure then ranks as one signal.
    const r = repoAdoption(new Map<string, AdoptionSignals>([['two', { downloads: sumDownloads([{ downloads30d: 60 }, { downloads30d: 60 }]) }], ['one', { downloads: 100 }]]));
    expect(r.get('two')!.percentiles.downloads).toBe(50);
  });
});
