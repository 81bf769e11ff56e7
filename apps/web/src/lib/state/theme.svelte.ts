export const THEME_COOKIE = 'ordo_theme';
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export function parseTheme(value: string | null | undefined): Theme {
  return THEMES.find((theme) => theme === value) ?? 'system';
}

/** The colour scheme chosen in the header; 'system' follows the OS setting. */
export class ThemeChoice {
  current = $state<Theme>('system');

  constructor(initial: Theme) {
    this.current = initial;
  }

  /** Applies at once; the server remembers it (a cookie) for the pages it renders next. */
  set(theme: Theme): void {
    this.current = theme;
    void fetch('/theme', { method: 'POST', body: new URLSearchParams({ theme }), redirect: 'manual' });
  }
}
