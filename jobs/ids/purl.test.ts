import { describe, expect, it } from 'vitest';
import { parsePurl, purlFor, registryName } from './purl.ts';

describe('parsePurl (DESIGN §3 purl hygiene)', () => {
  it('gives one canonical purl for every npm scope spelling', () => {
    const spellings = ['pkg:npm/@stellar/stellar-sdk', 'pkg:npm/%40stellar/stellar-sdk', 'pkg:npm/%40stellar%2Fstellar-sdk', 'pkg:npm/%40Stellar/Stellar-SDK@13.0.0'];
    const purls = spellings.map((s) => parsePurl(s)?.purl);
    expect(new Set(purls)).toEqual(new Set(['pkg:npm/%40stellar/stellar-sdk']));
  });

  it('cuts the version at the last @ and keeps it apart', () => {
    const p = parsePurl('pkg:npm/@stellar/stellar-sdk@13.1.0');
    expect(p?.purl).toBe('pkg:npm/%40stellar/stellar-sdk');
    expect(p?.namespace).toBe('@stellar');
    expect(p?.name).toBe('stellar-sdk');
    expect(p?.version).toBe('13.1.0');
    expect(parsePurl('pkg:npm/%40stellar%2Fstellar-sdk@1.0.0-rc.1')?.version).toBe('1.0.0-rc.1');
    expect(parsePurl('pkg:githubactions/googleapis/release-please-action@4.%2A.%2A')?.version).toBe('4.*.*');
  });

  it('normalises PyPI names by PEP 503', () => {
    expect(parsePurl('pkg:pypi/Django_Polaris@2.6.0')?.purl).toBe('pkg:pypi/django-polaris');
    expect(parsePurl('pkg:pypi/zope.interface')?.purl).toBe('pkg:pypi/zope-interface');
    expect(purlFor('pypi', 'Stellar_SDK')).toBe('pkg:pypi/stellar-sdk');
  });

  it('parses golang purls with and without versions, keeping the module path case', () => {
    for (const v of ['v1', 'v1.2', 'v1.2.3', 'v0.0.0-20230301143203-a9d515a09cc2', 'v4.1.2+incompatible']) {
      const p = parsePurl(`pkg:golang/github.com/stellar/go@${v}`);
      expect(p?.purl).toBe('pkg:golang/github.com/stellar/go');
      expect(p?.version).toBe(v);
    }
    expect(parsePurl('pkg:golang/github.com/BurntSushi/toml@v1.3.2')?.purl).toBe('pkg:golang/github.com/BurntSushi/toml');
    expect(purlFor('golang', 'github.com/stellar/go')).toBe('pkg:golang/github.com/stellar/go');
  });

  it('returns null for text that is not a purl', () => {
    expect(parsePurl('stellar-sdk')).toBeNull();
    expect(parsePurl('https://github.com/stellar/go')).toBeNull();
    expect(parsePurl('')).toBeNull();
  });

  it('builds purls from registry names and back', () => {
    expect(purlFor('npm', '@stellar/stellar-sdk')).toBe('pkg:npm/%40stellar/stellar-sdk');
    expect(purlFor('composer', 'soneso/stellar-php-sdk')).toBe('pkg:composer/soneso/stellar-php-sdk');
    expect(purlFor('maven', 'network.lightsail/stellar-sdk')).toBe('pkg:maven/network.lightsail/stellar-sdk');
    const p = parsePurl(purlFor('npm', '@stellar/stellar-sdk'));
    expect(p && registryName(p)).toBe('@stellar/stellar-sdk');
  });
});
