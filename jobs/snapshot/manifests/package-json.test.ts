import { describe, expect, it } from 'vitest';
import { parsePackageJson } from './package-json.ts';
import { realManifest, testContext } from './test-support.ts';

describe('parsePackageJson', () => {
  it('reads the real stellar/js-stellar-sdk package.json', () => {
    const ctx = testContext('package.json');
    const m = parsePackageJson(realManifest('stellar/js-stellar-sdk', 'package.json'), ctx)!;
    expect(ctx.warnings).toEqual([]);
    expect(m.publishes).toBe('pkg:npm/%40stellar/stellar-sdk');
    expect(m.isPrivate).toBe(false);
    expect(m.isExampleOrTest).toBe(false);
    // stellar-base was folded into the SDK upstream; the SDK now depends on js-xdr directly.
    const xdr = m.dependencies.find((d) => d.purl === 'pkg:npm/%40stellar/js-xdr' && d.scope === 'runtime');
    expect(xdr?.internal).toBe(false);
    expect(xdr!.versionRange).toMatch(/\d/);
    expect(m.dependencies.find((d) => d.purl === 'pkg:npm/axios')?.versionRange).toBe('1.18.0');
    expect(m.dependencies.some((d) => d.scope === 'dev')).toBe(true);
  });

  it('reads a real dependent of @stellar/stellar-sdk (blend-capital/blend-sdk-js)', () => {
    const m = parsePackageJson(realManifest('blend-capital/blend-sdk-js', 'package.json'), testContext('package.json'))!;
    expect(m.publishes).toBe('pkg:npm/%40blend-capital/blend-sdk');
    expect(m.dependencies.find((d) => d.purl === 'pkg:npm/%40stellar/stellar-sdk')).toMatchObject({ versionRange: '14.1.1', internal: false });
  });

  it('maps sections to scopes, marks in-repo protocols internal, resolves npm: aliases', () => {
    const ctx = testContext('apps/web/package.json');
    const m = parsePackageJson(
      JSON.stringify({
        name: '@Acme/Web',
        private: true,
        dependencies: { '@acme/core': 'workspace:*', local: 'file:../local', linked: 'link:../x', portal: 'portal:../p', axios: '^1.6.0', legacy: 'npm:@stellar/stellar-sdk@^13.0.0' },
        peerDependencies: { react: '>=18' },
        optionalDependencies: { fsevents: '^2' },
        devDependencies: { vitest: '^5.0.0', axios: '^1.7.0' },
      }),
      ctx,
    )!;
    expect(ctx.warnings).toEqual([]);
    expect(m.publishes).toBe('pkg:npm/%40acme/web');
    expect(m.isPrivate).toBe(true);
    const byPurl = (purl: string, scope = 'runtime') => m.dependencies.find((d) => d.purl === purl && d.scope === scope);
    expect(byPurl('pkg:npm/%40acme/core')).toEqual({ purl: 'pkg:npm/%40acme/core', versionRange: 'workspace:*', scope: 'runtime', internal: true });
    for (const p of ['pkg:npm/local', 'pkg:npm/linked', 'pkg:npm/portal']) expect(byPurl(p)?.internal).toBe(true);
    expect(byPurl('pkg:npm/%40stellar/stellar-sdk')).toMatchObject({ versionRange: '^13.0.0', internal: false });
    expect(byPurl('pkg:npm/react')?.versionRange).toBe('>=18');
    expect(byPurl('pkg:npm/fsevents')).toBeDefined();
    expect(byPurl('pkg:npm/vitest', 'dev')).toBeDefined();
    expect(byPurl('pkg:npm/axios')?.versionRange).toBe('^1.6.0');
    expect(byPurl('pkg:npm/axios', 'dev')?.versionRange).toBe('^1.7.0');
  });

  it('warns and skips bad input without throwing', () => {
    const ctx = testContext('package.json');
    expect(parsePackageJson('{oops', ctx)).toBeNull();
    expect(parsePackageJson('[1]', ctx)).toBeNull();
    const m = parsePackageJson(JSON.stringify({ private: 'yes', dependencies: { ok: '1', bad: 3, 'has space': '1' }, devDependencies: ['x'] }), ctx)!;
    expect(m.publishes).toBeNull();
    expect(m.dependencies.map((d) => d.purl)).toEqual(['pkg:npm/ok']);
    expect(ctx.warnings.map((w) => w.field)).toEqual([undefined, undefined, 'private', 'dependencies.bad', 'dependencies.has space', 'devDependencies']);
    expect(ctx.warnings.every((w) => w.file === 'test/package.json' && w.source === 'ecosystem')).toBe(true);
  });
});
