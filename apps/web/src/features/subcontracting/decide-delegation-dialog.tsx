import { Blockquote, Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { type ApiError, toApiError } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { FormError } from '../../components/form-error';
import { showNotice } from '../../components/notice';
import { fieldErrors } from '../../errors/error-text';
import type { DelegationDecision } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { isLocalDate } from '../tiers/dates';
import { ReasonField, reasonRule } from '../tiers/reason-field';
import type { SubcontractingCatalogue } from './catalogue';
import type { DelegationRow } from './delegation-table';
import { DecideDelegationMutation } from './subcontracting.operations';
import { delegationDecisionLabel } from './subcontracting-text';

export interface DecisionTarget {
  decision: DelegationDecision;
  delegation: DelegationRow;
}

const NEEDS_REASON: readonly DelegationDecision[] = ['REJECT', 'SUSPEND', 'REVOKE'];
const DESTRUCTIVE: readonly DelegationDecision[] = ['REJECT', 'SUSPEND', 'REVOKE', 'WITHDRAW'];

interface Props {
  target: DecisionTarget | undefined;
  catalogue: SubcontractingCatalogue;
  onClose: () => void;
  onDone: () => void;
}

/** One decision on one permission: approve (optionally a narrower period), reject/suspend/revoke with a reason, lift, withdraw. */
export function DecideDelegationDialog({ target, catalogue, onClose, onDone }: Props) {
  const { t } = useI18n();
  const title = target
    ? t('decision.title', {
        decision: delegationDecisionLabel(t, target.decision),
        subcontractor: target.delegation.subcontractorName,
      })
    : '';
  return (
    <Modal opened={target !== undefined} onClose={onClose} title={title} size="lg" closeButtonProps={{ 'aria-label': t('action.close') }}>
      {target && (
        <DecideForm
          key={`${target.decision}-${target.delegation.id}`}
          target={target}
          catalogue={catalogue}
          onClose={onClose}
          onDone={onDone}
        />
      )}
    </Modal>
  );
}

function DecideForm({ target, catalogue, onClose, onDone }: { target: DecisionTarget } & Omit<Props, 'target'>) {
  const { t, formatLocalDate } = useI18n();
  const { decision, delegation } = target;
  const [decide, deciding] = useMutation(DecideDelegationMutation);
  const [error, setError] = useState<ApiError>();
  const needsReason = NEEDS_REASON.includes(decision);
  const form = useForm<{ validFrom: string; validUntil: string; reason: string }>({
    initialValues: { validFrom: delegation.validFrom, validUntil: delegation.validUntil, reason: '' },
    validate: {
      validFrom: (v) => {
        if (decision !== 'APPROVE') return null;
        if (!isLocalDate(v)) return t('field.date');
        return v < delegation.validFrom ? t('error.reason.PERIOD_NOT_NARROWER') : null;
      },
      validUntil: (v, values) => {
        if (decision !== 'APPROVE') return null;
        if (!isLocalDate(v)) return t('field.date');
        if (v < values.validFrom) return t('error.reason.INVALID_PERIOD');
        return v > delegation.validUntil ? t('error.reason.PERIOD_NOT_NARROWER') : null;
      },
      reason: reasonRule(t('tiers.reasonTooShort'), !needsReason),
    },
  });
  const service = t('delegation.serviceOn', {
    service: catalogue.serviceCategoryName(delegation.serviceCategoryId),
    productLine: catalogue.productLineName(delegation.productLineId),
  });

  const submit = form.onSubmit(async ({ validFrom, validUntil, reason }) => {
    setError(undefined);
    try {
      const narrowed = decision === 'APPROVE' && (validFrom !== delegation.validFrom || validUntil !== delegation.validUntil);
      await decide({
        id: delegation.id,
        decision,
        reason: reason.trim(),
        validFrom: narrowed ? validFrom : null,
        validUntil: narrowed ? validUntil : null,
      });
      showNotice(t, 'green', t('decision.done', { decision: delegationDecisionLabel(t, decision), service }));
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
        <Text size="sm" data-testid="decision-summary">
          {t('decision.summary', {
            partner: delegation.partnerName,
            subcontractor: delegation.subcontractorName,
            service,
            from: formatLocalDate(delegation.validFrom),
            until: formatLocalDate(delegation.validUntil),
          })}
        </Text>
        {delegation.justification && (
          <Blockquote p="sm" color="gray" aria-label={t('decision.partnerJustification')}>
            {delegation.justification}
          </Blockquote>
        )}
        <Text size="sm">{t(`decision.hint.${decision}`)}</Text>
        {decision === 'APPROVE' && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="date"
              label={t('delegation.validFrom')}
              min={delegation.validFrom}
              max={delegation.validUntil}
              required
              {...form.getInputProps('validFrom')}
            />
            <TextInput
              type="date"
              label={t('delegation.validUntil')}
              min={delegation.validFrom}
              max={delegation.validUntil}
              required
              {...form.getInputProps('validUntil')}
            />
          </SimpleGrid>
        )}
        <ReasonField optional={!needsReason} {...form.getInputProps('reason')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus={DESTRUCTIVE.includes(decision) || undefined}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" color={DESTRUCTIVE.includes(decision) ? 'red' : undefined} loading={deciding}>
            {t(`decision.submit.${decision}`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
