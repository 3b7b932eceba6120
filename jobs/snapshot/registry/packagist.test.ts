import { describe, expect, it } from 'vitest';
import { pickPackagistLatest } from './packagist.ts';

const v = (...keys: string[]) => keys.map((key) => ({ key }));

describe('pickPackagistLatest', () => {
  it('prefers the highest stable release over dev branches and pre-releases', () => {
    expect(pickPackagistLatest(v('dev-main', '1.8.0', '1.10.0', '2.0.0-beta1'))).toBe('1.10.0');
    expect(pickPackagistLatest(v('v2.0.0', 'v1.9.9'))).toBe('v2.0.0');
  });
  it('falls back to a pre-release, then a default-branch dev version, then the first dev version', () => {
    expect(pickPackagistLatest(v('dev-main', '2.0.0-RC1'))).toBe('2.0.0-RC1');
    expect(pickPackagistLatest(v('dev-develop', 'dev-main'))).toBe('dev-main');
    expect(pickPackagistLatest(v('dev-feature', 'dev-master'))).toBe('dev-master');
    expect(pickPackagistLatest(v('dev-feature'))).toBe('dev-feature');
    expect(pickPackagistLatest([])).toBeNull();
  });
});
