import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { StatusBadge } from '../../components/status-badge';
import { useI18n } from '../../i18n/i18n-context';
import { tierRequestStatusLabel } from '../../i18n/labels';
import { localName } from './catalogue';
import { reasonText } from './reason-text';
import type { Decision, TierRequestRow } from './decide-request-dialog';
import { TierBadge } from './tier-badge';

interface Props {
  requests: TierRequestRow[];
  caption: string;
  /** The manufacturer's queue names the partner (linked to its page); a partner's own list does not. */
  showPartner: boolean;
  /** Status and decision columns, for lists that hold decided requests too. */
  showStatus?: boolean;
  onDecide?: (decision: Decision, request: TierRequestRow) => void;
  onWithdraw?: (request: TierRequestRow) => void;
}

export function RequestList({ requests, caption, showPartner, showStatus, onDecide, onWithdraw }: Props) {
  const { t, locale, formatDateTime } = useI18n();
  const actions = onDecide !== undefined || onWithdraw !== undefined;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped data-testid="request-table">
        <Table.Caption className="visually-hidden">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {showPartner && <Table.Th>{t('requests.partner')}</Table.Th>}
            <Table.Th>{t('tiers.productLine')}</Table.Th>
            <Table.Th>{t('requests.tier')}</Table.Th>
            <Table.Th>{t('requests.justification')}</Table.Th>
            <Table.Th>{t('requests.requestedAt')}</Table.Th>
            {showStatus && <Table.Th>{t('requests.status')}</Table.Th>}
            {actions && (
              <Table.Th>
                <span className="visually-hidden">{t('users.actions')}</span>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {requests.map((request) => {
            const about = {
              partner: request.partnerName,
              productLine: localName(locale, request.productLine),
              tier: localName(locale, request.tier),
            };
            return (
              <Table.Tr
                key={request.id}
                data-partner={request.partnerName}
                data-product-line={request.productLine.code}
                data-status={request.status}
              >
                {showPartner && (
                  <Table.Td>
                    <Anchor component={Link} to={`/network/${request.partnerId}`}>
                      {request.partnerName}
                    </Anchor>
                  </Table.Td>
                )}
                <Table.Td>{about.productLine}</Table.Td>
                <Table.Td>
                  <TierBadge tier={request.tier} />
                </Table.Td>
                <Table.Td maw={360}>
                  <Text size="sm" className="pre-wrap">
                    {request.justification}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDateTime(request.requestedAt)}</Text>
                  <Text size="sm" className="secondary-text">
                    {request.requestedByName}
                  </Text>
                </Table.Td>
                {showStatus && (
                  <Table.Td>
                    <StatusBadge status={request.status} label={tierRequestStatusLabel(t, request.status)} />
                    {request.decidedAt && (
                      <Text size="sm" className="secondary-text" mt={4}>
                        {formatDateTime(request.decidedAt)}
                      </Text>
                    )}
                    {request.decisionReason && request.status !== 'WITHDRAWN' && (
                      <Text size="sm" mt={4} data-testid="decision-reason">
                        {t('history.reason', { reason: reasonText(t, request.decisionReason) })}
                      </Text>
                    )}
                  </Table.Td>
                )}
                {actions && (
                  <Table.Td>
                    {request.status === 'OPEN' && (
                      <Group gap="xs" wrap="nowrap" justify="flex-end">
                        {onDecide && (
                          <>
                            <Button size="xs" onClick={() => onDecide('approve', request)} aria-label={t('requests.approveFor', about)}>
                              {t('requests.approve')}
                            </Button>
                            <Button
                              size="xs"
                              variant="outline"
                              color="red.9"
                              onClick={() => onDecide('reject', request)}
                              aria-label={t('requests.rejectFor', about)}
                            >
                              {t('requests.reject')}
                            </Button>
                          </>
                        )}
                        {onWithdraw && (
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => onWithdraw(request)}
                            aria-label={t('requests.withdrawFor', about)}
                          >
                            {t('requests.withdraw')}
                          </Button>
                        )}
                      </Group>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
