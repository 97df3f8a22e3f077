import { Button, Card, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { type ApiError, toApiError } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { FormError } from '../../components/form-error';
import { showNotice } from '../../components/notice';
import { fieldErrors } from '../../errors/error-text';
import { useI18n } from '../../i18n/i18n-context';
import { localName } from '../tiers/catalogue';
import { addYears, isLocalDate, todayLocalDate } from '../tiers/dates';
import type { SubcontractingCatalogue } from './catalogue';
import { RequestDelegationMutation } from './subcontracting.operations';

interface Props {
  relationshipId: string;
  subcontractorName: string;
  catalogue: SubcontractingCatalogue;
  onRequested: () => void;
}

interface Values {
  productLineId: string | null;
  serviceCategoryId: string | null;
  validFrom: string;
  validUntil: string;
  justification: string;
}

/** The partner asks the manufacturer to let the subcontractor perform one service on one product line for a period. */
export function RequestDelegationForm({ relationshipId, subcontractorName, catalogue, onRequested }: Props) {
  const { t, locale } = useI18n();
  const [request, requesting] = useMutation(RequestDelegationMutation);
  const [error, setError] = useState<ApiError>();
  const today = todayLocalDate();
  const form = useForm<Values>({
    initialValues: { productLineId: null, serviceCategoryId: null, validFrom: today, validUntil: addYears(today, 1), justification: '' },
    validate: {
      productLineId: (v) => (v ? null : t('delegation.chooseProductLine')),
      serviceCategoryId: (v) => (v ? null : t('delegation.chooseService')),
      validFrom: (v) => (isLocalDate(v) ? null : t('field.date')),
      validUntil: (v, values) => {
        if (!isLocalDate(v)) return t('field.date');
        if (v < values.validFrom) return t('error.reason.INVALID_PERIOD');
        return v < today ? t('error.reason.PERIOD_IN_PAST') : null;
      },
    },
  });

  const submit = form.onSubmit(async (values) => {
    setError(undefined);
    try {
      await request({
        input: {
          relationshipId,
          productLineId: values.productLineId ?? '',
          serviceCategoryId: values.serviceCategoryId ?? '',
          validFrom: values.validFrom,
          validUntil: values.validUntil,
          justification: values.justification.trim(),
        },
      });
      showNotice(t, 'green', t('delegation.requested', { subcontractor: subcontractorName }));
      form.reset();
      onRequested();
    } catch (e) {
      const apiError = toApiError(e);
      form.setErrors(fieldErrors(t, apiError));
      setError(apiError);
    }
  });

  return (
    <Card
      withBorder
      padding="lg"
      radius="md"
      component="section"
      aria-labelledby="request-delegation"
      data-testid="request-delegation-form"
    >
      <Title order={2} size="h3" id="request-delegation" mb="xs">
        {t('delegation.requestTitle')}
      </Title>
      <Text size="sm" mb="md">
        {t('delegation.requestHint')}
      </Text>
      <form onSubmit={submit} noValidate aria-labelledby="request-delegation">
        <Stack>
          <FormError error={error} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('delegation.productLine')}
              required
              data={catalogue.productLines.filter((pl) => pl.active).map((pl) => ({ value: pl.id, label: localName(locale, pl) }))}
              {...form.getInputProps('productLineId')}
            />
            <Select
              label={t('delegation.serviceCategory')}
              required
              data={catalogue.serviceCategories.filter((c) => c.active).map((c) => ({ value: c.id, label: localName(locale, c) }))}
              {...form.getInputProps('serviceCategoryId')}
            />
            <TextInput type="date" label={t('delegation.validFrom')} required {...form.getInputProps('validFrom')} />
            <TextInput type="date" label={t('delegation.validUntil')} required min={today} {...form.getInputProps('validUntil')} />
          </SimpleGrid>
          <Textarea
            label={t('delegation.justification')}
            description={t('delegation.justificationHint')}
            autosize
            minRows={2}
            maxLength={2000}
            {...form.getInputProps('justification')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={requesting}>
              {t('delegation.requestSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
