/**
 * Light / dark theme preference (DESIGN §7 accessibility: "light/dark theme without flash").
 * The visitor picks system, light or dark; the choice is kept in localStorage (no cookies) and the
 * resolved theme is written to `<html data-theme>` by a tiny inline head script before first paint
 * (THEME_BOOT_SCRIPT), so the stylesheet never paints the wrong palette first.
 */

export type ThemePreference = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

/** localStorage key of the visitor's choice. */
export const THEME_STORAGE_KEY = 'pg-atlas-theme';
/** Attribute on <html> the stylesheet keys the palette on. */
export const THEME_ATTRIBUTE = 'data-theme';
/** Media query of the operating system's dark mode. */
export const DARK_QUERY = '(prefers-color-scheme: dark)';

export const THEME_PREFERENCES: readonly ThemePreference[] = ['system', 'light', 'dark'];

/** A stored value as a preference; anything unknown (or storage unavailable) means "system". */
export function parseThemePreference(stored: string | null | undefined): ThemePreference {
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

/** The theme to paint for a preference and the system's dark-mode flag. */
export function resolveTheme(preference: ThemePreference, systemPrefersDark: boolean): Theme {
  if (preference === 'system') return systemPrefersDark ? 'dark' : 'light';
  return preference;
}

/**
 * The head script (run synchronously, before the body is parsed). Built from the constants above so
 * the key and attribute have one source; storage errors (privacy modes) fall back to the system.
 */
export const THEME_BOOT_SCRIPT = `(function(){var p=null;try{p=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)})}catch(e){}` +
  `var d=p==='dark'||(p!=='light'&&window.matchMedia&&matchMedia(${JSON.stringify(DARK_QUERY)}).matches);` +
  `document.documentElement.setAttribute(${JSON.stringify(THEME_ATTRIBUTE)},d?'dark':'light')})()`;
