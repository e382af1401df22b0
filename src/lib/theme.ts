import { useSyncExternalStore } from 'react';

/**
 * The colour theme: what the person chose (System, Light or Dark, remembered on this device) and what
 * that resolves to. The resolved theme is written to <html data-theme>, which selects the colour tokens
 * in src/styles/themes.css; `startTheme()` runs at the top of src/main.tsx, before the first render
 * (the page's CSP allows no inline script, so this is as early as a script can run).
 *
 * One of the two modules allowed to touch localStorage (eslint.config.js): a display preference, not
 * server data or credentials.
 */
export type ThemeChoice = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

export const THEME_CHOICES: readonly { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export const THEME_STORAGE_KEY = 'shortlist:theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The theme a choice shows, given whether the system prefers dark. */
export function resolveTheme(choice: ThemeChoice, systemPrefersDark: boolean): Theme {
  if (choice === 'system') return systemPrefersDark ? 'dark' : 'light';
  return choice;
}

function parseChoice(value: unknown): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'system';
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // disabled storage (privacy mode, sandboxed frame) throws on access
  }
}

function systemQuery(): MediaQueryList | null {
  return typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : null;
}

let choice: ThemeChoice = 'system';
let theme: Theme = 'light';
const listeners = new Set<() => void>();

function apply() {
  theme = resolveTheme(choice, systemQuery()?.matches ?? false);
  document.documentElement.dataset.theme = theme;
  for (const listener of listeners) listener();
}

/** Reads the remembered choice, applies it, and follows the system from then on. Called once, by main.tsx. */
export function startTheme(): void {
  choice = parseChoice(storage()?.getItem(THEME_STORAGE_KEY));
  apply();
  systemQuery()?.addEventListener('change', apply);
}

/** Applies and remembers a choice ("system" forgets any explicit one). */
export function setThemeChoice(next: ThemeChoice): void {
  choice = next;
  try {
    if (next === 'system') storage()?.removeItem(THEME_STORAGE_KEY);
    else storage()?.setItem(THEME_STORAGE_KEY, next);
  } catch {
    // full or disabled storage: the choice still applies to this page
  }
  apply();
}

export const getThemeChoice = (): ThemeChoice => choice;
export const getTheme = (): Theme => theme;

export function subscribeTheme(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The person's choice, for the toggle. */
export const useThemeChoice = (): ThemeChoice => useSyncExternalStore(subscribeTheme, getThemeChoice);
/** The theme on screen, for what draws its own colours (charts): re-renders when it changes. */
export const useTheme = (): Theme => useSyncExternalStore(subscribeTheme, getTheme);
