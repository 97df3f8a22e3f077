import { Alert, Button, Center, Loader, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ApiError } from '../api/api-error';
import { errorText } from '../errors/error-text';
import { useI18n } from '../i18n/i18n-context';

interface Props {
  loading: boolean;
  error: ApiError | undefined;
  isEmpty: boolean;
  emptyText: string;
  onRetry: () => void;
  children: ReactNode;
}

/** The four states of every list: first load, failure with retry, nothing found, and the rows. */
export function ListState({ loading, error, isEmpty, emptyText, onRetry, children }: Props) {
  const { t } = useI18n();
  if (error) {
    return (
      <Alert color="red" title={t('list.errorTitle')} role="alert">
        <Text mb="sm">{errorText(t, error)}</Text>
        <Button variant="default" onClick={onRetry}>
          {t('action.retry')}
        </Button>
      </Alert>
    );
  }
  if (loading && isEmpty) {
    return (
      <Center py="xl" role="status">
        <Loader aria-hidden />
        <Text ml="sm">{t('list.loading')}</Text>
      </Center>
    );
  }
  if (isEmpty) {
    return (
      <Text py="xl" ta="center" role="status" data-testid="list-empty">
        {emptyText}
      </Text>
    );
  }
  return <div aria-busy={loading}>{children}</div>;
}
