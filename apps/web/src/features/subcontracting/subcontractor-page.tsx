import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '../../api/use-query';
import { ListState } from '../../components/list-state';
import { PageHeader } from '../../components/page-header';
import { StatusBadge } from '../../components/status-badge';
import { useI18n } from '../../i18n/i18n-context';
import { useSubcontractingCatalogue } from './catalogue';
import { DecideDelegationDialog, type DecisionTarget } from './decide-delegation-dialog';
import { DecisionButtons } from './decision-buttons';
import { DelegationTable } from './delegation-table';
import { EndRelationshipDialog } from './end-relationship-dialog';
import { InviteSubcontractorUserModal } from './invite-subcontractor-user-modal';
import { relationshipStatusLabel } from './relationship-status';
import { RequestDelegationForm } from './request-delegation-form';
import { DelegationsQuery, SubcontractorQuery } from './subcontracting.operations';

/** One subcontractor as the partner sees it: master data, its permissions with history, requests, users, ending. */
export default function SubcontractorPage() {
  const { id = '' } = useParams();
  const { t, formatDate } = useI18n();
  const catalogue = useSubcontractingCatalogue();
  const query = useQuery(SubcontractorQuery, { id });
  const subcontractor = query.data?.subcontractor;
  const delegations = useQuery(
    DelegationsQuery,
    { subcontractorId: subcontractor?.subcontractorId ?? null, page: { offset: 0, limit: 100 } },
    { skip: !subcontractor },
  );
  const [inviting, setInviting] = useState(false);
  const [ending, setEnding] = useState(false);
  const [deciding, setDeciding] = useState<DecisionTarget>();
  const items = (delegations.data?.delegations.items ?? []).filter((d) => d.relationshipId === id);
  const active = subcontractor?.status === 'ACTIVE';

  return (
    <>
      <Anchor component={Link} to="/subcontractors" size="sm" mb="xs" display="inline-block">
        {t('subcontractor.back')}
      </Anchor>
      <PageHeader title={subcontractor?.name ?? t('subcontractors.title')}>
        {subcontractor && active && (
          <>
            <Button variant="default" onClick={() => setInviting(true)}>
              {t('subcontractor.invite')}
            </Button>
            <Button color="red" variant="outline" onClick={() => setEnding(true)}>
              {t('subcontractor.end')}
            </Button>
          </>
        )}
      </PageHeader>
      <ListState
        loading={query.loading}
        error={query.error}
        isEmpty={!subcontractor}
        emptyText={t('error.code.NOT_FOUND')}
        onRetry={query.refetch}
      >
        {subcontractor && (
          <Stack gap="xl">
            <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="master-data" data-testid="master-data">
              <Group justify="space-between" mb="xs">
                <Title order={2} size="h3" id="master-data">
                  {t('subcontractor.masterData')}
                </Title>
                <StatusBadge status={subcontractor.status} label={relationshipStatusLabel(t, subcontractor.status)} />
              </Group>
              <dl className="facts">
                <dt>{t('subcontractor.tradeRegisterNumber')}</dt>
                <dd>{subcontractor.tradeRegisterNumber ?? '—'}</dd>
                <dt>{t('subcontractor.address')}</dt>
                <dd>
                  {[subcontractor.street, [subcontractor.postalCode, subcontractor.city].filter(Boolean).join(' ')]
                    .filter(Boolean)
                    .join(', ') || '—'}
                </dd>
                <dt>{t('subcontractor.contact')}</dt>
                <dd>
                  {[subcontractor.contactName, subcontractor.contactEmail, subcontractor.contactPhone].filter(Boolean).join(' · ') || '—'}
                </dd>
                <dt>{t('subcontractor.since')}</dt>
                <dd>{formatDate(subcontractor.createdAt)}</dd>
              </dl>
            </Card>
            <section aria-labelledby="permissions">
              <Title order={2} size="h3" id="permissions" mb="sm">
                {t('subcontractor.permissions')}
              </Title>
              <ListState
                loading={delegations.loading}
                error={delegations.error}
                isEmpty={items.length === 0}
                emptyText={t('subcontractor.noPermissions')}
                onRetry={delegations.refetch}
              >
                <DelegationTable
                  delegations={items}
                  catalogue={catalogue}
                  caption={t('subcontractor.permissions')}
                  actions={(d) =>
                    d.status === 'REQUESTED' ? (
                      <DecisionButtons
                        delegation={d}
                        decisions={['WITHDRAW']}
                        catalogue={catalogue}
                        onDecide={(decision, delegation) => setDeciding({ decision, delegation })}
                      />
                    ) : null
                  }
                />
              </ListState>
            </section>
            {active ? (
              <RequestDelegationForm
                relationshipId={subcontractor.id}
                subcontractorName={subcontractor.name}
                catalogue={catalogue}
                onRequested={delegations.refetch}
              />
            ) : (
              <Text>{t('subcontractor.endedHint')}</Text>
            )}
          </Stack>
        )}
      </ListState>
      {subcontractor && (
        <>
          <InviteSubcontractorUserModal
            opened={inviting}
            relationshipId={subcontractor.id}
            subcontractorName={subcontractor.name}
            onClose={() => setInviting(false)}
          />
          <EndRelationshipDialog
            opened={ending}
            relationshipId={subcontractor.id}
            subcontractorName={subcontractor.name}
            onClose={() => setEnding(false)}
            onEnded={() => {
              setEnding(false);
              query.refetch();
              delegations.refetch();
            }}
          />
        </>
      )}
      <DecideDelegationDialog target={deciding} catalogue={catalogue} onClose={() => setDeciding(undefined)} onDone={delegations.refetch} />
    </>
  );
}
