import { describe, expect, it } from 'vitest';
import { href, projectHref, repoHref, rootRelFor } from './site-root.ts';

describe('site-root', () => {
  it('computes the path to the root from a page pathname', () => {
    expect(rootRelFor('/')).toBe('./');
    expect(rootRelFor('/projects/')).toBe('../');
    expect(rootRelFor('/a/b/')).toBe('../../');
  });
  it('builds relative links that resolve under any prefix', () => {
    expect(href('../', 'projects/')).toBe('../projects/');
    expect(href('./', '/graph/')).toBe('./graph/');
    expect(href('../', '')).toBe('../');
    const link = projectHref('../', 'daoip-5:scf:project:soroban.cli');
    expect(link).toBe('../project/?id=daoip-5%3Ascf%3Aproject%3Asoroban.cli');
    expect(new URL(link, 'https://gw.example/ipfs/bafyabc/repo/?id=x').href).toBe('https://gw.example/ipfs/bafyabc/project/?id=daoip-5%3Ascf%3Aproject%3Asoroban.cli');
    expect(repoHref('./', 'pkg:github/a/b')).toBe('./repo/?id=pkg%3Agithub%2Fa%2Fb');
  });
});
