import { notifications } from '@mantine/notifications';
import type { I18n } from '../i18n/i18n-context';

/** A toast whose close button has a name in the current language (Mantine leaves it unnamed). */
export function showNotice(t: I18n['t'], color: 'green' | 'red', message: string): void {
  notifications.show({ color, message, closeButtonProps: { 'aria-label': t('action.close') } });
}
