import { describe, expect, it } from 'vitest';
import { parseComposerJson } from './composer-json.ts';
import { realManifest, testContext } from './test-support.ts';

describe('parseComposerJson', () => {
  it('reads the real Soneso/stellar-php-sdk composer.json without platform packages', () => {
    const ctx = testContext('composer.json');
    const m = parseComposerJson(realManifest('Soneso/stellar-php-sdk', 'composer.json'), ctx)!;
    expect(ctx.warnings).toEqual([]);
    expect(m.publishes).toBe('pkg:composer/soneso/stellar-php-sdk');
    expect(m.dependencies.length).toBeGreaterThan(0);
    expect(m.dependencies.every((d) => d.purl.includes('/', 'pkg:composer/'.length))).toBe(true);
    expect(m.dependencies.some((d) => d.purl === 'pkg:composer/php')).toBe(false);
  });

  it('drops php / ext-* / lib-*, maps require-dev to dev, warns on bad constraints', () => {
    const ctx = testContext('composer.json');
    const m = parseComposerJson(JSON.stringify({ name: 'Acme/Lib', require: { php: '>=8.1', 'ext-gmp': '*', 'lib-curl': '*', 'guzzlehttp/guzzle': '^7.0', 'bad/one': 7 }, 'require-dev': { 'phpunit/phpunit': '^10' } }), ctx)!;
    expect(m.publishes).toBe('pkg:composer/acme/lib');
    expect(m.dependencies).toEqual([
      { purl: 'pkg:composer/guzzlehttp/guzzle', versionRange: '^7.0', scope: 'runtime', internal: false },
      { purl: 'pkg:composer/phpunit/phpunit', versionRange: '^10', scope: 'dev', internal: false },
    ]);
    expect(ctx.warnings.map((w) => w.field)).toEqual(['require.bad/one']);
    expect(parseComposerJson('nope', ctx)).toBeNull();
  });
});
