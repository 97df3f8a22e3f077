import { Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from '../../api/use-query';
import { ListState } from '../../components/list-state';
import type { SearchAnalyticsQuery as Analytics } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { SearchAnalyticsQuery } from './knowledge.operations';

type Stat = Analytics['knowledgeSearchAnalytics']['topQueries'][number];
const PERIODS = [7, 30, 90];

/** What readers search for, which searches find nothing (content gaps) and how often a hit is opened. */
export function AnalyticsPanel() {
  const { t, formatNumber } = useI18n();
  const [days, setDays] = useState('30');
  const query = useQuery(SearchAnalyticsQuery, { days: Number(days) });
  const data = query.data?.knowledgeSearchAnalytics;
  const percent = (value: number) => `${formatNumber(Math.round(value * 1000) / 10)} %`;

  const table = (title: string, rows: readonly Stat[], testId: string) => (
    <Stack gap="xs" component="section" aria-label={title}>
      <Title order={2} size="h4">
        {title}
      </Title>
      {rows.length === 0 ? (
        <Text>{t('knowledge.analytics.empty')}</Text>
      ) : (
        <Table data-testid={testId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('knowledge.analytics.query')}</Table.Th>
              <Table.Th>{t('knowledge.analytics.searches')}</Table.Th>
              <Table.Th>{t('knowledge.analytics.averageResults')}</Table.Th>
              <Table.Th>{t('knowledge.analytics.clickThrough')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.query}>
                <Table.Td>{row.query}</Table.Td>
                <Table.Td>{formatNumber(row.searches)}</Table.Td>
                <Table.Td>{formatNumber(Math.round(row.averageResults * 10) / 10)}</Table.Td>
                <Table.Td>{percent(row.clickThrough)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );

  return (
    <Stack gap="md">
      <Group>
        <Select
          label={t('knowledge.analytics.days')}
          allowDeselect={false}
          value={days}
          onChange={(value) => value && setDays(value)}
          data={PERIODS.map((d) => ({ value: String(d), label: t('knowledge.analytics.daysOption', { days: d }) }))}
        />
      </Group>
      <ListState
        loading={query.loading}
        error={query.error}
        isEmpty={!data}
        emptyText={t('knowledge.analytics.empty')}
        onRetry={query.refetch}
      >
        {data && (
          <Stack gap="lg">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Paper withBorder p="md">
                <Text size="sm">{t('knowledge.analytics.searches')}</Text>
                <Text fz="xl" fw={700} data-testid="analytics-searches">
                  {formatNumber(data.searches)}
                </Text>
              </Paper>
              <Paper withBorder p="md">
                <Text size="sm">{t('knowledge.analytics.clickThrough')}</Text>
                <Text fz="xl" fw={700}>
                  {percent(data.clickThrough)}
                </Text>
              </Paper>
            </SimpleGrid>
            {table(t('knowledge.analytics.topQueries'), data.topQueries, 'analytics-top')}
            {table(t('knowledge.analytics.zeroResults'), data.zeroResultQueries, 'analytics-zero')}
          </Stack>
        )}
      </ListState>
    </Stack>
  );
}
