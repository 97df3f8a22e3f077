import { Textarea, type TextareaProps } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-context';

export const REASON_MIN = 3;
export const REASON_MAX = 1000;

/** Validation shared by every grant decision: the API keeps the reason in the history for good. */
export function reasonRule(message: string, optional = false) {
  return (value: string) => {
    const length = value.trim().length;
    if (optional && length === 0) return null;
    return length >= REASON_MIN ? null : message;
  };
}

/** Spread `form.getInputProps('reason')` into it. */
export function ReasonField({ optional, ...props }: TextareaProps & { optional?: boolean }) {
  const { t } = useI18n();
  return (
    <Textarea
      label={t(optional ? 'tiers.reasonOptional' : 'tiers.reason')}
      description={t('tiers.reasonHint')}
      required={!optional}
      autosize
      minRows={2}
      maxLength={REASON_MAX}
      {...props}
    />
  );
}
