import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { type ApiError, toApiError } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { showNotice } from '../../components/notice';
import type { ArticleFieldsFragment, ArticleTransition } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { KnowledgeError } from './knowledge-error';
import { actionLabel } from './knowledge-text';
import { TransitionArticleMutation } from './knowledge.operations';

const NEEDS_COMMENT: ArticleTransition[] = ['REQUEST_CHANGES', 'REJECT'];
const DANGER: ArticleTransition[] = ['REJECT', 'ARCHIVE'];

interface Props {
  article: ArticleFieldsFragment;
  action: ArticleTransition;
  onClose: (changed?: ArticleFieldsFragment) => void;
}

/**
 * Every workflow step is confirmed; requesting changes and rejecting need a comment for the author.
 * Focus starts on Cancel (or the comment), so an accidental Enter changes nothing.
 */
export function TransitionDialog({ article, action, onClose }: Props) {
  const { t } = useI18n();
  const [transition, busy] = useMutation(TransitionArticleMutation);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<ApiError>();
  const needsComment = NEEDS_COMMENT.includes(action);
  const label = actionLabel(t, action);

  const confirm = async () => {
    if (needsComment && !comment.trim()) {
      setMissing(true);
      return;
    }
    try {
      const result = await transition({ id: article.id, action, expectedRevision: article.revision, comment: comment.trim() });
      showNotice(t, 'green', t(`knowledge.done.${action}`));
      onClose(result.transitionArticle);
    } catch (e) {
      setError(toApiError(e));
    }
  };

  return (
    <Modal
      opened
      onClose={() => onClose()}
      title={t('knowledge.transition.title', { action: label, title: article.title })}
      centered
      closeButtonProps={{ 'aria-label': t('action.close') }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void confirm();
        }}
      >
        <Stack>
          <Text>{t(`knowledge.confirm.${action}`)}</Text>
          <KnowledgeError error={error} />
          <Textarea
            label={needsComment ? t('knowledge.transition.commentRequired') : t('knowledge.transition.comment')}
            required={needsComment}
            autosize
            minRows={3}
            value={comment}
            onChange={(event) => {
              setComment(event.currentTarget.value);
              setMissing(false);
            }}
            error={missing ? t('field.REQUIRED') : undefined}
            data-autofocus={needsComment || undefined}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onClose()} data-autofocus={needsComment ? undefined : true}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" color={DANGER.includes(action) ? 'red' : undefined} loading={busy}>
              {label}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
