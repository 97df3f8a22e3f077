import { Badge, Group, Text } from '@mantine/core';
import type { KnowledgeSearchQuery as SearchResult } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { kindLabel } from './knowledge-text';
import { MarkedRuns } from './marked-runs';

export type SearchHit = SearchResult['knowledgeSearch']['hits'][number];

/** One hit in the result listbox: marked title and snippet, kind, language and the first codes. */
export function SearchHitOption({
  hit,
  index,
  active,
  open,
  onOpen,
}: {
  hit: SearchHit;
  index: number;
  active: boolean;
  open: boolean;
  onOpen: () => void;
}) {
  const { t } = useI18n();
  return (
    <li
      id={`knowledge-hit-${index}`}
      role="option"
      aria-selected={active}
      data-open={open}
      data-article-id={hit.article.id}
      className="knowledge-hit"
      onClick={onOpen}
    >
      <Text fw={600}>
        <MarkedRuns runs={hit.titleRuns} />
      </Text>
      <Text size="sm">
        <MarkedRuns runs={hit.snippetRuns} />
      </Text>
      <Group gap={4} mt={4}>
        <Badge size="sm" variant="light" color="dark" radius="sm" tt="none">
          {kindLabel(t, hit.article.kind)}
        </Badge>
        <Badge size="sm" variant="outline" color="dark" radius="sm">
          {hit.article.language}
        </Badge>
        {hit.article.codes.slice(0, 3).map((code) => (
          <Badge key={code} size="sm" variant="outline" color="dark" radius="sm" tt="none">
            {code}
          </Badge>
        ))}
      </Group>
    </li>
  );
}
