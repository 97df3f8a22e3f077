import { Anchor, Box, Container, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';
import { LanguageSwitch } from '../../shell/language-switch';

/** The frame of pages anyone may open without logging in: app name, language, login link. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <Box mih="100vh" bg="gray.0">
      <Box component="header" px="md" py="sm" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Text fw={700}>{t('app.name')}</Text>
          <Group gap="md">
            <Anchor component={Link} to="/login">
              {t('find.login')}
            </Anchor>
            <LanguageSwitch />
          </Group>
        </Group>
      </Box>
      <Container component="main" size="md" py="lg" px="md">
        {children}
      </Container>
    </Box>
  );
}
