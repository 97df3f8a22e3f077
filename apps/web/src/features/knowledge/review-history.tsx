import { Button, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { type ApiError, toApiError } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { ListState } from '../../components/list-state';
import { showNotice } from '../../components/notice';
import { useI18n } from '../../i18n/i18n-context';
import { KnowledgeError } from './knowledge-error';
import { eventLabel, statusLabel } from './knowledge-text';
import { ArticleEventsQuery, CommentOnArticleMutation } from './knowledge.operations';

/** Review steps and comments, oldest first, with a comment box for the author side and the editors. */
export function ReviewHistory({ articleId, canComment }: { articleId: string; canComment: boolean }) {
  const { t, formatDateTime } = useI18n();
  const query = useQuery(ArticleEventsQuery, { id: articleId });
  const events = query.data?.articleEvents ?? [];
  const [send, sending] = useMutation(CommentOnArticleMutation);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<ApiError>();

  const submit = async () => {
    if (!comment.trim()) return;
    try {
      await send({ id: articleId, comment: comment.trim() });
      setComment('');
      setError(undefined);
      showNotice(t, 'green', t('knowledge.events.sent'));
      query.refetch();
    } catch (e) {
      setError(toApiError(e));
    }
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="events-title" data-testid="article-events">
      <Title order={2} id="events-title" size="h3">
        {/* Readers outside the authoring organisation and the editors see the lifecycle only, not the conversation. */}
        {canComment ? t('knowledge.events.title') : t('knowledge.events.lifecycleTitle')}
      </Title>
      <ListState
        loading={query.loading}
        error={query.error}
        isEmpty={events.length === 0}
        emptyText={t('knowledge.events.empty')}
        onRetry={query.refetch}
      >
        <ol className="knowledge-events">
          {events.map((event) => (
            <li key={event.id} data-action={event.action}>
              <Text fw={600}>
                {eventLabel(t, event.action)}
                {event.fromStatus && event.fromStatus !== event.toStatus
                  ? ` (${t('knowledge.events.change', { from: statusLabel(t, event.fromStatus), to: statusLabel(t, event.toStatus) })})`
                  : ''}
              </Text>
              <Text size="sm">
                {event.actorName ?? t('knowledge.events.unknownActor')} · {formatDateTime(event.occurredAt)}
              </Text>
              {event.comment && (
                <Text className="knowledge-comment" data-testid="event-comment">
                  {event.comment}
                </Text>
              )}
            </li>
          ))}
        </ol>
      </ListState>
      {canComment && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <Stack gap="xs">
            <KnowledgeError error={error} />
            <Textarea
              label={t('knowledge.events.comment')}
              autosize
              minRows={2}
              value={comment}
              onChange={(e) => setComment(e.currentTarget.value)}
            />
            <Button type="submit" loading={sending} disabled={!comment.trim()} style={{ alignSelf: 'flex-start' }}>
              {t('knowledge.events.send')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
