import { de } from './de';
import { en } from './en';
import type { Locale } from './locale';

/** Every key the English dictionary has; the German one is typed against it, so a gap fails the build. */
export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

export const messages: Record<Locale, Messages> = { de, en };
