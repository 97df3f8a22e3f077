import { Loader, Text } from '@mantine/core';
import { useQuery } from '../../api/use-query';
import { errorText } from '../../errors/error-text';
import { useI18n } from '../../i18n/i18n-context';
import { reasonText } from '../tiers/reason-text';
import { DelegationHistoryQuery } from './subcontracting.operations';
import { delegationActionLabel, delegationStatusLabel } from './subcontracting-text';

/** Append-only history of one permission, newest first: what happened, who and when, status change and reason. */
export function DelegationHistory({ id, label }: { id: string; label: string }) {
  const { t, formatDateTime } = useI18n();
  const query = useQuery(DelegationHistoryQuery, { id });
  if (query.error)
    return (
      <Text size="sm" role="alert">
        {errorText(t, query.error)}
      </Text>
    );
  if (!query.data)
    return (
      <Text size="sm" role="status">
        <Loader size="xs" aria-hidden /> {t('list.loading')}
      </Text>
    );
  const events = [...query.data.delegationHistory].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt) || Number(b.id) - Number(a.id));
  if (events.length === 0) return <Text size="sm">{t('history.empty')}</Text>;
  return (
    <ol className="timeline" aria-label={label} data-testid="delegation-history">
      {events.map((event) => (
        <li key={event.id} className="timeline-item" data-action={event.action}>
          <Text fw={700} size="sm">
            {delegationActionLabel(t, event.action)}
          </Text>
          <Text size="sm" className="secondary-text">
            {t('history.byAt', { at: formatDateTime(event.occurredAt), actor: event.actorName ?? t('history.system') })}
          </Text>
          <Text size="sm">
            {event.fromStatus
              ? t('history.changed', {
                  field: t('history.field.status'),
                  from: delegationStatusLabel(t, event.fromStatus),
                  to: delegationStatusLabel(t, event.toStatus),
                })
              : t('history.value', { field: t('history.field.status'), value: delegationStatusLabel(t, event.toStatus) })}
          </Text>
          {event.reason && (
            <Text size="sm" data-testid="history-reason">
              {t('history.reason', { reason: reasonText(t, event.reason) })}
            </Text>
          )}
        </li>
      ))}
    </ol>
  );
}
