import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for the system's colour-scheme preference, which the test can change. */
function fakeSystem(prefersDark: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    get matches() {
      return prefersDark;
    },
    media: '(prefers-color-scheme: dark)',
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
  };
  vi.stubGlobal('matchMedia', vi.fn(() => query));
  return {
    set(dark: boolean) {
      prefersDark = dark;
      for (const listener of listeners) listener();
    },
  };
}

/** The module as a fresh page load sees it (its state is per page). */
async function loadPage() {
  vi.resetModules();
  const theme = await import('../../../src/lib/theme');
  theme.startTheme();
  return theme;
}

const shown = () => document.documentElement.dataset.theme;

beforeEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.theme;
});
afterEach(() => vi.unstubAllGlobals());

describe('theme store', () => {
  it('resolves a choice against the system preference', async () => {
    const { resolveTheme } = await import('../../../src/lib/theme');
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('follows the system when nothing was chosen, including when the system changes', async () => {
    const system = fakeSystem(true);
    const theme = await loadPage();
    expect(theme.getThemeChoice()).toBe('system');
    expect(shown()).toBe('dark');
    system.set(false);
    expect(shown()).toBe('light');
  });

  it('an explicit choice wins over the system, is remembered after a reload, and System forgets it', async () => {
    const system = fakeSystem(false);
    let theme = await loadPage();
    theme.setThemeChoice('dark');
    expect(shown()).toBe('dark');
    system.set(false); // the system changing no longer matters
    expect(shown()).toBe('dark');

    delete document.documentElement.dataset.theme;
    theme = await loadPage(); // a reload
    expect(theme.getThemeChoice()).toBe('dark');
    expect(shown()).toBe('dark');

    theme.setThemeChoice('system');
    expect(shown()).toBe('light');
    expect(localStorage.getItem(theme.THEME_STORAGE_KEY)).toBeNull();
    theme = await loadPage();
    expect(theme.getThemeChoice()).toBe('system');
    system.set(true);
    expect(shown()).toBe('dark');
  });

  it('ignores a remembered value it does not know, and works without matchMedia', async () => {
    localStorage.setItem('shortlist:theme', 'sepia');
    vi.stubGlobal('matchMedia', undefined);
    const theme = await loadPage();
    expect(theme.getThemeChoice()).toBe('system');
    expect(shown()).toBe('light');
  });

  it('tells subscribers (the toggle, the charts) when the theme changes', async () => {
    fakeSystem(false);
    const theme = await loadPage();
    const { result } = renderHook(() => [theme.useThemeChoice(), theme.useTheme()]);
    expect(result.current).toEqual(['system', 'light']);
    act(() => theme.setThemeChoice('dark'));
    expect(result.current).toEqual(['dark', 'dark']);
    act(() => theme.setThemeChoice('system'));
    expect(result.current).toEqual(['system', 'light']);
  });
});
