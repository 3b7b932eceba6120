import { describe, expect, it } from 'vitest';
import { THEME_BOOT_SCRIPT, THEME_STORAGE_KEY, parseThemePreference, resolveTheme } from './theme-preference.ts';

/** Runs the boot script against a fake document / storage / matchMedia and returns the attribute set. */
function boot(stored: string | null, prefersDark: boolean, storageThrows = false): string | undefined {
  const attributes: Record<string, string> = {};
  const env = {
    localStorage: { getItem: (key: string) => { if (storageThrows) throw new Error('denied'); return key === THEME_STORAGE_KEY ? stored : null; } },
    matchMedia: () => ({ matches: prefersDark }),
    document: { documentElement: { setAttribute: (name: string, value: string) => { attributes[name] = value; } } },
  };
  const run = new Function('localStorage', 'matchMedia', 'window', 'document', THEME_BOOT_SCRIPT);
  run(env.localStorage, env.matchMedia, env, env.document);
  return attributes['data-theme'];
}

describe('theme preference', () => {
  it('parses stored values, unknown ones meaning system', () => {
    expect(parseThemePreference('dark')).toBe('dark');
    expect(parseThemePreference('light')).toBe('light');
    expect(parseThemePreference('purple')).toBe('system');
    expect(parseThemePreference(null)).toBe('system');
  });
  it('resolves system from the OS flag and keeps explicit choices', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
  it('boot script agrees with resolveTheme, also when storage is unavailable', () => {
    for (const stored of ['dark', 'light', null, 'junk']) {
      for (const dark of [true, false]) expect(boot(stored, dark)).toBe(resolveTheme(parseThemePreference(stored), dark));
    }
    expect(boot('light', true, true)).toBe('dark');
  });
});
