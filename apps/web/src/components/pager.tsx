import { Button, Group, Text } from '@mantine/core';
import { useI18n } from '../i18n/i18n-context';

interface Props {
  offset: number;
  limit: number;
  totalCount: number;
  onOffsetChange: (offset: number) => void;
}

/** Plain previous/next paging with a readable position; works with the API's offset pages. */
export function Pager({ offset, limit, totalCount, onOffsetChange }: Props) {
  const { t, formatNumber } = useI18n();
  if (totalCount === 0) return null;
  const from = offset + 1;
  const to = Math.min(offset + limit, totalCount);
  return (
    <Group justify="space-between" mt="md" component="nav" aria-label={t('pager.label')}>
      <Text size="sm" aria-live="polite">
        {t('pager.position', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(totalCount) })}
      </Text>
      <Group gap="xs">
        <Button variant="default" disabled={offset === 0} onClick={() => onOffsetChange(Math.max(0, offset - limit))}>
          {t('pager.previous')}
        </Button>
        <Button variant="default" disabled={to >= totalCount} onClick={() => onOffsetChange(offset + limit)}>
          {t('pager.next')}
        </Button>
      </Group>
    </Group>
  );
}
