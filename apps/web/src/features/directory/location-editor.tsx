import { Button, Card, Group, NumberInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { type SyntheticEvent, useState } from 'react';
import { toApiError } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ListState } from '../../components/list-state';
import { showNotice } from '../../components/notice';
import { errorText } from '../../errors/error-text';
import type { PartnerPresenceQuery as Presence } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { DeleteLocationMutation, PartnerPresenceQuery, SaveLocationMutation, SetServiceAreasMutation } from './directory.operations';

type Location = Presence['partnerPresence']['locations'][number];

interface Draft {
  id?: string;
  name: string;
  street: string;
  postalCode: string;
  city: string;
  phone: string;
  openingHours: string;
  latitude: number | string;
  longitude: number | string;
}

const EMPTY: Draft = { name: '', street: '', postalCode: '', city: '', phone: '', openingHours: '', latitude: '', longitude: '' };

/** Locations and postcode service areas of a partner: what the public locator shows. */
export function LocationEditor({ organisationId }: { organisationId?: string }) {
  const { t } = useI18n();
  const presence = useQuery(PartnerPresenceQuery, { organisationId: organisationId ?? null });
  const [save, saving] = useMutation(SaveLocationMutation);
  const [remove, removing] = useMutation(DeleteLocationMutation);
  const [setAreas, savingAreas] = useMutation(SetServiceAreasMutation);
  const [draft, setDraft] = useState<Draft>();
  const [deleting, setDeleting] = useState<Location>();
  const [areasText, setAreasText] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const locations = presence.data?.partnerPresence.locations ?? [];
  const currentAreas = (presence.data?.partnerPresence.areas ?? []).map((a) => a.postalPrefix).join(', ');

  const field = (key: keyof Omit<Draft, 'id' | 'latitude' | 'longitude'>, label: string, required = false) => (
    <TextInput
      label={label}
      required={required}
      value={draft?.[key] ?? ''}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setDraft((d) => (d ? { ...d, [key]: value } : d));
      }}
    />
  );

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (!draft) return;
    setProblem(undefined);
    if (
      !draft.name.trim() ||
      !/^\d{5}$/.test(draft.postalCode.trim()) ||
      !draft.city.trim() ||
      draft.latitude === '' ||
      draft.longitude === ''
    ) {
      setProblem(t('locations.incomplete'));
      return;
    }
    try {
      await save({
        id: draft.id ?? null,
        input: {
          organisationId: organisationId ?? null,
          name: draft.name.trim(),
          street: draft.street.trim(),
          postalCode: draft.postalCode.trim(),
          city: draft.city.trim(),
          phone: draft.phone.trim(),
          openingHours: draft.openingHours.trim(),
          latitude: Number(draft.latitude),
          longitude: Number(draft.longitude),
        },
      });
      showNotice(t, 'green', t('locations.saved'));
      setDraft(undefined);
      presence.refetch();
    } catch (error) {
      setProblem(errorText(t, toApiError(error)));
    }
  };

  const confirmDelete = async () => {
    if (!deleting) return;
    try {
      await remove({ id: deleting.id });
      showNotice(t, 'green', t('locations.deleted'));
      presence.refetch();
    } catch (error) {
      showNotice(t, 'red', errorText(t, toApiError(error)));
    } finally {
      setDeleting(undefined);
    }
  };

  const saveAreas = async () => {
    const prefixes = (areasText ?? currentAreas)
      .split(/[\s,;]+/)
      .map((p) => p.trim())
      .filter((p) => p !== '');
    try {
      await setAreas({ organisationId: organisationId ?? null, areas: prefixes.map((postalPrefix) => ({ postalPrefix })) });
      showNotice(t, 'green', t('locations.areasSaved'));
      setAreasText(undefined);
      presence.refetch();
    } catch (error) {
      showNotice(t, 'red', errorText(t, toApiError(error)));
    }
  };

  return (
    <section aria-labelledby="partner-locations">
      <Title order={2} size="h3" mt="xl" mb="md" id="partner-locations">
        {t('locations.title')}
      </Title>
      <ListState loading={presence.loading} error={presence.error} isEmpty={false} emptyText="" onRetry={presence.refetch}>
        <Stack gap="md">
          {locations.length === 0 && <Text>{t('locations.none')}</Text>}
          {locations.map((l) => (
            <Card key={l.id} withBorder padding="md" data-location={l.name}>
              <Group justify="space-between" wrap="wrap" gap="sm">
                <div>
                  <Text fw={600}>{l.name}</Text>
                  <Text>
                    {l.street}, {l.postalCode} {l.city}
                  </Text>
                </div>
                <Group gap="xs">
                  <Button variant="default" onClick={() => setDraft({ ...l })}>
                    {t('locations.edit', { name: l.name })}
                  </Button>
                  <Button variant="default" color="red" onClick={() => setDeleting(l)}>
                    {t('locations.delete', { name: l.name })}
                  </Button>
                </Group>
              </Group>
            </Card>
          ))}
          {draft ? (
            <Card withBorder padding="md" component="form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('locations.form')}>
              <Stack gap="sm">
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  {field('name', t('locations.name'), true)}
                  {field('street', t('locations.street'))}
                  {field('postalCode', t('find.postalCode'), true)}
                  {field('city', t('verify.city'), true)}
                  {field('phone', t('find.phone'))}
                  {field('openingHours', t('find.openingHours'))}
                  <NumberInput
                    label={t('locations.latitude')}
                    required
                    decimalScale={6}
                    value={draft.latitude}
                    onChange={(v) => setDraft((d) => (d ? { ...d, latitude: v } : d))}
                  />
                  <NumberInput
                    label={t('locations.longitude')}
                    required
                    decimalScale={6}
                    value={draft.longitude}
                    onChange={(v) => setDraft((d) => (d ? { ...d, longitude: v } : d))}
                  />
                </SimpleGrid>
                {problem && (
                  <Text c="red.8" role="alert">
                    {problem}
                  </Text>
                )}
                <Group gap="sm">
                  <Button type="submit" loading={saving}>
                    {t('locations.save')}
                  </Button>
                  <Button variant="default" onClick={() => setDraft(undefined)}>
                    {t('action.cancel')}
                  </Button>
                </Group>
              </Stack>
            </Card>
          ) : (
            <Group>
              <Button variant="default" onClick={() => setDraft({ ...EMPTY })}>
                {t('locations.add')}
              </Button>
            </Group>
          )}
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              label={t('locations.areas')}
              description={t('locations.areasHint')}
              value={areasText ?? currentAreas}
              onChange={(e) => setAreasText(e.currentTarget.value)}
              style={{ flex: '1 1 260px' }}
            />
            <Button onClick={() => void saveAreas()} loading={savingAreas}>
              {t('locations.saveAreas')}
            </Button>
          </Group>
        </Stack>
      </ListState>
      <ConfirmDialog
        opened={deleting !== undefined}
        title={t('locations.deleteTitle')}
        message={deleting ? t('locations.deleteText', { name: deleting.name }) : ''}
        confirmLabel={t('locations.deleteConfirm')}
        danger
        busy={removing}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeleting(undefined)}
      />
    </section>
  );
}
