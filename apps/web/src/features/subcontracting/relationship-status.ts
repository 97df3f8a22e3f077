import type { I18n } from '../../i18n/i18n-context';

/** The relationship status is a string in the schema (ACTIVE, ENDED); another value still reads sensibly. */
export const relationshipStatusLabel = (t: I18n['t'], status: string): string =>
  status === 'ACTIVE' || status === 'ENDED' ? t(`relationshipStatus.${status}`) : status;
