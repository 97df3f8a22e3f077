import { Alert, Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { type ApiError, toApiError } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { FormError } from '../../components/form-error';
import { showNotice } from '../../components/notice';
import { fieldErrors } from '../../errors/error-text';
import type { GrantFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages';
import { type CatalogueTier, localName } from './catalogue';
import { addDays, addYears, isLocalDate, todayLocalDate } from './dates';
import { ReasonField, reasonRule } from './reason-field';
import {
  ChangeGrantTierMutation,
  LiftTierGrantSuspensionMutation,
  RenewTierGrantMutation,
  RevokeTierGrantMutation,
  SuspendTierGrantMutation,
} from './tiers.operations';

export type GrantAction = 'change' | 'renew' | 'suspend' | 'lift' | 'revoke';
export type ManagedGrant = GrantFieldsFragment;

export const GRANT_ACTION_LABEL: Record<GrantAction, MessageKey> = {
  change: 'grant.action.change',
  renew: 'grant.action.renew',
  suspend: 'grant.action.suspend',
  lift: 'grant.action.lift',
  revoke: 'grant.action.revoke',
};

/** Which actions a live grant offers, in the order of the buttons. */
export function actionsFor(grant: ManagedGrant): GrantAction[] {
  if (grant.status === 'ACTIVE') return ['change', 'renew', 'suspend', 'revoke'];
  if (grant.status === 'SUSPENDED') return ['change', 'renew', 'lift', 'revoke'];
  return [];
}

interface Values {
  tierId: string;
  validUntil: string;
  until: string;
  reason: string;
}

interface Props {
  target: { action: GrantAction; grant: ManagedGrant } | undefined;
  tiers: CatalogueTier[];
  onClose: () => void;
  onDone: () => void;
}

/** One dialog for the five changes of a live grant; each needs a reason, the destructive ones a second look. */
export function GrantActionDialog({ target, tiers, onClose, onDone }: Props) {
  const { t, locale } = useI18n();
  const title = target
    ? t('grant.dialogTitle', {
        action: t(GRANT_ACTION_LABEL[target.action]),
        productLine: localName(locale, target.grant.productLine),
        partner: target.grant.partnerName,
      })
    : '';
  return (
    <Modal opened={target !== undefined} onClose={onClose} title={title} size="lg" closeButtonProps={{ 'aria-label': t('action.close') }}>
      {target && (
        <GrantActionForm
          key={`${target.action}-${target.grant.id}`}
          action={target.action}
          grant={target.grant}
          tiers={tiers}
          onClose={onClose}
          onDone={onDone}
        />
      )}
    </Modal>
  );
}

function GrantActionForm({
  action,
  grant,
  tiers,
  onClose,
  onDone,
}: {
  action: GrantAction;
  grant: ManagedGrant;
  tiers: CatalogueTier[];
  onClose: () => void;
  onDone: () => void;
}) {
  const { t, locale, formatLocalDate } = useI18n();
  const [change, changing] = useMutation(ChangeGrantTierMutation);
  const [renew, renewing] = useMutation(RenewTierGrantMutation);
  const [suspend, suspending] = useMutation(SuspendTierGrantMutation);
  const [lift, lifting] = useMutation(LiftTierGrantSuspensionMutation);
  const [revoke, revoking] = useMutation(RevokeTierGrantMutation);
  const busy = changing || renewing || suspending || lifting || revoking;
  const [error, setError] = useState<ApiError>();
  const [confirming, setConfirming] = useState(false);
  const backButton = useRef<HTMLButtonElement>(null);
  // The confirmation replaces the form inside the open dialog; focus goes to the safe choice, as when a dialog opens.
  useEffect(() => {
    if (confirming) backButton.current?.focus();
  }, [confirming]);
  const today = todayLocalDate();
  const renewMin = addDays(grant.validUntil, 1);
  const otherTiers = tiers.filter((tier) => tier.id !== grant.tier.id);

  const form = useForm<Values>({
    initialValues: { tierId: '', validUntil: action === 'renew' ? addYears(grant.validUntil, 2) : '', until: '', reason: '' },
    validate: {
      tierId: (v) => (action === 'change' && !v ? t('grant.chooseTier') : null),
      validUntil: (v) => {
        if (action !== 'renew') return null;
        if (!isLocalDate(v)) return t('field.date');
        return v < renewMin ? t('error.reason.RENEWAL_NOT_LATER') : null;
      },
      until: (v) => {
        if (action !== 'suspend' || !v) return null;
        if (!isLocalDate(v)) return t('field.date');
        return v <= today ? t('error.reason.SUSPEND_UNTIL_IN_PAST') : null;
      },
      reason: reasonRule(t('tiers.reasonTooShort')),
    },
  });

  const chosenTier = tiers.find((tier) => tier.id === form.values.tierId);
  const downgrade = action === 'change' && chosenTier !== undefined && chosenTier.rank < grant.tier.rank;
  const destructive = action === 'revoke' || action === 'suspend' || downgrade;
  const names = {
    partner: grant.partnerName,
    productLine: localName(locale, grant.productLine),
    tier: localName(locale, grant.tier),
    newTier: chosenTier ? localName(locale, chosenTier) : '',
    until: form.values.until ? formatLocalDate(form.values.until) : '',
    validUntil: form.values.validUntil && isLocalDate(form.values.validUntil) ? formatLocalDate(form.values.validUntil) : '',
  };

  const run = async (values: Values) => {
    const reason = values.reason.trim();
    const grantId = grant.id;
    if (action === 'change') await change({ input: { grantId, tierId: values.tierId, reason } });
    if (action === 'renew') await renew({ input: { grantId, validUntil: values.validUntil, reason } });
    if (action === 'suspend') await suspend({ input: { grantId, until: values.until || null, reason } });
    if (action === 'lift') await lift({ input: { grantId, reason } });
    if (action === 'revoke') await revoke({ input: { grantId, reason } });
  };

  const submit = form.onSubmit(async (values) => {
    if (destructive && !confirming) {
      setError(undefined);
      setConfirming(true);
      return;
    }
    setError(undefined);
    try {
      await run(values);
      showNotice(t, 'green', t(`grant.done.${action}`, names));
      onDone();
      onClose();
    } catch (e) {
      const apiError = toApiError(e);
      form.setErrors(fieldErrors(t, apiError));
      setError(apiError);
      setConfirming(false);
    }
  });

  if (confirming) {
    return (
      <form onSubmit={submit} noValidate>
        <Stack>
          <Alert color={action === 'revoke' ? 'red' : 'orange'} title={t('grant.confirmTitle')} data-testid="grant-confirm">
            <Text mb="xs">{t(downgrade ? 'grant.confirm.downgrade' : `grant.confirm.${action}`, names)}</Text>
            <Text size="sm">{t('history.reason', { reason: form.values.reason.trim() })}</Text>
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)} ref={backButton}>
              {t('action.back')}
            </Button>
            <Button type="submit" color="red" loading={busy}>
              {t(downgrade ? 'grant.confirmButton.downgrade' : `grant.confirmButton.${action}`)}
            </Button>
          </Group>
        </Stack>
      </form>
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError error={error} />
        <Text size="sm">
          {t('grant.current', {
            tier: names.tier,
            from: formatLocalDate(grant.validFrom),
            until: formatLocalDate(grant.validUntil),
          })}
        </Text>
        {action === 'change' && (
          <Radio.Group label={t('grant.newTier')} required {...form.getInputProps('tierId')}>
            <Stack gap="xs" mt="xs">
              {otherTiers.map((tier) => (
                <Radio
                  key={tier.id}
                  value={tier.id}
                  label={t(tier.rank > grant.tier.rank ? 'grant.upgradeTo' : 'grant.downgradeTo', { tier: localName(locale, tier) })}
                />
              ))}
            </Stack>
          </Radio.Group>
        )}
        {action === 'renew' && (
          <TextInput type="date" label={t('grant.validUntil')} required min={renewMin} {...form.getInputProps('validUntil')} />
        )}
        {action === 'suspend' && (
          <TextInput
            type="date"
            label={t('grant.suspendUntil')}
            description={t('grant.suspendUntilHint')}
            min={addDays(today, 1)}
            {...form.getInputProps('until')}
          />
        )}
        {action === 'lift' && grant.suspendedUntil && (
          <Text size="sm">{t('grant.suspendedUntil', { date: formatLocalDate(grant.suspendedUntil) })}</Text>
        )}
        <ReasonField data-autofocus={action === 'lift' || action === 'revoke' ? true : undefined} {...form.getInputProps('reason')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" color={destructive ? 'red' : undefined} loading={busy}>
            {t(downgrade ? 'grant.submit.downgrade' : `grant.submit.${action}`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
