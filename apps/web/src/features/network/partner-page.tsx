import { Alert, Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { can } from '../../access/permissions';
import { useQuery } from '../../api/use-query';
import { ListState } from '../../components/list-state';
import { PageHeader } from '../../components/page-header';
import { StatusBadge } from '../../components/status-badge';
import type {
  PartnerGrantsQuery as PartnerGrants,
  PartnerOrganisationQuery as PartnerOrganisation,
  TierComplianceQuery as Compliance,
} from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { grantStatusLabel, kindLabel, organisationStatusLabel } from '../../i18n/labels';
import { useViewer } from '../../session/session-context';
import { type CatalogueProductLine, linesToShow, localName, useTierCatalogue } from '../tiers/catalogue';
import { type Decision, DecideRequestDialog, type TierRequestRow } from '../tiers/decide-request-dialog';
import { actionsFor, GRANT_ACTION_LABEL, type GrantAction, GrantActionDialog, type ManagedGrant } from '../tiers/grant-action-dialog';
import { GrantHistory } from '../tiers/grant-history';
import { GrantTierDialog } from '../tiers/grant-tier-dialog';
import { RequestList } from '../tiers/request-list';
import { TierBadge } from '../tiers/tier-badge';
import { RequirementList } from '../tiers/requirement-list';
import { PartnerGrantsQuery, PartnerOrganisationQuery, TierComplianceQuery, TierRequestsQuery } from '../tiers/tiers.operations';
import { NEXT_STATUSES, OrganisationStatusModal } from './organisation-status-modal';

type PartnerGrant = PartnerGrants['tierGrants']['items'][number];
type LineCompliance = Compliance['tierCompliance']['productLines'][number];

const isLive = (grant: { status: string }) => grant.status === 'ACTIVE' || grant.status === 'SUSPENDED';

/** One partner: master data, the tier per product line with its history, open requests, and the grant decisions. */
export default function PartnerPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const viewer = useViewer();
  const organisation = useQuery(PartnerOrganisationQuery, { id });
  const grants = useQuery(PartnerGrantsQuery, { partnerId: id });
  const canReadRequests = can(viewer, 'tier_request.read');
  const requests = useQuery(
    TierRequestsQuery,
    { filter: { partnerId: id, status: 'OPEN' }, page: { limit: 100 } },
    { skip: !canReadRequests },
  );
  const { catalogue, error: catalogueError, refetch: refetchCatalogue } = useTierCatalogue();
  // Requirements against training records: extra information, the page works without it.
  const compliance = useQuery(TierComplianceQuery, { partnerId: id });
  const manageGrants = can(viewer, 'grant.manage');
  const decide = can(viewer, 'tier_request.decide');
  const [action, setAction] = useState<{ action: GrantAction; grant: ManagedGrant }>();
  const [granting, setGranting] = useState<{ partnerId: string; partnerName: string; productLineId: string | null }>();
  const [deciding, setDeciding] = useState<{ decision: Decision; request: TierRequestRow }>();
  const [changingStatus, setChangingStatus] = useState(false);

  const org = organisation.data?.organisation;
  const allGrants = grants.data?.tierGrants.items;
  const error = organisation.error ?? grants.error ?? catalogueError;
  const retry = () => {
    organisation.refetch();
    grants.refetch();
    refetchCatalogue();
  };
  const refresh = () => {
    grants.refetch();
    requests.refetch();
    compliance.refetch();
  };

  if (!org || !catalogue || !allGrants) {
    // A wrong or outdated link (unknown id, or not even an id) says so instead of offering a retry.
    const unknown = error !== undefined && (error.code === 'NOT_FOUND' || error.code === 'BAD_USER_INPUT');
    return (
      <>
        <BackLink />
        <PageHeader title={t('partner.title')} />
        {unknown ? (
          <Alert color="orange" data-testid="partner-not-found">
            {t('partner.notFound')}
          </Alert>
        ) : (
          <ListState loading={!error} error={error} isEmpty emptyText="" onRetry={retry}>
            {null}
          </ListState>
        )}
      </>
    );
  }

  const status = org.status;
  const grantable = org.kind === 'PARTNER' && (status === 'ACTIVE' || status === 'ONBOARDING');
  const lines = linesToShow(catalogue, allGrants);
  const liveOn = (productLineId: string) => allGrants.find((g) => g.productLine.id === productLineId && isLive(g));
  const freeLines = catalogue.productLines.filter((pl) => pl.active && !liveOn(pl.id));

  return (
    <>
      <BackLink />
      <PageHeader title={org.name}>
        {can(viewer, 'organisation.manage') && org.kind !== 'MANUFACTURER' && NEXT_STATUSES[status].length > 0 && (
          <Button variant="default" onClick={() => setChangingStatus(true)}>
            {t('network.changeStatus')}
          </Button>
        )}
        {manageGrants && grantable && freeLines.length > 0 && (
          <Button onClick={() => setGranting({ partnerId: org.id, partnerName: org.name, productLineId: null })}>
            {t('grant.grantButton')}
          </Button>
        )}
      </PageHeader>

      <MasterData organisation={org} />

      <Title order={2} size="h3" mt="xl" mb="md">
        {t('partner.tiers')}
      </Title>
      <Stack>
        {lines.map((pl) => {
          const live = liveOn(pl.id);
          const onLine = allGrants.filter((g) => g.productLine.id === pl.id);
          return (
            <ProductLineCard
              key={pl.id}
              productLine={pl}
              live={live}
              events={onLine.flatMap((g) => g.history)}
              compliance={compliance.data?.tierCompliance.productLines.find((c) => c.productLineId === pl.id)}
              actions={
                manageGrants
                  ? live
                    ? actionsFor(live).map((a) => ({ action: a, run: () => setAction({ action: a, grant: live }) }))
                    : grantable
                      ? [
                          {
                            action: 'grant' as const,
                            run: () => setGranting({ partnerId: org.id, partnerName: org.name, productLineId: pl.id }),
                          },
                        ]
                      : []
                  : []
              }
              catalogue={catalogue}
            />
          );
        })}
      </Stack>

      {canReadRequests && (
        <>
          <Title order={2} size="h3" mt="xl" mb="md">
            {t('partner.openRequests')}
          </Title>
          <ListState
            loading={requests.loading}
            error={requests.error}
            isEmpty={(requests.data?.tierRequests.items ?? []).length === 0}
            emptyText={t('partner.noOpenRequests')}
            onRetry={requests.refetch}
          >
            <RequestList
              requests={requests.data?.tierRequests.items ?? []}
              caption={t('partner.openRequests')}
              showPartner={false}
              onDecide={decide ? (decision, request) => setDeciding({ decision, request }) : undefined}
            />
          </ListState>
        </>
      )}

      <GrantActionDialog target={action} tiers={catalogue.tiers} onClose={() => setAction(undefined)} onDone={refresh} />
      <GrantTierDialog
        target={granting}
        productLines={freeLines}
        tiers={catalogue.tiers}
        onClose={() => setGranting(undefined)}
        onDone={refresh}
      />
      <DecideRequestDialog target={deciding} onClose={() => setDeciding(undefined)} onDone={refresh} />
      <OrganisationStatusModal
        organisation={changingStatus ? { id: org.id, name: org.name, status } : undefined}
        onClose={() => setChangingStatus(false)}
        onChanged={() => {
          organisation.refetch();
          grants.refetch();
        }}
      />
    </>
  );
}

function BackLink() {
  const { t } = useI18n();
  return (
    <Anchor component={Link} to="/network" size="sm" mb="xs" display="inline-block">
      {t('partner.back')}
    </Anchor>
  );
}

function MasterData({ organisation }: { organisation: PartnerOrganisation['organisation'] }) {
  const { t, formatDate } = useI18n();
  const address = [organisation.street, [organisation.postalCode, organisation.city].filter(Boolean).join(' '), organisation.country]
    .filter(Boolean)
    .join(', ');
  return (
    <Card withBorder component="section" aria-labelledby="master-data" padding="md">
      <Title order={2} size="h4" id="master-data" mb="sm">
        {t('partner.masterData')}
      </Title>
      <dl className="facts" data-testid="master-data">
        <dt>{t('network.legalName')}</dt>
        <dd>{organisation.legalName}</dd>
        <dt>{t('network.kind')}</dt>
        <dd>{kindLabel(t, organisation.kind)}</dd>
        <dt>{t('network.status')}</dt>
        <dd>
          <StatusBadge status={organisation.status} label={organisationStatusLabel(t, organisation.status)} />
        </dd>
        <dt>{t('partner.address')}</dt>
        <dd>{address || '—'}</dd>
        <dt>{t('network.createdAt')}</dt>
        <dd>{formatDate(organisation.createdAt)}</dd>
      </dl>
    </Card>
  );
}

interface CardAction {
  action: GrantAction | 'grant';
  run: () => void;
}

function ProductLineCard({
  productLine,
  live,
  events,
  actions,
  catalogue,
  compliance,
}: {
  productLine: CatalogueProductLine;
  live: PartnerGrant | undefined;
  events: PartnerGrant['history'];
  actions: CardAction[];
  catalogue: ReturnType<typeof useTierCatalogue>['catalogue'];
  compliance: LineCompliance | undefined;
}) {
  const { t, locale, formatLocalDate } = useI18n();
  const name = localName(locale, productLine);
  const headingId = `pl-${productLine.id}`;
  const nextTier = compliance?.next ? catalogue?.tierByCode(compliance.next.tierCode) : undefined;
  const nextTierName = nextTier ? localName(locale, nextTier) : (compliance?.next?.tierCode ?? '');
  return (
    <Card withBorder component="section" aria-labelledby={headingId} padding="md" data-product-line={productLine.code}>
      <Group justify="space-between" align="flex-start" mb="xs">
        <div>
          <Title order={3} size="h4" id={headingId}>
            {name}
          </Title>
          {live ? (
            <Group gap="xs" mt={4} data-testid="live-grant">
              <TierBadge tier={live.tier} suspended={live.status === 'SUSPENDED'} />
              <StatusBadge status={live.status} label={grantStatusLabel(t, live.status)} />
              <Text size="sm">
                {t('grant.validity', { from: formatLocalDate(live.validFrom), until: formatLocalDate(live.validUntil) })}
              </Text>
              {live.status === 'SUSPENDED' && (
                <Text size="sm">
                  {live.suspendedUntil
                    ? t('grant.suspendedUntil', { date: formatLocalDate(live.suspendedUntil) })
                    : t(live.suspensionCause === 'ORGANISATION' ? 'grant.suspendedWithOrganisation' : 'grant.suspendedOpenEnded')}
                </Text>
              )}
            </Group>
          ) : (
            <Text size="sm" mt={4} data-testid="live-grant">
              {t('partner.noTierOnLine')}
            </Text>
          )}
        </div>
        {actions.length > 0 && (
          <Group gap="xs">
            {actions.map(({ action, run }) => (
              <Button
                key={action}
                size="xs"
                variant={action === 'revoke' ? 'outline' : 'default'}
                color={action === 'revoke' ? 'red.9' : undefined}
                onClick={run}
                aria-label={`${t(action === 'grant' ? 'grant.grantButton' : GRANT_ACTION_LABEL[action])} – ${name}`}
              >
                {t(action === 'grant' ? 'grant.grantButton' : GRANT_ACTION_LABEL[action])}
              </Button>
            ))}
          </Group>
        )}
      </Group>
      {live && compliance && (
        <SimpleGrid cols={{ base: 1, md: 2 }} mt="sm" data-testid="compliance">
          <div>
            <Text size="sm" fw={700} mb={4}>
              {t('status.currentRequirements', { tier: localName(locale, live.tier) })}
            </Text>
            <RequirementList requirements={compliance.current.requirements} />
          </div>
          {compliance.next && (
            <div>
              <Text size="sm" fw={700} mb={4}>
                {t('partner.nextRequirements', { tier: nextTierName })}
              </Text>
              <RequirementList requirements={compliance.next.requirements} />
            </div>
          )}
        </SimpleGrid>
      )}
      <Title order={4} size="h5" mt="sm" mb="xs">
        {t('partner.history')}
      </Title>
      <GrantHistory events={events} catalogue={catalogue} label={t('partner.historyOf', { productLine: name })} />
    </Card>
  );
}
