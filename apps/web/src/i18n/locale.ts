export type Locale = 'de' | 'en';

export const LOCALES: readonly Locale[] = ['de', 'en'];

const STORAGE_KEY = 'portal.locale';

export function isLocale(value: unknown): value is Locale {
  return value === 'de' || value === 'en';
}

/** Before login: an explicit earlier choice on this device wins, then the browser's languages, then German. */
export function initialLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage can be blocked (privacy settings); the browser language is good enough then.
  }
  for (const language of navigator.languages) {
    const base = language.slice(0, 2).toLowerCase();
    if (isLocale(base)) return base;
  }
  return 'de';
}

export function rememberLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembering is harmless: the choice is also stored on the user once logged in.
  }
}
