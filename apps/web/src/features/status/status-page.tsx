import { Alert, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { can } from '../../access/permissions';
import { toApiError } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ListState } from '../../components/list-state';
import { showNotice } from '../../components/notice';
import { PageHeader } from '../../components/page-header';
import { StatusBadge } from '../../components/status-badge';
import { errorText } from '../../errors/error-text';
import type { PartnerGrantsQuery as PartnerGrants, TierComplianceQuery as Compliance } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { grantStatusLabel } from '../../i18n/labels';
import { useViewer } from '../../session/session-context';
import { type CatalogueProductLine, linesToShow, localName, type TierCatalogue, useTierCatalogue } from '../tiers/catalogue';
import type { TierRequestRow } from '../tiers/decide-request-dialog';
import { GrantHistory } from '../tiers/grant-history';
import { RequestList } from '../tiers/request-list';
import { TierBadge } from '../tiers/tier-badge';
import { RequirementList } from '../tiers/requirement-list';
import { PartnerGrantsQuery, TierComplianceQuery, TierRequestsQuery, WithdrawTierRequestMutation } from '../tiers/tiers.operations';
import { BadgeSection } from '../directory/badge-section';
import { LocationEditor } from '../directory/location-editor';
import { NextTier, Privileges } from './privileges';
import { RequestTierForm } from './request-tier-form';

type Grant = PartnerGrants['tierGrants']['items'][number];
type LineCompliance = Compliance['tierCompliance']['productLines'][number];

const isLive = (grant: { status: string }) => grant.status === 'ACTIVE' || grant.status === 'SUSPENDED';

/** A partner's own authorisation: tier per product line, what it allows, what the next tier adds, history, requests. */
export default function StatusPage() {
  const { t, locale, formatLocalDate } = useI18n();
  const viewer = useViewer();
  const partnerId = viewer.organisation.id;
  const canRead = can(viewer, 'tier_request.read');
  const canCreate = can(viewer, 'tier_request.create');
  const grants = useQuery(PartnerGrantsQuery, { partnerId });
  const requests = useQuery(TierRequestsQuery, { filter: { partnerId }, page: { limit: 50 } }, { skip: !canRead });
  const { catalogue, error: catalogueError, refetch: refetchCatalogue } = useTierCatalogue();
  // Compliance is extra information: if it cannot be loaded, the page still shows the tiers.
  const compliance = useQuery(TierComplianceQuery, { partnerId });
  const [withdrawing, setWithdrawing] = useState<TierRequestRow>();
  const [withdraw, withdrawBusy] = useMutation(WithdrawTierRequestMutation);

  const allGrants = grants.data?.tierGrants.items;
  const requestItems = requests.data?.tierRequests.items ?? [];
  const expiring = compliance.data?.tierCompliance.expiringCertificates ?? [];
  const complianceOn = (productLineId: string) =>
    compliance.data?.tierCompliance.productLines.find((c) => c.productLineId === productLineId);

  if (!allGrants || !catalogue) {
    return (
      <>
        <PageHeader title={t('status.title')} />
        <ListState
          loading={!(grants.error ?? catalogueError)}
          error={grants.error ?? catalogueError}
          isEmpty
          emptyText=""
          onRetry={() => {
            grants.refetch();
            refetchCatalogue();
          }}
        >
          {null}
        </ListState>
      </>
    );
  }

  const lines = linesToShow(catalogue, allGrants);
  const liveOn = (productLineId: string) => allGrants.find((g) => g.productLine.id === productLineId && isLive(g));

  const confirmWithdraw = async () => {
    const request = withdrawing;
    if (!request) return;
    try {
      await withdraw({ id: request.id });
      showNotice(
        t,
        'green',
        t('requests.withdrawn', { tier: localName(locale, request.tier), productLine: localName(locale, request.productLine) }),
      );
      requests.refetch();
    } catch (error) {
      showNotice(t, 'red', errorText(t, toApiError(error)));
    } finally {
      setWithdrawing(undefined);
    }
  };

  return (
    <>
      <PageHeader title={t('status.title')} />
      <Text mb="lg">{t('status.intro', { organisation: viewer.organisation.name })}</Text>
      {expiring.length > 0 && (
        <Alert color="yellow" mb="lg" title={t('status.expiringTitle')} data-testid="expiring-certificates">
          <ul className="plain-list">
            {expiring.map((c) => (
              <li key={c.id}>
                {t('status.expiringCertificate', { holder: c.holderName, course: c.courseCode, date: formatLocalDate(c.validUntil) })}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      <Stack gap="lg">
        {lines.map((pl) => (
          <ProductLineStatus
            key={pl.id}
            productLine={pl}
            live={liveOn(pl.id)}
            grants={allGrants.filter((g) => g.productLine.id === pl.id)}
            catalogue={catalogue}
            compliance={complianceOn(pl.id)}
          />
        ))}
      </Stack>

      <BadgeSection productLines={catalogue.productLines} activeGrants={allGrants.filter((g) => g.status === 'ACTIVE')} />
      {can(viewer, 'location.manage') && <LocationEditor />}

      {canCreate && (
        <RequestTierForm
          catalogue={catalogue}
          heldTierId={(productLineId) => liveOn(productLineId)?.tier.id}
          openOn={(productLineId) => requestItems.some((r) => r.status === 'OPEN' && r.productLine.id === productLineId)}
          onRequested={requests.refetch}
        />
      )}

      {canRead && (
        <section aria-labelledby="own-requests">
          <Title order={2} size="h3" mt="xl" mb="md" id="own-requests">
            {t('status.requests')}
          </Title>
          <ListState
            loading={requests.loading}
            error={requests.error}
            isEmpty={requestItems.length === 0}
            emptyText={t('status.noRequests')}
            onRetry={requests.refetch}
          >
            <RequestList
              requests={requestItems}
              caption={t('status.requests')}
              showPartner={false}
              showStatus
              onWithdraw={canCreate ? setWithdrawing : undefined}
            />
          </ListState>
        </section>
      )}

      <ConfirmDialog
        opened={withdrawing !== undefined}
        title={t('requests.withdrawTitle')}
        message={
          withdrawing
            ? t('requests.withdrawText', {
                tier: localName(locale, withdrawing.tier),
                productLine: localName(locale, withdrawing.productLine),
              })
            : ''
        }
        confirmLabel={t('requests.withdraw')}
        danger
        busy={withdrawBusy}
        onConfirm={() => void confirmWithdraw()}
        onCancel={() => setWithdrawing(undefined)}
      />
    </>
  );
}

function ProductLineStatus({
  productLine,
  live,
  grants,
  catalogue,
  compliance,
}: {
  productLine: CatalogueProductLine;
  live: Grant | undefined;
  grants: Grant[];
  catalogue: TierCatalogue;
  compliance: LineCompliance | undefined;
}) {
  const { t, locale, formatLocalDate } = useI18n();
  const name = localName(locale, productLine);
  const headingId = `status-${productLine.id}`;
  const tier = live ? catalogue.tiers.find((candidate) => candidate.id === live.tier.id) : undefined;
  const next = catalogue.nextTier(live?.tier.rank ?? 0);
  return (
    <Card withBorder component="section" aria-labelledby={headingId} padding="lg" data-product-line={productLine.code}>
      <Title order={2} size="h3" id={headingId} mb="xs">
        {name}
      </Title>
      {live ? (
        <Group gap="xs" mb="md" data-testid="current-tier">
          <TierBadge tier={live.tier} suspended={live.status === 'SUSPENDED'} />
          <StatusBadge status={live.status} label={grantStatusLabel(t, live.status)} />
          <Text size="sm">{t('grant.validity', { from: formatLocalDate(live.validFrom), until: formatLocalDate(live.validUntil) })}</Text>
        </Group>
      ) : (
        <Text mb="md" data-testid="current-tier">
          {t('status.noTier')}
        </Text>
      )}
      {live?.status === 'SUSPENDED' && (
        <Alert color="orange" mb="md" title={t('status.suspendedTitle')}>
          {live.suspendedUntil
            ? t('status.suspendedUntil', { date: formatLocalDate(live.suspendedUntil) })
            : t(live.suspensionCause === 'ORGANISATION' ? 'status.suspendedWithOrganisation' : 'status.suspendedOpenEnded')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <div>
          <Title order={3} size="h5" mb="xs">
            {tier ? t('status.privileges', { tier: localName(locale, tier) }) : t('status.privilegesNone')}
          </Title>
          {tier ? (
            <Privileges tier={tier} productLineId={productLine.id} catalogue={catalogue} />
          ) : (
            <Text size="sm">{t('status.noPrivileges')}</Text>
          )}
          {tier && compliance && (
            <>
              <Text size="sm" fw={700} mt="sm">
                {t('status.currentRequirements', { tier: localName(locale, tier) })}
              </Text>
              <RequirementList requirements={compliance.current.requirements} testId="current-requirements" />
              {!compliance.current.fulfilled && (
                <Text size="sm" mt="xs">
                  {t('status.currentRequirementsMissed')}
                </Text>
              )}
            </>
          )}
        </div>
        <div>
          <Title order={3} size="h5" mb="xs">
            {next ? t('status.next', { tier: localName(locale, next) }) : t('status.nextNone')}
          </Title>
          {next ? (
            <NextTier current={tier} next={next} productLineId={productLine.id} catalogue={catalogue} compliance={compliance?.next} />
          ) : (
            <Text size="sm">{t('status.highest')}</Text>
          )}
        </div>
      </SimpleGrid>
      <Title order={3} size="h5" mt="md" mb="xs">
        {t('partner.history')}
      </Title>
      <GrantHistory events={grants.flatMap((g) => g.history)} catalogue={catalogue} label={t('partner.historyOf', { productLine: name })} />
    </Card>
  );
}
