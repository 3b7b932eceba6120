/**
 * Theme control in the header (DESIGN §7 accessibility: light/dark theme without flash). A
 * labelled select (system / light / dark); the choice goes to localStorage and `<html data-theme>`.
 * The head script already painted the stored choice, so this only reads it back and keeps
 * "system" in step with the OS while the page is open.
 */
import { useEffect, useState } from 'react';
import { DARK_QUERY, THEME_ATTRIBUTE, THEME_PREFERENCES, THEME_STORAGE_KEY, parseThemePreference, resolveTheme, type ThemePreference } from './theme-preference.ts';

const LABELS: Record<ThemePreference, string> = { system: 'System', light: 'Light', dark: 'Dark' };

function readStored(): ThemePreference {
  try {
    return parseThemePreference(window.localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    return 'system';
  }
}

function apply(preference: ThemePreference): void {
  const dark = window.matchMedia?.(DARK_QUERY).matches ?? false;
  document.documentElement.setAttribute(THEME_ATTRIBUTE, resolveTheme(preference, dark));
}

export default function ThemeToggle() {
  const [preference, setPreference] = useState<ThemePreference>('system');

  useEffect(() => setPreference(readStored()), []);

  useEffect(() => {
    apply(preference);
    if (preference !== 'system' || !window.matchMedia) return;
    const media = window.matchMedia(DARK_QUERY);
    const onChange = () => apply('system');
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, [preference]);

  const choose = (next: ThemePreference) => {
    try {
      if (next === 'system') window.localStorage.removeItem(THEME_STORAGE_KEY);
      else window.localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Storage unavailable (privacy mode): the choice lasts for this page only.
    }
    setPreference(next);
  };

  return (
    <span className="theme-toggle">
      <label htmlFor="theme-select">Theme</label>
      <select id="theme-select" value={preference} onChange={(e) => choose(parseThemePreference(e.target.value))}>
        {THEME_PREFERENCES.map((p) => <option key={p} value={p}>{LABELS[p]}</option>)}
      </select>
    </span>
  );
}
