import { Blockquote, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { type ApiError, toApiError } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { FormError } from '../../components/form-error';
import { showNotice } from '../../components/notice';
import { fieldErrors } from '../../errors/error-text';
import type { TierRequestFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { localName } from './catalogue';
import { isLocalDate, todayLocalDate } from './dates';
import { ReasonField, reasonRule } from './reason-field';
import { ApproveTierRequestMutation, RejectTierRequestMutation } from './tiers.operations';

export type TierRequestRow = TierRequestFieldsFragment;
export type Decision = 'approve' | 'reject';

interface Props {
  target: { decision: Decision; request: TierRequestRow } | undefined;
  onClose: () => void;
  onDone: () => void;
}

/** Approve (optional end date and reason) or reject (reason required) one open tier request. */
export function DecideRequestDialog({ target, onClose, onDone }: Props) {
  const { t, locale } = useI18n();
  const title = target
    ? t(target.decision === 'approve' ? 'requests.approveTitle' : 'requests.rejectTitle', {
        partner: target.request.partnerName,
        tier: localName(locale, target.request.tier),
        productLine: localName(locale, target.request.productLine),
      })
    : '';
  return (
    <Modal opened={target !== undefined} onClose={onClose} title={title} size="lg" closeButtonProps={{ 'aria-label': t('action.close') }}>
      {target && (
        <DecideForm
          key={`${target.decision}-${target.request.id}`}
          decision={target.decision}
          request={target.request}
          onClose={onClose}
          onDone={onDone}
        />
      )}
    </Modal>
  );
}

function DecideForm({
  decision,
  request,
  onClose,
  onDone,
}: {
  decision: Decision;
  request: TierRequestRow;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t, locale, formatDateTime } = useI18n();
  const [approve, approving] = useMutation(ApproveTierRequestMutation);
  const [reject, rejecting] = useMutation(RejectTierRequestMutation);
  const [error, setError] = useState<ApiError>();
  const today = todayLocalDate();
  const form = useForm<{ validUntil: string; reason: string }>({
    initialValues: { validUntil: '', reason: '' },
    validate: {
      validUntil: (v) => {
        if (decision !== 'approve' || !v) return null;
        if (!isLocalDate(v)) return t('field.date');
        return v < today ? t('error.reason.VALID_UNTIL_IN_PAST') : null;
      },
      reason: reasonRule(t('tiers.reasonTooShort'), decision === 'approve'),
    },
  });
  const names = {
    partner: request.partnerName,
    tier: localName(locale, request.tier),
    productLine: localName(locale, request.productLine),
  };

  const submit = form.onSubmit(async ({ validUntil, reason }) => {
    setError(undefined);
    try {
      if (decision === 'approve') {
        await approve({ input: { requestId: request.id, validUntil: validUntil || null, reason: reason.trim() || null } });
      } else {
        await reject({ input: { requestId: request.id, reason: reason.trim() } });
      }
      showNotice(t, 'green', t(decision === 'approve' ? 'requests.approved' : 'requests.rejected', names));
      onDone();
      onClose();
    } catch (e) {
      const apiError = toApiError(e);
      form.setErrors(fieldErrors(t, apiError));
      setError(apiError);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError error={error} />
        <Text size="sm">{t('requests.summary', { ...names, by: request.requestedByName, at: formatDateTime(request.requestedAt) })}</Text>
        <Blockquote p="sm" color="gray" aria-label={t('requests.partnerJustification')}>
          {request.justification}
        </Blockquote>
        {decision === 'approve' && (
          <>
            <Text size="sm">{t('requests.approveHint')}</Text>
            <TextInput
              type="date"
              label={t('requests.validUntil')}
              description={t('requests.validUntilHint')}
              min={today}
              {...form.getInputProps('validUntil')}
            />
          </>
        )}
        <ReasonField optional={decision === 'approve'} {...form.getInputProps('reason')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" color={decision === 'reject' ? 'red' : undefined} loading={approving || rejecting}>
            {t(decision === 'approve' ? 'requests.approve' : 'requests.reject')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
