import { Button, Code, SimpleGrid, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { AuditEventsQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';

type AuditEvent = AuditEventsQuery['auditEvents']['items'][number];

function Snapshot({ label, value }: { label: string; value: Record<string, unknown> | null | undefined }) {
  const { t } = useI18n();
  return (
    <div>
      <Text fw={700} size="sm" mb={4}>
        {label}
      </Text>
      {value ? (
        <Code block tabIndex={0} aria-label={label}>
          {JSON.stringify(value, null, 2)}
        </Code>
      ) : (
        <Text size="sm">{t('audit.none')}</Text>
      )}
    </div>
  );
}

/** One event; its before/after states open below it on demand, because they can be long. */
export function AuditRow({ event }: { event: AuditEvent }) {
  const { t, formatDateTime } = useI18n();
  const [open, setOpen] = useState(false);
  const detailsId = `audit-${event.id}`;
  const hasChanges = Boolean(event.before ?? event.after);
  return (
    <>
      <Table.Tr>
        <Table.Td>{formatDateTime(event.occurredAt)}</Table.Td>
        <Table.Td>
          <Code>{event.action}</Code>
        </Table.Td>
        <Table.Td>
          {event.entityType} <span className="secondary-text">{event.entityId.slice(0, 8)}</span>
        </Table.Td>
        <Table.Td>{event.actorEmail ?? t('audit.system')}</Table.Td>
        <Table.Td>
          {hasChanges && (
            <Button
              size="xs"
              variant="default"
              aria-expanded={open}
              aria-controls={open ? detailsId : undefined}
              onClick={() => setOpen((o) => !o)}
            >
              {open ? t('audit.hideChanges') : t('audit.showChanges')}
            </Button>
          )}
        </Table.Td>
      </Table.Tr>
      {open && (
        <Table.Tr id={detailsId}>
          <Table.Td colSpan={5}>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Snapshot label={t('audit.before')} value={event.before} />
              <Snapshot label={t('audit.after')} value={event.after} />
            </SimpleGrid>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
