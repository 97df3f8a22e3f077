import { Text } from '@mantine/core';
import type { GrantHistoryFieldsFragment, GrantStatus } from '../../gql/graphql';
import { type I18n, useI18n } from '../../i18n/i18n-context';
import { grantActionLabel, grantStatusLabel } from '../../i18n/labels';
import type { MessageKey } from '../../i18n/messages';
import { localName, type TierCatalogue } from './catalogue';
import { reasonText } from './reason-text';

export type GrantEvent = GrantHistoryFieldsFragment;

const GRANT_STATUSES: readonly string[] = ['ACTIVE', 'SUSPENDED', 'EXPIRED', 'REVOKED', 'ENDED'] satisfies GrantStatus[];

/** The snapshot fields worth telling a person about, in the order they are told. */
const FIELDS: { key: string; label: MessageKey; kind: 'tier' | 'status' | 'date' }[] = [
  { key: 'tier', label: 'history.field.tier', kind: 'tier' },
  { key: 'status', label: 'history.field.status', kind: 'status' },
  { key: 'validFrom', label: 'history.field.validFrom', kind: 'date' },
  { key: 'validUntil', label: 'history.field.validUntil', kind: 'date' },
  { key: 'suspendedUntil', label: 'history.field.suspendedUntil', kind: 'date' },
];

const asText = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value));

function formatValue(i18n: I18n, catalogue: TierCatalogue | undefined, kind: 'tier' | 'status' | 'date', value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (kind === 'tier') {
    const tier = catalogue?.tierByCode(value);
    return tier ? localName(i18n.locale, tier) : asText(value);
  }
  if (kind === 'status') return GRANT_STATUSES.includes(asText(value)) ? grantStatusLabel(i18n.t, value as GrantStatus) : asText(value);
  return typeof value === 'string' ? i18n.formatLocalDate(value) : asText(value);
}

/** "Tier: Certified → Registered", one line per field that changed; a first grant lists what it gave. */
export function describeChanges(i18n: I18n, catalogue: TierCatalogue | undefined, event: GrantEvent): string[] {
  const before = event.before;
  const after = event.after ?? {};
  return FIELDS.flatMap(({ key, label, kind }) => {
    const field = i18n.t(label);
    if (!before) {
      return after[key] === undefined || key === 'suspendedUntil'
        ? []
        : [i18n.t('history.value', { field, value: formatValue(i18n, catalogue, kind, after[key]) })];
    }
    if (before[key] === after[key]) return [];
    return [
      i18n.t('history.changed', {
        field,
        from: formatValue(i18n, catalogue, kind, before[key]),
        to: formatValue(i18n, catalogue, kind, after[key]),
      }),
    ];
  });
}

interface Props {
  events: GrantEvent[];
  catalogue: TierCatalogue | undefined;
  label: string;
}

/** Append-only history, newest first: what happened, who did it and when, why, and what changed. */
export function GrantHistory({ events, catalogue, label }: Props) {
  const i18n = useI18n();
  const { t, formatDateTime } = i18n;
  if (events.length === 0) return <Text size="sm">{t('history.empty')}</Text>;
  const newestFirst = [...events].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt) || Number(b.id) - Number(a.id));
  return (
    <ol className="timeline" aria-label={label} data-testid="grant-history">
      {newestFirst.map((event) => {
        const changes = describeChanges(i18n, catalogue, event);
        return (
          <li key={event.id} className="timeline-item" data-action={event.action}>
            <Text fw={700} size="sm">
              {grantActionLabel(t, event.action)}
            </Text>
            <Text size="sm" className="secondary-text">
              {t('history.byAt', { at: formatDateTime(event.occurredAt), actor: event.actorName ?? t('history.system') })}
            </Text>
            {changes.length > 0 && (
              <ul className="timeline-changes">
                {changes.map((change) => (
                  <li key={change}>{change}</li>
                ))}
              </ul>
            )}
            <Text size="sm" data-testid="history-reason">
              {t('history.reason', { reason: reasonText(t, event.reason) })}
            </Text>
          </li>
        );
      })}
    </ol>
  );
}
