import { Alert, Button, CopyButton, Group, Text, TextInput } from '@mantine/core';
import { useI18n } from '../i18n/i18n-context';

interface Props {
  email: string;
  url: string;
  expiresAt: string;
}

/**
 * The invitation link is shown exactly once (the server keeps only a hash) until e-mail delivery
 * exists, so the inviter must be able to copy it right here.
 */
export function InvitationLink({ email, url, expiresAt }: Props) {
  const { t, formatDateTime } = useI18n();
  return (
    <Alert color="green" title={t('invitation.created.title')} data-testid="invitation-link">
      <Text mb="sm">{t('invitation.created.text', { email, expiresAt: formatDateTime(expiresAt) })}</Text>
      <Group align="flex-end" wrap="nowrap">
        <TextInput
          label={t('invitation.created.link')}
          value={url}
          readOnly
          style={{ flex: 1 }}
          onFocus={(e) => e.currentTarget.select()}
        />
        <CopyButton value={url}>
          {({ copied, copy }) => (
            <Button onClick={copy} color={copied ? 'teal' : undefined} aria-live="polite">
              {copied ? t('action.copied') : t('action.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Alert>
  );
}
