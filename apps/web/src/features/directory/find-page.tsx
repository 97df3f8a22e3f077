import { Alert, Badge, Button, Card, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { type SyntheticEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '../../api/use-query';
import { ListState } from '../../components/list-state';
import { PageHeader } from '../../components/page-header';
import type { FindPartnersQueryVariables } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { localName } from '../tiers/catalogue';
import { FindPartnersQuery, LocatorCatalogueQuery } from './directory.operations';
import { PublicLayout } from './public-layout';

const RADII = ['10', '25', '50', '100'];

/** Public partner locator: product line (and service) near a postcode, place or the browser's location. */
export default function FindPage() {
  const { t, locale, formatNumber } = useI18n();
  const [params, setParams] = useSearchParams();
  const catalogue = useQuery(LocatorCatalogueQuery, {});
  const [productLineId, setProductLineId] = useState<string | null>(params.get('productLine'));
  const [serviceCategoryId, setServiceCategoryId] = useState<string | null>(params.get('service'));
  const [postalCode, setPostalCode] = useState(params.get('postalCode') ?? '');
  const [place, setPlace] = useState(params.get('place') ?? '');
  const [radius, setRadius] = useState<string>(params.get('radius') ?? '50');
  const [position, setPosition] = useState<{ latitude: number; longitude: number }>();
  const [problem, setProblem] = useState<string>();
  const [postalError, setPostalError] = useState<string>();
  const [search, setSearch] = useState<FindPartnersQueryVariables>();
  const results = useQuery(FindPartnersQuery, search ?? { productLineId: '' }, { skip: !search });

  const lines = (catalogue.data?.productLines ?? []).filter((pl) => pl.active);
  const services = (catalogue.data?.serviceCategories ?? []).filter((s) => s.active);

  const useLocation = () => {
    setProblem(undefined);
    if (!('geolocation' in navigator)) {
      setProblem(t('find.locationDenied'));
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (p) => setPosition({ latitude: p.coords.latitude, longitude: p.coords.longitude }),
      () => setProblem(t('find.locationDenied')),
      { timeout: 10000 },
    );
  };

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setProblem(undefined);
    setPostalError(undefined);
    if (!productLineId) {
      setProblem(t('field.REQUIRED'));
      return;
    }
    const code = postalCode.trim();
    if (code && !/^\d{5}$/.test(code)) {
      setPostalError(t('find.postalCodeInvalid'));
      return;
    }
    if (!position && !code && !place.trim()) {
      setProblem(t('find.needWhere'));
      return;
    }
    const next: FindPartnersQueryVariables = {
      productLineId,
      serviceCategoryId: serviceCategoryId === '' ? null : serviceCategoryId,
      radiusKm: Number(radius),
      ...(position ?? { postalCode: code === '' ? null : code, place: place.trim() === '' ? null : place.trim() }),
    };
    setSearch(next);
    const query = new URLSearchParams({ productLine: productLineId, radius });
    if (serviceCategoryId) query.set('service', serviceCategoryId);
    if (!position && code) query.set('postalCode', code);
    if (!position && place.trim()) query.set('place', place.trim());
    setParams(query, { replace: true });
  };

  const serviceName = (code: string) => {
    const found = services.find((s) => s.code === code);
    return found ? localName(locale, found) : code;
  };
  const items = results.data?.findPartners.items ?? [];

  return (
    <PublicLayout>
      <PageHeader title={t('find.title')} />
      <Text mb="md">{t('find.intro')}</Text>
      {catalogue.error && (
        <ListState loading={false} error={catalogue.error} isEmpty emptyText="" onRetry={catalogue.refetch}>
          {null}
        </ListState>
      )}
      <Card withBorder component="form" onSubmit={submit} noValidate padding="lg" mb="lg" aria-label={t('find.title')}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('find.productLine')}
              required
              data={lines.map((pl) => ({ value: pl.id, label: localName(locale, pl) }))}
              value={productLineId}
              onChange={setProductLineId}
              allowDeselect={false}
            />
            <Select
              label={t('find.service')}
              data={[{ value: '', label: t('find.anyService') }, ...services.map((s) => ({ value: s.id, label: localName(locale, s) }))]}
              value={serviceCategoryId ?? ''}
              onChange={setServiceCategoryId}
              allowDeselect={false}
            />
          </SimpleGrid>
          {position ? (
            <Group gap="sm">
              <Text>{t('find.locationActive')}</Text>
              <Button variant="subtle" onClick={() => setPosition(undefined)}>
                {t('find.locationClear')}
              </Button>
            </Group>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('find.postalCode')}
                inputMode="numeric"
                autoComplete="postal-code"
                maxLength={5}
                value={postalCode}
                onChange={(e) => setPostalCode(e.currentTarget.value)}
                error={postalError}
              />
              <TextInput label={t('find.place')} value={place} onChange={(e) => setPlace(e.currentTarget.value)} />
            </SimpleGrid>
          )}
          <Group align="flex-end" gap="sm" wrap="wrap">
            <Select
              label={t('find.radius')}
              data={RADII.map((km) => ({ value: km, label: t('find.radiusKm', { km }) }))}
              value={radius}
              onChange={(v) => setRadius(v ?? '50')}
              allowDeselect={false}
              w={140}
            />
            {!position && (
              <Button variant="default" onClick={useLocation}>
                {t('find.useLocation')}
              </Button>
            )}
            <Button type="submit">{t('find.search')}</Button>
          </Group>
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
        </Stack>
      </Card>

      {search && (
        <section aria-labelledby="find-results">
          <Title order={2} size="h3" id="find-results" mb="md">
            {t('find.results', { count: results.data?.findPartners.totalCount ?? 0 })}
          </Title>
          <ListState
            loading={results.loading}
            error={results.error}
            isEmpty={items.length === 0}
            emptyText={t('find.empty')}
            onRetry={results.refetch}
          >
            <Stack gap="md" component="ul" className="plain-list" data-testid="find-results">
              {items.map((p) => (
                <Card key={p.partnerId} withBorder component="li" padding="md" data-partner={p.name}>
                  <Group justify="space-between" wrap="wrap" gap="xs" mb="xs">
                    <Title order={3} size="h4">
                      {p.name}
                    </Title>
                    <Badge variant="outline">{locale === 'de' ? p.tierNameDe : p.tierNameEn}</Badge>
                  </Group>
                  {p.distanceKm != null && (
                    <Text size="sm">{t('find.distance', { km: formatNumber(Math.round(p.distanceKm * 10) / 10) })}</Text>
                  )}
                  <Text>
                    {p.street}, {p.postalCode} {p.city}
                  </Text>
                  <Text>
                    {t('find.phone')}: <a href={`tel:${p.phone.replace(/[^+\d]/g, '')}`}>{p.phone}</a>
                  </Text>
                  <Text>
                    {t('find.openingHours')}: {p.openingHours}
                  </Text>
                  {p.services.length > 0 && (
                    <Text>
                      {t('find.services')}: {p.services.map(serviceName).join(', ')}
                    </Text>
                  )}
                </Card>
              ))}
            </Stack>
          </ListState>
        </section>
      )}
    </PublicLayout>
  );
}
