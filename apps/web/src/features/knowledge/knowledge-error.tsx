import { Alert } from '@mantine/core';
import type { ApiError } from '../../api/api-error';
import { useI18n } from '../../i18n/i18n-context';
import { knowledgeErrorText } from './knowledge-text';

/** The form-level message of a failed knowledge operation, with the knowledge API's own reasons. */
export function KnowledgeError({ error }: { error: ApiError | undefined }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <Alert color="red" role="alert" data-testid="form-error">
      {knowledgeErrorText(t, error)}
    </Alert>
  );
}
