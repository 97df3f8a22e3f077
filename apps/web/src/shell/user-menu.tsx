import { Button, Menu, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useI18n } from '../i18n/i18n-context';
import { useSession, useViewer } from '../session/session-context';

export function UserMenu() {
  const viewer = useViewer();
  const { signOut } = useSession();
  const { t } = useI18n();
  const navigate = useNavigate();

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="subtle" px="xs" maw={{ base: 120, sm: 260 }} aria-label={t('userMenu.label', { name: viewer.displayName })}>
          <Text span inherit truncate="end">
            {viewer.displayName}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="xs" c="dark">
            {viewer.email}
          </Text>
        </Menu.Label>
        <Menu.Item onClick={() => void navigate('/account')}>{t('nav.account')}</Menu.Item>
        <Menu.Item
          onClick={() => {
            void signOut().then(() => navigate('/login'));
          }}
        >
          {t('action.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
