import { Button, Group, Modal, Radio, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { type ApiError, toApiError } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { FormError } from '../../components/form-error';
import { showNotice } from '../../components/notice';
import { fieldErrors } from '../../errors/error-text';
import { useI18n } from '../../i18n/i18n-context';
import { type CatalogueProductLine, type CatalogueTier, localName } from './catalogue';
import { addYears, isLocalDate, todayLocalDate } from './dates';
import { ReasonField, reasonRule } from './reason-field';
import { GrantTierMutation } from './tiers.operations';

interface Props {
  /** Open with this partner; `productLineId` preselects a line (the card's own button). */
  target: { partnerId: string; partnerName: string; productLineId: string | null } | undefined;
  /** Product lines without a live grant: a second live grant on a line is refused by the API. */
  productLines: CatalogueProductLine[];
  tiers: CatalogueTier[];
  onClose: () => void;
  onDone: () => void;
}

interface Values {
  productLineId: string;
  tierId: string;
  validUntil: string;
  reason: string;
}

export function GrantTierDialog({ target, productLines, tiers, onClose, onDone }: Props) {
  const { t } = useI18n();
  return (
    <Modal
      opened={target !== undefined}
      onClose={onClose}
      title={target ? t('grant.grantTitle', { partner: target.partnerName }) : ''}
      size="lg"
      closeButtonProps={{ 'aria-label': t('action.close') }}
    >
      {target && (
        <GrantTierForm
          key={`${target.partnerId}-${target.productLineId ?? ''}`}
          partnerId={target.partnerId}
          partnerName={target.partnerName}
          productLineId={target.productLineId}
          productLines={productLines}
          tiers={tiers}
          onClose={onClose}
          onDone={onDone}
        />
      )}
    </Modal>
  );
}

function GrantTierForm({
  partnerId,
  partnerName,
  productLineId,
  productLines,
  tiers,
  onClose,
  onDone,
}: Omit<Props, 'target'> & { partnerId: string; partnerName: string; productLineId: string | null }) {
  const { t, locale, formatLocalDate } = useI18n();
  const [grant, granting] = useMutation(GrantTierMutation);
  const [error, setError] = useState<ApiError>();
  const today = todayLocalDate();
  const form = useForm<Values>({
    initialValues: { productLineId: productLineId ?? '', tierId: '', validUntil: addYears(today, 2), reason: '' },
    validate: {
      productLineId: (v) => (v ? null : t('field.REQUIRED')),
      tierId: (v) => (v ? null : t('grant.chooseTier')),
      validUntil: (v) => {
        if (!isLocalDate(v)) return t('field.date');
        return v < today ? t('error.reason.VALID_UNTIL_IN_PAST') : null;
      },
      reason: reasonRule(t('tiers.reasonTooShort')),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setError(undefined);
    try {
      const { grantTier } = await grant({
        input: {
          partnerId,
          productLineId: values.productLineId,
          tierId: values.tierId,
          validUntil: values.validUntil,
          reason: values.reason.trim(),
        },
      });
      showNotice(
        t,
        'green',
        t('grant.done.grant', {
          partner: partnerName,
          tier: localName(locale, grantTier.tier),
          productLine: localName(locale, grantTier.productLine),
          validUntil: formatLocalDate(grantTier.validUntil),
        }),
      );
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
        <Select
          label={t('tiers.productLine')}
          required
          allowDeselect={false}
          data={productLines.map((pl) => ({ value: pl.id, label: localName(locale, pl) }))}
          {...form.getInputProps('productLineId')}
          value={form.values.productLineId || null}
          onChange={(v: string | null) => form.setFieldValue('productLineId', v ?? '')}
        />
        <Radio.Group label={t('tiers.tier')} required {...form.getInputProps('tierId')}>
          <Stack gap="xs" mt="xs">
            {tiers.map((tier) => (
              <Radio
                key={tier.id}
                value={tier.id}
                label={localName(locale, tier)}
                description={locale === 'de' ? tier.descriptionDe : tier.descriptionEn}
              />
            ))}
          </Stack>
        </Radio.Group>
        <TextInput type="date" label={t('grant.validUntil')} required min={today} {...form.getInputProps('validUntil')} />
        <ReasonField {...form.getInputProps('reason')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={granting}>
            {t('grant.submit.grant')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
