import { SegmentedControl } from '@mantine/core';
import { useState } from 'react';
import { execute } from '../api/graphql-client';
import { toApiError } from '../api/api-error';
import { errorText } from '../errors/error-text';
import { useI18n } from '../i18n/i18n-context';
import { showNotice } from '../components/notice';
import { type Locale, isLocale } from '../i18n/locale';
import { UpdateMyProfileMutation } from '../session/session.operations';
import { useSession } from '../session/session-context';

/**
 * Language names stay in their own language so people can find theirs. Logged in, the choice is
 * stored on the user (it follows them to other devices); before login only on this device.
 */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  const { state, updateViewer } = useSession();
  const [saving, setSaving] = useState(false);

  const change = async (next: Locale) => {
    if (next === locale) return;
    setLocale(next);
    if (state.status !== 'authenticated') return;
    setSaving(true);
    try {
      const { updateMyProfile } = await execute(UpdateMyProfileMutation, { input: { locale: next } });
      updateViewer(updateMyProfile);
    } catch (error) {
      setLocale(locale);
      const apiError = toApiError(error);
      // A lost session already leads to the login page, which says so.
      if (apiError.code !== 'UNAUTHENTICATED') showNotice(t, 'red', errorText(t, apiError));
    } finally {
      setSaving(false);
    }
  };

  return (
    <SegmentedControl
      aria-label={t('language.label')}
      size="xs"
      value={locale}
      disabled={saving}
      onChange={(value) => isLocale(value) && void change(value)}
      data={[
        { value: 'de', label: <span lang="de">Deutsch</span> },
        { value: 'en', label: <span lang="en">English</span> },
      ]}
    />
  );
}
