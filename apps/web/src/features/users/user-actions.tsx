import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { toApiError } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { InvitationLink } from '../../components/invitation-link';
import { errorText } from '../../errors/error-text';
import type { ResendInvitationMutation as Resent, UsersQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { showNotice } from '../../components/notice';
import { DeactivateUserMutation, ReactivateUserMutation, ResendInvitationMutation } from './users.operations';

type User = UsersQuery['users']['items'][number];

interface Props {
  user: User;
  isSelf: boolean;
  onChanged: () => void;
}

/** What a user manager can do with one person; status changes ask first because they end sessions at once. */
export function UserActions({ user, isSelf, onChanged }: Props) {
  const { t } = useI18n();
  const [deactivate, deactivating] = useMutation(DeactivateUserMutation);
  const [reactivate, reactivating] = useMutation(ReactivateUserMutation);
  const [resend, resending] = useMutation(ResendInvitationMutation);
  const [confirming, setConfirming] = useState<'deactivate' | 'reactivate'>();
  const [resent, setResent] = useState<Resent['resendInvitation']>();

  const fail = (error: unknown) => showNotice(t, 'red', errorText(t, toApiError(error)));

  const confirm = async () => {
    const action = confirming;
    try {
      if (action === 'deactivate') await deactivate({ id: user.id });
      if (action === 'reactivate') await reactivate({ id: user.id });
      showNotice(t, 'green', t(action === 'deactivate' ? 'users.deactivated' : 'users.reactivated', { name: user.displayName }));
      onChanged();
    } catch (error) {
      fail(error);
    } finally {
      setConfirming(undefined);
    }
  };

  const resendInvitation = async () => {
    try {
      const { resendInvitation } = await resend({ id: user.id });
      setResent(resendInvitation);
    } catch (error) {
      fail(error);
    }
  };

  return (
    <Group gap="xs" wrap="nowrap" justify="flex-end">
      {user.status === 'INVITED' && (
        <Button
          size="xs"
          variant="default"
          loading={resending}
          onClick={() => void resendInvitation()}
          aria-label={t('users.resendFor', { name: user.displayName })}
        >
          {t('users.resend')}
        </Button>
      )}
      {user.status === 'ACTIVE' && !isSelf && (
        <Button
          size="xs"
          variant="default"
          onClick={() => setConfirming('deactivate')}
          aria-label={t('users.deactivateFor', { name: user.displayName })}
        >
          {t('users.deactivate')}
        </Button>
      )}
      {user.status === 'DEACTIVATED' && (
        <Button
          size="xs"
          variant="default"
          onClick={() => setConfirming('reactivate')}
          aria-label={t('users.reactivateFor', { name: user.displayName })}
        >
          {t('users.reactivate')}
        </Button>
      )}
      <ConfirmDialog
        opened={confirming !== undefined}
        title={t(confirming === 'reactivate' ? 'users.reactivateTitle' : 'users.deactivateTitle')}
        message={t(confirming === 'reactivate' ? 'users.reactivateText' : 'users.deactivateText', {
          name: user.displayName,
          email: user.email,
        })}
        confirmLabel={t(confirming === 'reactivate' ? 'users.reactivate' : 'users.deactivate')}
        danger={confirming === 'deactivate'}
        busy={deactivating || reactivating}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(undefined)}
      />
      <Modal
        opened={resent !== undefined}
        onClose={() => setResent(undefined)}
        title={t('users.resend')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('action.close') }}
      >
        {resent && (
          <Stack>
            <InvitationLink email={resent.user.email} url={resent.invitationUrl} expiresAt={resent.expiresAt} />
            <Group justify="flex-end">
              <Button onClick={() => setResent(undefined)} data-autofocus>
                {t('action.done')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Group>
  );
}
