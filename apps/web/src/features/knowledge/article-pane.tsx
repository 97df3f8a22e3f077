import { Alert, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '../../api/use-query';
import type { ArticleFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import type { TierCatalogue } from '../tiers/catalogue';
import { ArticleFeedback, CopyArticleLink, type SearchContext } from './article-feedback';
import { ArticleMeta } from './article-meta';
import { articlePath, knowledgeErrorText } from './knowledge-text';
import { ArticleQuery } from './knowledge.operations';
import { MarkdownView } from './markdown-view';

interface Props {
  id: string;
  search: SearchContext;
  catalogue: TierCatalogue | undefined;
  /** Moves focus to the article's heading once it has loaded (opened with the keyboard). */
  focusOnLoad: boolean;
}

/** The article beside the result list: its text, metadata and feedback, with a link to the full page. */
export function ArticlePane({ id, search, catalogue, focusOnLoad }: Props) {
  const { t } = useI18n();
  const query = useQuery(ArticleQuery, { id });
  const [changed, setChanged] = useState<ArticleFieldsFragment>();
  const loaded = query.data?.article.id === id ? query.data.article : undefined;
  const article = changed?.id === id && loaded && changed.revision >= loaded.revision ? changed : loaded;
  const heading = useRef<HTMLHeadingElement>(null);
  const articleId = article?.id;

  useEffect(() => {
    if (focusOnLoad && articleId) heading.current?.focus();
  }, [focusOnLoad, articleId]);

  if (query.error && !article) {
    return (
      <Alert color="red" role="alert">
        <Text mb="sm">{knowledgeErrorText(t, query.error)}</Text>
        <Button variant="default" onClick={query.refetch}>
          {t('action.retry')}
        </Button>
      </Alert>
    );
  }
  if (!article) {
    return (
      <Center py="xl" role="status">
        <Loader aria-hidden />
        <Text ml="sm">{t('list.loading')}</Text>
      </Center>
    );
  }
  return (
    <Stack gap="md" data-testid="article-pane" data-article-id={article.id}>
      <Title order={2} ref={heading} tabIndex={-1}>
        {article.title}
      </Title>
      <Group gap="xs">
        <Button component={Link} to={articlePath(article.id)} size="xs" variant="light">
          {t('knowledge.pane.openPage')}
        </Button>
        <CopyArticleLink id={article.id} />
      </Group>
      {article.summary && <Text fw={500}>{article.summary}</Text>}
      <MarkdownView source={article.body} headingOffset={2} />
      <ArticleMeta article={article} catalogue={catalogue} />
      {article.status === 'PUBLISHED' && <ArticleFeedback article={article} search={search} onChanged={setChanged} />}
    </Stack>
  );
}
