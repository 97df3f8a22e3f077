import { Button, Group, Table, Text } from '@mantine/core';
import { Fragment, type ReactNode, useState } from 'react';
import type { DelegationFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { reasonText } from '../tiers/reason-text';
import type { SubcontractingCatalogue } from './catalogue';
import { DelegationHistory } from './delegation-history';
import { DelegationStatusBadge } from './delegation-status';

export type DelegationRow = DelegationFieldsFragment;

interface Props {
  delegations: DelegationRow[];
  catalogue: SubcontractingCatalogue;
  caption: string;
  showPartner?: boolean;
  showSubcontractor?: boolean;
  /** Buttons for one row (decisions, withdrawal). */
  actions?: (delegation: DelegationRow) => ReactNode;
}

/** One row per permission: service, period, status with cause, justification/decision, and its history on demand. */
export function DelegationTable({ delegations, catalogue, caption, showPartner, showSubcontractor, actions }: Props) {
  const { t, formatLocalDate } = useI18n();
  const [historyOf, setHistoryOf] = useState<string>();
  const columns = 5 + (showPartner ? 1 : 0) + (showSubcontractor ? 1 : 0);
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table data-testid="delegation-table" verticalSpacing="sm">
        <caption className="visually-hidden">{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            {showPartner && <Table.Th>{t('delegation.partner')}</Table.Th>}
            {showSubcontractor && <Table.Th>{t('delegation.subcontractor')}</Table.Th>}
            <Table.Th>{t('delegation.service')}</Table.Th>
            <Table.Th>{t('delegation.period')}</Table.Th>
            <Table.Th>{t('delegation.status')}</Table.Th>
            <Table.Th>{t('delegation.details')}</Table.Th>
            <Table.Th>{t('delegation.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {delegations.map((d) => {
            const service = t('delegation.serviceOn', {
              service: catalogue.serviceCategoryName(d.serviceCategoryId),
              productLine: catalogue.productLineName(d.productLineId),
            });
            const open = historyOf === d.id;
            return (
              <Fragment key={d.id}>
                <Table.Tr
                  data-delegation={d.id}
                  data-status={d.status}
                  data-partner={d.partnerName}
                  data-subcontractor={d.subcontractorName}
                >
                  {showPartner && <Table.Td>{d.partnerName}</Table.Td>}
                  {showSubcontractor && <Table.Td>{d.subcontractorName}</Table.Td>}
                  <Table.Td>{service}</Table.Td>
                  <Table.Td>
                    {t('delegation.periodValue', { from: formatLocalDate(d.validFrom), until: formatLocalDate(d.validUntil) })}
                  </Table.Td>
                  <Table.Td>
                    <DelegationStatusBadge delegation={d} />
                  </Table.Td>
                  <Table.Td>
                    {d.justification && <Text size="sm">{t('delegation.justificationValue', { text: d.justification })}</Text>}
                    {d.decisionReason && <Text size="sm">{t('history.reason', { reason: reasonText(t, d.decisionReason) })}</Text>}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {actions?.(d)}
                      <Button
                        size="xs"
                        variant="default"
                        aria-expanded={open}
                        aria-controls={`history-${d.id}`}
                        aria-label={t('delegation.historyOf', { service, subcontractor: d.subcontractorName })}
                        onClick={() => setHistoryOf(open ? undefined : d.id)}
                      >
                        {t('delegation.history')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
                {open && (
                  <Table.Tr id={`history-${d.id}`}>
                    <Table.Td colSpan={columns}>
                      <DelegationHistory id={d.id} label={t('delegation.historyOf', { service, subcontractor: d.subcontractorName })} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
