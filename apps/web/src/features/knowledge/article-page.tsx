import { Alert, Button, Center, Divider, Grid, Group, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { PageHeader } from '../../components/page-header';
import type { ArticleFieldsFragment, ArticleTransition } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { useTierCatalogue } from '../tiers/catalogue';
import { ArticleFeedback, CopyArticleLink } from './article-feedback';
import { ArticleMeta } from './article-meta';
import { KnowledgeNav } from './knowledge-nav';
import { actionLabel, knowledgeErrorText } from './knowledge-text';
import { ArticleQuery, RecordArticleViewMutation } from './knowledge.operations';
import { MarkdownView } from './markdown-view';
import { ReviewHistory } from './review-history';
import { TransitionDialog } from './transition-dialog';
import { VersionHistory } from './version-history';
import './knowledge.css';

const STEPS: ArticleTransition[] = ['SUBMIT', 'WITHDRAW', 'REQUEST_CHANGES', 'REJECT', 'PUBLISH', 'ARCHIVE', 'RESTORE'];

/** One article: its text and metadata, feedback, workflow steps, versions and review history. */
export default function ArticlePage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { catalogue } = useTierCatalogue();
  const query = useQuery(ArticleQuery, { id });
  const [changed, setChanged] = useState<ArticleFieldsFragment>();
  const loaded = query.data?.article.id === id ? query.data.article : undefined;
  const article = changed?.id === id && loaded && changed.revision >= loaded.revision ? changed : loaded;
  const [step, setStep] = useState<ArticleTransition>();
  const [recordView] = useMutation(RecordArticleViewMutation);
  const recorded = useRef<string>(undefined);

  useEffect(() => {
    if (recorded.current === id) return;
    recorded.current = id;
    recordView({ id, searchId: null, position: null }).catch(() => undefined);
  }, [id, recordView]);

  if (query.error && !article) {
    return (
      <>
        <PageHeader title={t('nav.knowledge')}>
          <KnowledgeNav current="other" />
        </PageHeader>
        <Alert color="red" role="alert">
          <Text mb="sm">{query.error.code === 'NOT_FOUND' ? t('knowledge.article.notFound') : knowledgeErrorText(t, query.error)}</Text>
          <Button variant="default" onClick={query.refetch}>
            {t('action.retry')}
          </Button>
        </Alert>
      </>
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
  const steps = STEPS.filter((s) => article.allowedActions.includes(s));
  return (
    <>
      <PageHeader title={article.title}>
        <KnowledgeNav current="other" />
      </PageHeader>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <Group gap="xs" data-testid="article-actions">
              {article.allowedActions.includes('EDIT') && (
                <Button component={Link} to={`/knowledge/articles/${article.id}/edit`}>
                  {t('knowledge.article.edit')}
                </Button>
              )}
              {steps.map((s) => (
                <Button
                  key={s}
                  variant={s === 'REJECT' || s === 'ARCHIVE' ? 'outline' : 'light'}
                  color={s === 'REJECT' || s === 'ARCHIVE' ? 'red' : undefined}
                  onClick={() => setStep(s)}
                >
                  {actionLabel(t, s)}
                </Button>
              ))}
              <CopyArticleLink id={article.id} />
            </Group>
            {article.summary && <Text fw={500}>{article.summary}</Text>}
            <MarkdownView source={article.body} headingOffset={1} />
            {article.status === 'PUBLISHED' && <ArticleFeedback article={article} onChanged={setChanged} />}
            <Divider />
            <ReviewHistory key={article.revision} articleId={article.id} canComment={article.allowedActions.includes('COMMENT')} />
            <Divider />
            <VersionHistory key={`v${article.version}`} articleId={article.id} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <ArticleMeta article={article} catalogue={catalogue} />
        </Grid.Col>
      </Grid>
      {step && (
        <TransitionDialog
          article={article}
          action={step}
          onClose={(result) => {
            setStep(undefined);
            if (result) setChanged(result);
          }}
        />
      )}
    </>
  );
}
