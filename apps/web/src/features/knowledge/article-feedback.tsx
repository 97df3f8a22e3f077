import { Button, CopyButton, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { type ApiError, toApiError } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { showNotice } from '../../components/notice';
import type { ArticleFieldsFragment, ArticleFlagReason } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { flagReasonLabel, knowledgeErrorText, articlePath } from './knowledge-text';
import { FlagArticleMutation, MarkArticleSolvedMutation, RateArticleMutation, WithdrawArticleRatingMutation } from './knowledge.operations';

const REASONS: ArticleFlagReason[] = ['WRONG', 'OUTDATED', 'UNCLEAR', 'MISSING'];

export interface SearchContext {
  searchId: string | null | undefined;
  position: number;
}

export function CopyArticleLink({ id }: { id: string }) {
  const { t } = useI18n();
  return (
    <CopyButton value={`${window.location.origin}${articlePath(id)}`}>
      {({ copied, copy }) => (
        <Button variant="default" size="xs" onClick={copy} aria-live="polite">
          {copied ? t('knowledge.linkCopied') : t('knowledge.copyLink')}
        </Button>
      )}
    </CopyButton>
  );
}

/** Helpful / not helpful, "solved my case" and a report to the editors, for published articles. */
export function ArticleFeedback({
  article,
  search,
  onChanged,
}: {
  article: ArticleFieldsFragment;
  search?: SearchContext;
  onChanged: (article: ArticleFieldsFragment) => void;
}) {
  const { t, formatNumber } = useI18n();
  const [rate, rating] = useMutation(RateArticleMutation);
  const [withdraw, withdrawing] = useMutation(WithdrawArticleRatingMutation);
  const [solve, solving] = useMutation(MarkArticleSolvedMutation);
  const [flagging, setFlagging] = useState(false);

  const run = async (action: () => Promise<ArticleFieldsFragment>, done?: string) => {
    try {
      onChanged(await action());
      if (done) showNotice(t, 'green', done);
    } catch (error) {
      showNotice(t, 'red', knowledgeErrorText(t, toApiError(error)));
    }
  };

  return (
    <Stack gap="xs" data-testid="article-feedback">
      <Text fw={600} id={`feedback-${article.id}`}>
        {t('knowledge.feedback.question')}
      </Text>
      <Group gap="xs" role="group" aria-labelledby={`feedback-${article.id}`}>
        {[true, false].map((helpful) => (
          <Button
            key={String(helpful)}
            size="xs"
            variant={article.myRating === helpful ? 'filled' : 'default'}
            aria-pressed={article.myRating === helpful}
            title={article.myRating === helpful ? t('knowledge.feedback.withdraw') : undefined}
            loading={rating || withdrawing}
            onClick={() =>
              void (article.myRating === helpful
                ? run(async () => (await withdraw({ id: article.id })).withdrawArticleRating, t('knowledge.feedback.withdrawn'))
                : run(async () => (await rate({ id: article.id, helpful })).rateArticle, t('knowledge.feedback.thanks')))
            }
          >
            {t(helpful ? 'knowledge.feedback.helpful' : 'knowledge.feedback.unhelpful', {
              count: formatNumber(helpful ? article.helpfulCount : article.unhelpfulCount),
            })}
          </Button>
        ))}
        <Button
          size="xs"
          variant="default"
          aria-pressed={article.usedBySelf}
          disabled={article.usedBySelf}
          loading={solving}
          onClick={() =>
            void run(
              async () =>
                (await solve({ id: article.id, searchId: search?.searchId ?? null, position: search?.position ?? null })).markArticleSolved,
              t('knowledge.feedback.thanks'),
            )
          }
        >
          {article.usedBySelf ? t('knowledge.feedback.solvedDone') : t('knowledge.feedback.solved')}
        </Button>
        <Button size="xs" variant="subtle" color="red" onClick={() => setFlagging(true)}>
          {t('knowledge.flag.open')}
        </Button>
      </Group>
      {article.solvedCount > 0 && (
        <Text size="sm">
          {article.solvedCount === 1
            ? t('knowledge.feedback.solvedOne')
            : t('knowledge.feedback.solvedCount', { count: formatNumber(article.solvedCount) })}
        </Text>
      )}
      {flagging && <FlagDialog articleId={article.id} onClose={() => setFlagging(false)} />}
    </Stack>
  );
}

function FlagDialog({ articleId, onClose }: { articleId: string; onClose: () => void }) {
  const { t } = useI18n();
  const [flag, busy] = useMutation(FlagArticleMutation);
  const [reason, setReason] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<ApiError>();
  const [missingReason, setMissingReason] = useState(false);

  const submit = async () => {
    if (!reason) {
      setMissingReason(true);
      return;
    }
    try {
      await flag({ id: articleId, reason: reason as ArticleFlagReason, comment: comment.trim() });
      showNotice(t, 'green', t('knowledge.flag.done'));
      onClose();
    } catch (e) {
      setError(toApiError(e));
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('knowledge.flag.title')} centered closeButtonProps={{ 'aria-label': t('action.close') }}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack>
          {error && (
            <Text c="red.8" role="alert">
              {knowledgeErrorText(t, error)}
            </Text>
          )}
          <Select
            label={t('knowledge.flag.reason')}
            required
            data-autofocus
            value={reason}
            onChange={(value) => {
              setReason(value);
              setMissingReason(false);
            }}
            error={missingReason ? t('field.REQUIRED') : undefined}
            data={REASONS.map((r) => ({ value: r, label: flagReasonLabel(t, r) }))}
          />
          <Textarea
            label={t('knowledge.flag.comment')}
            autosize
            minRows={3}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('knowledge.flag.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
