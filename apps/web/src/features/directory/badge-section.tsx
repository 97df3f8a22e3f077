import { Anchor, Button, Card, Group, Image, Stack, Text, Textarea, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from '../../api/use-query';
import { ListState } from '../../components/list-state';
import { showNotice } from '../../components/notice';
import { useI18n } from '../../i18n/i18n-context';
import { type CatalogueProductLine, localName } from '../tiers/catalogue';
import { MyBadgesQuery } from './directory.operations';

/** The badge image is same-origin; a different host in the absolute URL (e.g. behind a proxy) is ignored. */
function badgePath(code: string): string {
  return `/badges/${encodeURIComponent(code)}.svg`;
}

function verifyPath(code: string): string {
  return `/verify/${encodeURIComponent(code)}`;
}

async function copy(t: ReturnType<typeof useI18n>['t'], text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    showNotice(t, 'green', t('badges.copied'));
  } catch {
    showNotice(t, 'red', t('badges.copyFailed'));
  }
}

/** "My status": per product line the website badge, its HTML snippet, the verify link and the authorisation certificate. */
export function BadgeSection({
  productLines,
  activeGrants,
}: {
  productLines: CatalogueProductLine[];
  activeGrants: { id: string; productLine: { id: string } }[];
}) {
  const { t, locale } = useI18n();
  const badges = useQuery(MyBadgesQuery, {});
  const items = badges.data?.myBadges ?? [];
  const lineName = (id: string) => {
    const pl = productLines.find((candidate) => candidate.id === id);
    return pl ? localName(locale, pl) : id;
  };
  const pdfLang = locale === 'de' ? 'de' : 'en';
  return (
    <section aria-labelledby="my-badges">
      <Title order={2} size="h3" mt="xl" mb="md" id="my-badges">
        {t('badges.title')}
      </Title>
      <ListState
        loading={badges.loading}
        error={badges.error}
        isEmpty={items.length === 0}
        emptyText={t('badges.none')}
        onRetry={badges.refetch}
      >
        <Stack gap="md">
          {items.map((badge) => {
            const productLine = lineName(badge.productLineId);
            const verifyUrl = `${window.location.origin}${verifyPath(badge.code)}`;
            return (
              <Card key={badge.code} withBorder padding="md" data-badge={badge.productLineCode}>
                <Group align="flex-start" wrap="wrap" gap="lg">
                  <Image src={badgePath(badge.code)} alt={t('badges.image', { productLine })} w={160} h="auto" fit="contain" />
                  <Stack gap="xs" style={{ flex: '1 1 260px', minWidth: 0 }}>
                    <Textarea
                      label={t('badges.snippet', { productLine })}
                      value={badge.snippet}
                      readOnly
                      autosize
                      minRows={2}
                      styles={{ input: { fontFamily: 'monospace', fontSize: 12 } }}
                    />
                    <Group gap="sm" wrap="wrap">
                      <Button variant="default" onClick={() => void copy(t, badge.snippet)}>
                        {t('badges.copy', { productLine })}
                      </Button>
                      <Button variant="default" onClick={() => void copy(t, verifyUrl)}>
                        {t('badges.copyLink', { productLine })}
                      </Button>
                    </Group>
                    <Text>
                      <Anchor component={Link} to={verifyPath(badge.code)} data-testid="verify-link">
                        {t('badges.verifyLink', { productLine })}
                      </Anchor>
                    </Text>
                  </Stack>
                </Group>
              </Card>
            );
          })}
        </Stack>
      </ListState>
      {activeGrants.length > 0 && (
        <ul className="plain-list">
          {activeGrants.map((grant) => (
            <li key={grant.id}>
              <Anchor href={`/grants/${encodeURIComponent(grant.id)}/certificate.pdf?lang=${pdfLang}`}>
                {t('badges.certificate', { productLine: lineName(grant.productLine.id) })}
              </Anchor>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
