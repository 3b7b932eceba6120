import { describe, expect, it } from 'vitest';
import { badgeJsonPath, badgeMarkdown, badgeSlug } from './badge-snippets.ts';

describe('badgeSlug', () => {
  it('keeps the part after the SCF prefix when it is already safe', () => {
    expect(badgeSlug('daoip-5:scf:project:python_stellar_sdk')).toBe('python_stellar_sdk');
    expect(badgeSlug('daoip-5:scf:project:soroswap.finance')).toBe('soroswap.finance');
  });

  it('replaces each character outside [a-z0-9_.-] with one underscore', () => {
    expect(badgeSlug('daoip-5:scf:project:defindex:_defi_made_easy')).toBe('defindex__defi_made_easy');
    expect(badgeSlug('daoip-5:scf:project:Probe <img>/x')).toBe('_robe__img__x');
  });

  it('turns leading dots into underscores and never returns an empty slug', () => {
    expect(badgeSlug('daoip-5:scf:project:.net_stellar_sdk')).toBe('_net_stellar_sdk');
    expect(badgeSlug('daoip-5:scf:project:')).toBe('_');
  });

  it('slugs the whole id when the prefix is absent', () => {
    expect(badgeSlug('other:id')).toBe('other_id');
  });
});

describe('badgeMarkdown', () => {
  it('builds a shields.io endpoint image pointing at the JSON file', () => {
    const url = `https://example.org/ipfs/bafy/${badgeJsonPath('daoip-5:scf:project:soroban.cli', 'pony-factor')}`;
    expect(badgeMarkdown('pony-factor', url)).toBe('![pony-factor](https://img.shields.io/endpoint?url=https://example.org/ipfs/bafy/api/v1/badges/soroban.cli/pony-factor.json)');
  });

  it('encodes characters that would break the query value or the Markdown link', () => {
    expect(badgeMarkdown('status', 'https://h/a b/(x)?q#f')).toBe('![status](https://img.shields.io/endpoint?url=https://h/a%20b/%28x%29%3Fq%23f)');
  });
});
