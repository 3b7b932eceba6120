import { describe, expect, it } from 'vitest';
import { parsePep508 } from './pep508.ts';

describe('parsePep508', () => {
  it.each([
    ['charset_normalizer<4,>=2', { name: 'charset_normalizer', versionRange: '<4,>=2', marker: null, extraOnly: false }],
    ['PySocks!=1.5.7,>=1.5.6; extra == "socks"', { name: 'PySocks', versionRange: '!=1.5.7,>=1.5.6', marker: 'extra == "socks"', extraOnly: true }],
    ['colorama>=0.4; sys_platform == "win32"', { name: 'colorama', versionRange: '>=0.4', marker: 'sys_platform == "win32"', extraOnly: false }],
    ['requests[security] (>=2.0)', { name: 'requests', versionRange: '>=2.0', marker: null, extraOnly: false }],
    ['pip @ https://example.org/pip.whl', { name: 'pip', versionRange: null, marker: null, extraOnly: false }],
    ['idna', { name: 'idna', versionRange: null, marker: null, extraOnly: false }],
    ['x; python_version < "3.8" and extra == "dev"', { name: 'x', versionRange: null, marker: 'python_version < "3.8" and extra == "dev"', extraOnly: true }],
  ])('%s', (text, expected) => {
    expect(parsePep508(text)).toEqual(expected);
  });

  it('rejects text that is not a requirement', () => {
    expect(parsePep508('>=2')).toBeNull();
  });
});
