import { Button, Card, Group, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { type ApiError, toApiError } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { FormError } from '../../components/form-error';
import { showNotice } from '../../components/notice';
import { fieldErrors } from '../../errors/error-text';
import { useI18n } from '../../i18n/i18n-context';
import { localName, type TierCatalogue } from '../tiers/catalogue';
import { RequestTierMutation } from '../tiers/tiers.operations';

export const JUSTIFICATION_MIN = 10;
const JUSTIFICATION_MAX = 4000;

interface Props {
  catalogue: TierCatalogue;
  /** The tier held on a product line (it cannot be requested again). */
  heldTierId: (productLineId: string) => string | undefined;
  /** Whether an open request exists on the product line (one at a time). */
  openOn: (productLineId: string) => boolean;
  onRequested: () => void;
}

interface Values {
  productLineId: string;
  tierId: string;
  justification: string;
}

/** A partner admin asks the manufacturer for a tier on a product line, with a justification. */
export function RequestTierForm({ catalogue, heldTierId, openOn, onRequested }: Props) {
  const { t, locale } = useI18n();
  const [request, requesting] = useMutation(RequestTierMutation);
  const [error, setError] = useState<ApiError>();
  const form = useForm<Values>({
    initialValues: { productLineId: '', tierId: '', justification: '' },
    validate: {
      productLineId: (v) => {
        if (!v) return t('field.REQUIRED');
        return openOn(v) ? t('error.reason.OPEN_REQUEST_EXISTS') : null;
      },
      tierId: (v) => (v ? null : t('grant.chooseTier')),
      justification: (v) => (v.trim().length >= JUSTIFICATION_MIN ? null : t('status.justificationTooShort', { min: JUSTIFICATION_MIN })),
    },
  });
  const held = form.values.productLineId ? heldTierId(form.values.productLineId) : undefined;
  const heldRank = catalogue.tiers.find((tier) => tier.id === held)?.rank ?? 0;
  const tiers = catalogue.tiers.filter((tier) => tier.id !== held);

  const submit = form.onSubmit(async (values) => {
    setError(undefined);
    try {
      const { requestTier } = await request({ input: { ...values, justification: values.justification.trim() } });
      showNotice(
        t,
        'green',
        t('status.requested', { tier: localName(locale, requestTier.tier), productLine: localName(locale, requestTier.productLine) }),
      );
      form.reset();
      onRequested();
    } catch (e) {
      const apiError = toApiError(e);
      form.setErrors(fieldErrors(t, apiError));
      setError(apiError);
    }
  });

  return (
    <Card withBorder component="section" aria-labelledby="request-tier" padding="lg" mt="xl">
      <Title order={2} size="h3" id="request-tier" mb="xs">
        {t('status.requestTitle')}
      </Title>
      <Text size="sm" mb="md">
        {t('status.requestIntro')}
      </Text>
      <form onSubmit={submit} noValidate data-testid="request-form">
        <Stack>
          <FormError error={error} />
          <Group align="flex-start" grow>
            <Select
              label={t('tiers.productLine')}
              required
              allowDeselect={false}
              data={catalogue.productLines.filter((pl) => pl.active).map((pl) => ({ value: pl.id, label: localName(locale, pl) }))}
              {...form.getInputProps('productLineId')}
              value={form.values.productLineId || null}
              onChange={(v: string | null) => {
                form.setFieldValue('productLineId', v ?? '');
                form.setFieldValue('tierId', '');
              }}
            />
            <Select
              label={t('status.requestedTier')}
              required
              allowDeselect={false}
              data={tiers.map((tier) => ({
                value: tier.id,
                label: t(tier.rank > heldRank ? 'status.tierOption' : 'status.tierOptionLower', { tier: localName(locale, tier) }),
              }))}
              {...form.getInputProps('tierId')}
              value={form.values.tierId || null}
              onChange={(v: string | null) => form.setFieldValue('tierId', v ?? '')}
            />
          </Group>
          <Textarea
            label={t('requests.justification')}
            description={t('status.justificationHint', { min: JUSTIFICATION_MIN })}
            required
            autosize
            minRows={3}
            maxLength={JUSTIFICATION_MAX}
            {...form.getInputProps('justification')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={requesting}>
              {t('status.requestSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
