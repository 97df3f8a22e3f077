import { Group, Title } from '@mantine/core';
import { type ReactNode, useEffect } from 'react';
import { useI18n } from '../i18n/i18n-context';

/** The page's single h1; also names the browser tab so history and screen readers say where one is. */
export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
  return (
    <Group justify="space-between" align="center" mb="lg" wrap="wrap">
      <Title order={1}>{title}</Title>
      {children && <Group gap="sm">{children}</Group>}
    </Group>
  );
}
