import {
  Alert,
  Button,
  Center,
  Group,
  Loader,
  MultiSelect,
  Select,
  Stack,
  Switch,
  Tabs,
  TagsInput,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { can } from '../../access/permissions';
import { type ApiError, toApiError } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { PageHeader } from '../../components/page-header';
import { showNotice } from '../../components/notice';
import { fieldErrors } from '../../errors/error-text';
import type { ArticleAudience, ArticleFieldsFragment, ArticleInput, ArticleLanguage } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { localName, useTierCatalogue } from '../tiers/catalogue';
import { KnowledgeError } from './knowledge-error';
import { KnowledgeNav } from './knowledge-nav';
import { articlePath, knowledgeErrorText } from './knowledge-text';
import { ArticleQuery, CreateArticleMutation, UpdateArticleMutation } from './knowledge.operations';
import { MarkdownView } from './markdown-view';
import { useUnsavedDraft } from './unsaved-draft';
import './knowledge.css';

interface Values {
  title: string;
  summary: string;
  body: string;
  language: string;
  productLineIds: string[];
  serviceCategoryIds: string[];
  tags: string[];
  codes: string[];
  audience: string;
  minTierRank: string | null;
  limitedToProductLines: boolean;
  reviewBy: string;
}

function initialValues(article: ArticleFieldsFragment | undefined, locale: string): Values {
  return {
    title: article?.title ?? '',
    summary: article?.summary ?? '',
    body: article?.body ?? '',
    language: article?.language ?? locale,
    productLineIds: article?.productLineIds ?? [],
    serviceCategoryIds: article?.serviceCategoryIds ?? [],
    tags: article?.tags ?? [],
    codes: article?.codes ?? [],
    audience: article?.audience ?? 'PARTNERS',
    minTierRank: article?.minTierRank != null ? String(article.minTierRank) : null,
    limitedToProductLines: article?.limitedToProductLines ?? false,
    reviewBy: article?.reviewBy ?? '',
  };
}

/** New field report (partners) or know-how article (manufacturer), and editing an existing article. */
export default function ArticleEditorPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const query = useQuery(ArticleQuery, { id: id ?? '' }, { skip: !id });
  const article = id && query.data?.article.id === id ? query.data.article : undefined;
  const viewer = useViewer();
  const partner = viewer.organisation.kind !== 'MANUFACTURER';
  const title = article
    ? t('knowledge.editor.editTitle', { title: article.title })
    : partner
      ? t('knowledge.editor.newTitle')
      : t('knowledge.editor.newKnowhowTitle');

  let content;
  if (id && query.error && !article) {
    content = (
      <Alert color="red" role="alert">
        <Text mb="sm">{query.error.code === 'NOT_FOUND' ? t('knowledge.article.notFound') : knowledgeErrorText(t, query.error)}</Text>
        <Button variant="default" onClick={query.refetch}>
          {t('action.retry')}
        </Button>
      </Alert>
    );
  } else if (id && !article) {
    content = (
      <Center py="xl" role="status">
        <Loader aria-hidden />
        <Text ml="sm">{t('list.loading')}</Text>
      </Center>
    );
  } else if (article && !article.allowedActions.includes('EDIT')) {
    content = (
      <Alert color="orange" role="alert">
        {t('knowledge.editor.cannotEdit')}
      </Alert>
    );
  } else {
    // Keyed by revision: reloading after a conflict starts over from the newest saved state.
    content = <ArticleForm key={article ? `${article.id}:${article.revision}` : 'new'} article={article} onReload={query.refetch} />;
  }
  return (
    <>
      <PageHeader title={title}>
        <KnowledgeNav current={id ? 'other' : 'write'} />
      </PageHeader>
      {content}
    </>
  );
}

function ArticleForm({ article, onReload }: { article: ArticleFieldsFragment | undefined; onReload: () => void }) {
  const { t, locale } = useI18n();
  const viewer = useViewer();
  const editor = can(viewer, 'knowledge.review');
  const navigate = useNavigate();
  const { catalogue } = useTierCatalogue();
  const [create, creating] = useMutation(CreateArticleMutation);
  const [update, updating] = useMutation(UpdateArticleMutation);
  const [error, setError] = useState<ApiError>();
  const [tab, setTab] = useState<string | null>('write');
  const form = useForm<Values>({
    initialValues: initialValues(article, locale),
    validate: {
      title: (value) => (value.trim() ? null : t('field.REQUIRED')),
      minTierRank: (value, values) => (values.audience === 'TIER' && !value ? t('field.REQUIRED') : null),
    },
  });
  const stale = error?.reason === 'STALE_REVISION';
  const draft = useUnsavedDraft(form, article?.id ?? 'new', article?.revision ?? 0);
  // An editor's save of a published article is published at once, as the next version.
  const publishesNow = editor && article?.status === 'PUBLISHED';

  const submit = async (values: Values) => {
    setError(undefined);
    const input: ArticleInput = {
      title: values.title.trim(),
      summary: values.summary.trim(),
      body: values.body,
      language: values.language as ArticleLanguage,
      productLineIds: values.productLineIds,
      serviceCategoryIds: values.serviceCategoryIds,
      tags: values.tags,
      codes: values.codes,
      ...(editor
        ? {
            audience: values.audience as ArticleAudience,
            minTierRank: values.audience === 'TIER' && values.minTierRank ? Number(values.minTierRank) : null,
            limitedToProductLines: values.limitedToProductLines,
            reviewBy: values.reviewBy || null,
          }
        : { audience: article?.audience ?? 'PARTNERS', minTierRank: article?.minTierRank ?? null }),
    };
    try {
      const saved = article
        ? (await update({ id: article.id, expectedRevision: article.revision, input })).updateArticle
        : (await create({ input })).createArticle;
      draft.clear();
      showNotice(t, 'green', t('knowledge.editor.saved'));
      void navigate(articlePath(saved.id));
    } catch (e) {
      const apiError = toApiError(e);
      setError(apiError);
      form.setErrors(fieldErrors(t, apiError));
    }
  };

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate data-testid="article-form">
      <Stack gap="md" maw={960}>
        <ConfirmDialog
          opened={draft.blocker.state === 'blocked'}
          title={t('knowledge.editor.leaveTitle')}
          message={t('knowledge.editor.leaveMessage')}
          confirmLabel={t('knowledge.editor.leave')}
          onConfirm={() => draft.blocker.proceed?.()}
          onCancel={() => draft.blocker.reset?.()}
        />
        {draft.restored && (
          <Alert color="blue" role="status" data-testid="draft-restored">
            <Group justify="space-between">
              <Text size="sm">{t('knowledge.editor.restored')}</Text>
              <Button size="xs" variant="default" onClick={draft.discard}>
                {t('knowledge.editor.discardRestored')}
              </Button>
            </Group>
          </Alert>
        )}
        {stale ? (
          <Alert color="orange" role="alert" title={t('error.code.CONFLICT')} data-testid="stale-revision">
            <Text mb="sm">{t('knowledge.editor.stale')}</Text>
            <Button variant="default" onClick={onReload}>
              {t('knowledge.editor.reload')}
            </Button>
          </Alert>
        ) : (
          <KnowledgeError error={error} />
        )}
        <TextInput label={t('knowledge.editor.title')} required {...form.getInputProps('title')} />
        <Textarea label={t('knowledge.editor.summary')} autosize minRows={2} {...form.getInputProps('summary')} />
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="write">{t('knowledge.editor.write')}</Tabs.Tab>
            <Tabs.Tab value="preview">{t('knowledge.editor.preview')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="write" pt="sm">
            <Textarea
              label={t('knowledge.editor.body')}
              autosize
              minRows={12}
              maxRows={30}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              {...form.getInputProps('body')}
            />
          </Tabs.Panel>
          <Tabs.Panel value="preview" pt="sm">
            {form.values.body.trim() ? (
              <MarkdownView source={form.values.body} headingOffset={1} />
            ) : (
              <Text>{t('knowledge.editor.previewEmpty')}</Text>
            )}
          </Tabs.Panel>
        </Tabs>
        <Group grow align="flex-start" wrap="wrap">
          <Select
            label={t('knowledge.editor.language')}
            required
            allowDeselect={false}
            data={[
              { value: 'de', label: t('knowledge.lang.de') },
              { value: 'en', label: t('knowledge.lang.en') },
            ]}
            {...form.getInputProps('language')}
          />
          <MultiSelect
            label={t('knowledge.editor.productLines')}
            data={(catalogue?.productLines ?? []).map((pl) => ({ value: pl.id, label: localName(locale, pl) }))}
            searchable
            {...form.getInputProps('productLineIds')}
          />
          <MultiSelect
            label={t('knowledge.editor.serviceCategories')}
            data={(catalogue?.serviceCategories ?? []).map((sc) => ({ value: sc.id, label: localName(locale, sc) }))}
            searchable
            {...form.getInputProps('serviceCategoryIds')}
          />
        </Group>
        <Group grow align="flex-start" wrap="wrap">
          <TagsInput label={t('knowledge.editor.tags')} description={t('knowledge.editor.listHint')} {...form.getInputProps('tags')} />
          <TagsInput label={t('knowledge.editor.codes')} description={t('knowledge.editor.listHint')} {...form.getInputProps('codes')} />
        </Group>
        {editor && (
          <Group grow align="flex-start" wrap="wrap">
            <Select
              label={t('knowledge.editor.audience')}
              allowDeselect={false}
              data={(['PARTNERS', 'TIER', 'MANUFACTURER'] as const).map((a) => ({ value: a, label: t(`knowledge.audience.${a}`) }))}
              {...form.getInputProps('audience')}
            />
            {form.values.audience === 'TIER' && (
              <Select
                label={t('knowledge.editor.minTierRank')}
                required
                data={(catalogue?.tiers ?? []).map((tier) => ({ value: String(tier.rank), label: localName(locale, tier) }))}
                {...form.getInputProps('minTierRank')}
              />
            )}
            <TextInput type="date" label={t('knowledge.editor.reviewBy')} {...form.getInputProps('reviewBy')} />
          </Group>
        )}
        {editor && <Switch label={t('knowledge.editor.limited')} {...form.getInputProps('limitedToProductLines', { type: 'checkbox' })} />}
        {publishesNow && (
          <Text size="sm" c="dimmed">
            {t('knowledge.editor.publishesNow', { version: String(article.version + 1) })}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={creating || updating}>
            {publishesNow ? t('knowledge.editor.saveVersion') : t('knowledge.editor.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
