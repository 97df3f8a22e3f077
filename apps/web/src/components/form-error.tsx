import { Alert } from '@mantine/core';
import type { ApiError } from '../api/api-error';
import { errorText } from '../errors/error-text';
import { useI18n } from '../i18n/i18n-context';

/** The form-level message of a failed submit; field problems appear next to their inputs instead. */
export function FormError({ error }: { error: ApiError | undefined }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <Alert color="red" role="alert" data-testid="form-error">
      {errorText(t, error)}
    </Alert>
  );
}
