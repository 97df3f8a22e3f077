import { Anchor, Button, Group, Modal, Stack, Table, Textarea } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { type ApiError, toApiError } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { ListState } from '../../components/list-state';
import { showNotice } from '../../components/notice';
import { Pager } from '../../components/pager';
import type { ArticleFlagsQuery as Flags } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { KnowledgeError } from './knowledge-error';
import { articlePath, flagReasonLabel } from './knowledge-text';
import { ArticleFlagsQuery, ResolveArticleFlagMutation } from './knowledge.operations';

type Flag = Flags['articleFlags']['items'][number];
const LIMIT = 25;

/** Open reports from readers; resolving one records what was done. */
export function FlagsPanel() {
  const { t, formatDateTime } = useI18n();
  const [offset, setOffset] = useState(0);
  const query = useQuery(ArticleFlagsQuery, { status: 'OPEN', page: { offset, limit: LIMIT } });
  const items = query.data?.articleFlags.items ?? [];
  const [resolving, setResolving] = useState<Flag>();
  return (
    <>
      <ListState
        loading={query.loading}
        error={query.error}
        isEmpty={items.length === 0}
        emptyText={t('knowledge.flags.empty')}
        onRetry={query.refetch}
      >
        <Table.ScrollContainer minWidth={800}>
          <Table data-testid="flags-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('knowledge.flags.article')}</Table.Th>
                <Table.Th>{t('knowledge.flags.reason')}</Table.Th>
                <Table.Th>{t('knowledge.flags.comment')}</Table.Th>
                <Table.Th>{t('knowledge.flags.raisedBy')}</Table.Th>
                <Table.Th>{t('knowledge.flags.date')}</Table.Th>
                <Table.Th>
                  <span className="visually-hidden">{t('knowledge.flags.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((flag) => (
                <Table.Tr key={flag.id}>
                  <Table.Td>
                    <Anchor component={Link} to={articlePath(flag.articleId)}>
                      {flag.articleTitle}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{flagReasonLabel(t, flag.reason)}</Table.Td>
                  <Table.Td className="knowledge-comment">{flag.comment}</Table.Td>
                  <Table.Td>{[flag.raisedByName, flag.raisedByOrganisationName].filter(Boolean).join(', ')}</Table.Td>
                  <Table.Td>{formatDateTime(flag.createdAt)}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      onClick={() => setResolving(flag)}
                      aria-label={t('knowledge.flags.resolveFor', { title: flag.articleTitle })}
                    >
                      {t('knowledge.flags.resolve')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Pager offset={offset} limit={LIMIT} totalCount={query.data?.articleFlags.totalCount ?? 0} onOffsetChange={setOffset} />
      </ListState>
      {resolving && (
        <ResolveDialog
          flag={resolving}
          onClose={(done) => {
            setResolving(undefined);
            if (done) query.refetch();
          }}
        />
      )}
    </>
  );
}

function ResolveDialog({ flag, onClose }: { flag: Flag; onClose: (done: boolean) => void }) {
  const { t } = useI18n();
  const [resolve, busy] = useMutation(ResolveArticleFlagMutation);
  const [resolution, setResolution] = useState('');
  const [missing, setMissing] = useState<'empty' | 'short' | false>(false);
  const [error, setError] = useState<ApiError>();
  const submit = async () => {
    // The API wants at least 3 characters (ResolveFlagArgs); say so here rather than in a form-level error.
    if (resolution.trim().length < 3) {
      setMissing(resolution.trim() ? 'short' : 'empty');
      return;
    }
    try {
      await resolve({ flagId: flag.id, resolution: resolution.trim() });
      showNotice(t, 'green', t('knowledge.flags.resolved'));
      onClose(true);
    } catch (e) {
      setError(toApiError(e));
    }
  };
  return (
    <Modal
      opened
      onClose={() => onClose(false)}
      title={t('knowledge.flags.resolveTitle', { title: flag.articleTitle })}
      centered
      closeButtonProps={{ 'aria-label': t('action.close') }}
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <KnowledgeError error={error} />
          <Textarea
            label={t('knowledge.flags.resolution')}
            required
            autosize
            minRows={3}
            data-autofocus
            value={resolution}
            onChange={(e) => {
              setResolution(e.currentTarget.value);
              setMissing(false);
            }}
            error={missing === 'empty' ? t('field.REQUIRED') : missing === 'short' ? t('knowledge.flags.resolutionTooShort') : undefined}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onClose(false)}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('knowledge.flags.resolve')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
