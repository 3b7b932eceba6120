import { describe, expect, it } from 'vitest';
import { COLLISION_HASH_HEX, projectSlugs, repoPaths, sanitizeSegment } from './slug.ts';

const P = 'daoip-5:scf:project:';

describe('sanitizeSegment', () => {
  it('keeps [a-z0-9_.-] and replaces everything else with _', () => {
    expect(sanitizeSegment('python_stellar_sdk')).toBe('python_stellar_sdk');
    expect(sanitizeSegment('did:stellar')).toBe('did_stellar');
    expect(sanitizeSegment('fixed_rate_"fixie"')).toBe('fixed_rate__fixie_');
    expect(sanitizeSegment('cryptoconexión')).toBe('cryptoconexi_n');
    expect(sanitizeSegment('a/../b')).toBe('a_.._b');
  });

  it('never yields a hidden file, a dot folder or an empty name', () => {
    expect(sanitizeSegment('.net_stellar_sdk')).toBe('_net_stellar_sdk');
    expect(sanitizeSegment('..')).toBe('__');
    expect(sanitizeSegment('')).toBe('_');
  });
});

describe('projectSlugs', () => {
  it('drops the DAOIP-5 prefix', () => {
    expect(projectSlugs([`${P}soroban_sdk`]).get(`${P}soroban_sdk`)).toBe('soroban_sdk');
  });

  it('keeps the plain slug for the id spelled exactly so, and hashes the ones that collide into it', () => {
    const ids = [`${P}did_stellar`, `${P}did:stellar`, `${P}did|stellar`];
    const slugs = projectSlugs(ids);
    expect(slugs.get(`${P}did_stellar`)).toBe('did_stellar');
    expect(slugs.get(`${P}did:stellar`)).toMatch(new RegExp(`^did_stellar-[0-9a-f]{${COLLISION_HASH_HEX}}$`));
    expect(slugs.get(`${P}did|stellar`)).toMatch(new RegExp(`^did_stellar-[0-9a-f]{${COLLISION_HASH_HEX}}$`));
    expect(new Set(slugs.values()).size).toBe(3);
  });

  it('does not depend on input order', () => {
    const ids = [`${P}a:b`, `${P}a|b`, `${P}c`, `${P}.x`, `${P}_x`];
    const forward = projectSlugs(ids);
    const backward = projectSlugs([...ids].reverse());
    expect([...backward].sort()).toEqual([...forward].sort());
    expect(new Set(forward.values()).size).toBe(ids.length);
  });

  it('a suffixed slug never takes another id’s plain slug', () => {
    const clash = projectSlugs([`${P}a:b`, `${P}a|b`]).get(`${P}a:b`)!;
    const slugs = projectSlugs([`${P}a:b`, `${P}a|b`, `${P}${clash}`]);
    expect(slugs.get(`${P}${clash}`)).toBe(clash);
    expect(new Set(slugs.values()).size).toBe(3);
  });
});

describe('repoPaths', () => {
  it('maps pkg:github ids to owner/repo, sanitizing each segment', () => {
    const paths = repoPaths(['pkg:github/stellar/js-stellar-sdk', 'pkg:github/stellar/.github']);
    expect(paths.get('pkg:github/stellar/js-stellar-sdk')).toBe('stellar/js-stellar-sdk');
    expect(paths.get('pkg:github/stellar/.github')).toBe('stellar/_github');
  });
});
