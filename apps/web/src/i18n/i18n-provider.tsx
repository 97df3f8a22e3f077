import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { I18nContext, type I18n, type Params } from './i18n-context';
import { type Locale, initialLocale, rememberLocale } from './locale';
import { type MessageKey, messages } from './messages';

const INTL_LOCALE: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };

function interpolate(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);

  // Stable across language changes, so effects that depend on it do not re-run.
  const setLocale = useCallback((next: Locale) => {
    rememberLocale(next);
    setLocaleState(next);
  }, []);

  useEffect(() => {
    // Screen readers pick their voice from the document language.
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo<I18n>(() => {
    const dictionary = messages[locale];
    const intl = INTL_LOCALE[locale];
    const date = new Intl.DateTimeFormat(intl, { dateStyle: 'medium' });
    const localDate = new Intl.DateTimeFormat(intl, { dateStyle: 'medium', timeZone: 'UTC' });
    const dateTime = new Intl.DateTimeFormat(intl, { dateStyle: 'medium', timeStyle: 'short' });
    const number = new Intl.NumberFormat(intl);
    return {
      locale,
      setLocale,
      t: (key: MessageKey, params?: Params) => interpolate(dictionary[key], params),
      formatDate: (iso: string) => date.format(new Date(iso)),
      formatDateTime: (iso: string) => dateTime.format(new Date(iso)),
      formatLocalDate: (date: string) => localDate.format(new Date(`${date.slice(0, 10)}T00:00:00Z`)),
      formatNumber: (value: number) => number.format(value),
    };
  }, [locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
