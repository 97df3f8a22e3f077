import { Group, Select, Stack, Text, Title } from '@mantine/core';
import { diffLines } from 'diff';
import { useMemo, useState } from 'react';
import { ListState } from '../../components/list-state';
import { useQuery } from '../../api/use-query';
import type { ArticleVersionsQuery as Versions } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { ArticleVersionsQuery } from './knowledge.operations';

type Version = Versions['articleVersions'][number];

interface Line {
  change: 'added' | 'removed' | 'unchanged';
  text: string;
}

/** Title, summary and body of a version as one text, so a changed title shows in the comparison too. */
// Every line ends with a newline, so text added after the last line does not mark that line as changed.
const asText = (v: Version): string => `${[`# ${v.title}`, '', v.summary, '', v.body].join('\n').replace(/\n*$/, '')}\n`;

function lineDiff(before: string, after: string): Line[] {
  return diffLines(before, after).flatMap((part) => {
    const change: Line['change'] = part.added ? 'added' : part.removed ? 'removed' : 'unchanged';
    const lines = part.value.replace(/\n$/, '').split('\n');
    return lines.map((text): Line => ({ change, text }));
  });
}

/** Published versions, newest first, and a line comparison between any two of them. */
export function VersionHistory({ articleId }: { articleId: string }) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const query = useQuery(ArticleVersionsQuery, { id: articleId });
  const versions = useMemo(() => query.data?.articleVersions ?? [], [query.data]);
  const [fromChoice, setFrom] = useState<string | null>(null);
  const [toChoice, setTo] = useState<string | null>(null);
  const to = versions.find((v) => String(v.version) === toChoice) ?? versions[0];
  const from = versions.find((v) => String(v.version) === fromChoice) ?? versions[1];
  const lines = useMemo(() => (from && to ? lineDiff(asText(from), asText(to)) : []), [from, to]);
  const added = lines.filter((l) => l.change === 'added').length;
  const removed = lines.filter((l) => l.change === 'removed').length;
  const options = versions.map((v) => ({
    value: String(v.version),
    label: `${t('knowledge.versions.version', { version: v.version })} – ${formatDateTime(v.createdAt)}`,
  }));

  return (
    <Stack gap="sm" component="section" aria-labelledby="versions-title" data-testid="article-versions">
      <Title order={2} id="versions-title" size="h3">
        {t('knowledge.versions.title')}
      </Title>
      <ListState
        loading={query.loading}
        error={query.error}
        isEmpty={versions.length === 0}
        emptyText={t('knowledge.versions.empty')}
        onRetry={query.refetch}
      >
        <ul>
          {versions.map((v) => (
            <li key={v.version}>
              <strong>{t('knowledge.versions.version', { version: v.version })}</strong>:{' '}
              {v.editedByName
                ? t('knowledge.versions.editedBy', { date: formatDateTime(v.createdAt), name: v.editedByName })
                : formatDateTime(v.createdAt)}
            </li>
          ))}
        </ul>
        {versions.length < 2 ? (
          <Text>{t('knowledge.versions.onlyOne')}</Text>
        ) : (
          <>
            <Group align="flex-end" gap="sm">
              <Select
                label={t('knowledge.versions.from')}
                data={options}
                value={from ? String(from.version) : null}
                onChange={setFrom}
                allowDeselect={false}
                miw={280}
              />
              <Select
                label={t('knowledge.versions.to')}
                data={options}
                value={to ? String(to.version) : null}
                onChange={setTo}
                allowDeselect={false}
                miw={280}
              />
            </Group>
            <Title order={3} size="h4">
              {t('knowledge.versions.compare')}
            </Title>
            <Text size="sm" aria-live="polite">
              {added + removed === 0
                ? t('knowledge.versions.same')
                : [
                    added === 1 ? t('knowledge.diff.addedLine') : t('knowledge.diff.addedLines', { count: formatNumber(added) }),
                    removed === 1 ? t('knowledge.diff.removedLine') : t('knowledge.diff.removedLines', { count: formatNumber(removed) }),
                  ].join(', ')}
            </Text>
            <ol className="knowledge-diff" data-testid="version-diff">
              {lines.map((line, index) => (
                <li key={index} data-change={line.change}>
                  {line.change !== 'unchanged' && <span className="visually-hidden">{t(`knowledge.diff.${line.change}`)}: </span>}
                  <span aria-hidden>{line.change === 'added' ? '+ ' : line.change === 'removed' ? '− ' : '  '}</span>
                  {line.text || ' '}
                </li>
              ))}
            </ol>
          </>
        )}
      </ListState>
    </Stack>
  );
}
