import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from '../../api/use-query';
import { ListState } from '../../components/list-state';
import { PageHeader } from '../../components/page-header';
import { StatusBadge } from '../../components/status-badge';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { useSubcontractingCatalogue } from './catalogue';
import { DelegationTable } from './delegation-table';
import { relationshipStatusLabel } from './relationship-status';
import { DelegationsQuery, PermittedKnowledgeQuery, SubcontractorsQuery } from './subcontracting.operations';

const KNOWLEDGE_LIMIT = 20;

/** A subcontractor's home: its company, the partners it works for, its live permissions and the knowledge they open. */
export default function CompanyPage() {
  const viewer = useViewer();
  const { t, formatDate, formatNumber } = useI18n();
  const catalogue = useSubcontractingCatalogue();
  const relationships = useQuery(SubcontractorsQuery, { includeEnded: true });
  const delegations = useQuery(DelegationsQuery, { page: { offset: 0, limit: 100 } });
  const knowledge = useQuery(PermittedKnowledgeQuery, { input: { query: '', limit: KNOWLEDGE_LIMIT, offset: 0 } });
  const partners = relationships.data?.subcontractors ?? [];
  const company = partners[0];
  const live = (delegations.data?.delegations.items ?? []).filter((d) => d.status === 'APPROVED' || d.status === 'SUSPENDED');
  const hits = knowledge.data?.knowledgeSearch.hits ?? [];

  return (
    <>
      <PageHeader title={t('company.title')} />
      <Stack gap="xl">
        <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="company-data" data-testid="company">
          <Title order={2} size="h3" id="company-data" mb="xs">
            {viewer.organisation.name}
          </Title>
          {company && (
            <dl className="facts">
              <dt>{t('subcontractor.tradeRegisterNumber')}</dt>
              <dd>{company.tradeRegisterNumber ?? '—'}</dd>
              <dt>{t('subcontractor.address')}</dt>
              <dd>{[company.street, [company.postalCode, company.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') || '—'}</dd>
              <dt>{t('subcontractor.contact')}</dt>
              <dd>{[company.contactName, company.contactEmail, company.contactPhone].filter(Boolean).join(' · ') || '—'}</dd>
            </dl>
          )}
        </Card>

        <section aria-labelledby="company-partners">
          <Title order={2} size="h3" id="company-partners" mb="sm">
            {t('company.partners')}
          </Title>
          <ListState
            loading={relationships.loading}
            error={relationships.error}
            isEmpty={partners.length === 0}
            emptyText={t('company.noPartners')}
            onRetry={relationships.refetch}
          >
            <ul className="plain-list" data-testid="company-partners">
              {partners.map((p) => (
                <li key={p.id}>
                  <Group gap="sm">
                    <Text fw={700} size="sm">
                      {p.partnerName}
                    </Text>
                    <StatusBadge status={p.status} label={relationshipStatusLabel(t, p.status)} />
                    <Text size="sm">{t('company.since', { date: formatDate(p.createdAt) })}</Text>
                  </Group>
                </li>
              ))}
            </ul>
          </ListState>
        </section>

        <section aria-labelledby="company-permissions">
          <Title order={2} size="h3" id="company-permissions" mb="xs">
            {t('company.permissions')}
          </Title>
          <Text size="sm" mb="sm">
            {t('company.permissionsHint')}
          </Text>
          <ListState
            loading={delegations.loading}
            error={delegations.error}
            isEmpty={live.length === 0}
            emptyText={t('company.noPermissions')}
            onRetry={delegations.refetch}
          >
            <DelegationTable delegations={live} catalogue={catalogue} caption={t('company.permissions')} showPartner />
          </ListState>
        </section>

        <section aria-labelledby="company-knowledge" data-testid="company-knowledge">
          <Group justify="space-between" mb="xs">
            <Title order={2} size="h3" id="company-knowledge">
              {t('company.knowledge')}
            </Title>
            <Anchor component={Link} to="/knowledge" size="sm">
              {t('company.knowledgeSearch')}
            </Anchor>
          </Group>
          <Text size="sm" mb="sm">
            {t('company.knowledgeHint')}
          </Text>
          <ListState
            loading={knowledge.loading}
            error={knowledge.error}
            isEmpty={hits.length === 0}
            emptyText={t('company.noKnowledge')}
            onRetry={knowledge.refetch}
          >
            <Text size="sm" mb="xs" data-testid="knowledge-count">
              {t(knowledge.data?.knowledgeSearch.totalIsLowerBound ? 'company.knowledgeCountAtLeast' : 'company.knowledgeCount', {
                count: formatNumber(knowledge.data?.knowledgeSearch.total ?? 0),
              })}
            </Text>
            <ul className="plain-list" data-testid="knowledge-list">
              {hits.map(({ article }) => (
                <li key={article.id} data-article-id={article.id}>
                  <Anchor component={Link} to={`/knowledge/articles/${article.id}`}>
                    {article.title}
                  </Anchor>
                  {article.productLineIds.length > 0 && (
                    <Text size="xs" className="secondary-text">
                      {article.productLineIds.map(catalogue.productLineName).join(', ')}
                    </Text>
                  )}
                </li>
              ))}
            </ul>
          </ListState>
        </section>
      </Stack>
    </>
  );
}
