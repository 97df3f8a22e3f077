import { Badge, Card, Group, SimpleGrid, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { areasFor } from '../access/areas';
import { PageHeader } from '../components/page-header';
import { useI18n } from '../i18n/i18n-context';
import { roleLabel } from '../i18n/labels';
import { useViewer } from '../session/session-context';

/** Welcome plus one card per usable area; areas not built yet say so instead of showing made-up figures. */
export function HomePage() {
  const viewer = useViewer();
  const { t } = useI18n();
  const areas = areasFor(viewer);
  const roles = viewer.roles.map((r) => roleLabel(t, r)).join(', ');

  return (
    <>
      <PageHeader title={t('home.title', { name: viewer.displayName })} />
      <Text mb="xs" data-testid="home-intro">
        {t(`home.intro.${viewer.organisation.kind}`, { organisation: viewer.organisation.name })}
      </Text>
      <Text mb="xl" c="dark">
        {t('home.roles', { roles })}
      </Text>
      <Title order={2} size="h3" mb="md">
        {t('home.areas')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {areas.map((area) => (
          <Card key={area.id} withBorder padding="lg" radius="md" component="section" aria-labelledby={`area-${area.id}`}>
            <Group justify="space-between" mb="xs" gap="xs">
              <Title order={3} size="h4" id={`area-${area.id}`}>
                <Link to={area.path} className="card-link">
                  {t(area.label)}
                </Link>
              </Title>
              {area.available ? (
                <Badge color="green" variant="dot">
                  {t('home.available')}
                </Badge>
              ) : (
                <Badge color="gray" variant="dot">
                  {t('comingSoon.badge')}
                </Badge>
              )}
            </Group>
            <Text size="sm">{t(area.description)}</Text>
          </Card>
        ))}
      </SimpleGrid>
      {areas.length === 0 && <Text>{t('home.noAreas')}</Text>}
    </>
  );
}
