import { createContext, useContext } from 'react';
import type { Locale } from './locale';
import type { MessageKey } from './messages';

export type Params = Record<string, string | number>;

export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: (key: MessageKey, params?: Params) => string;
  formatDate: (iso: string) => string;
  formatDateTime: (iso: string) => string;
  /** A calendar date (LocalDate, YYYY-MM-DD) as it is, without shifting it into a time zone. */
  formatLocalDate: (date: string) => string;
  formatNumber: (value: number) => string;
}

export const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
