import { useState } from 'react';
import { toApiError } from '../api/api-error';
import { errorText } from '../errors/error-text';
import { useI18n } from '../i18n/i18n-context';
import { showNotice } from './notice';

/**
 * An action on one item that a ConfirmDialog asks about first: `ask(item)` opens the question, `confirm` runs the
 * action and tells the outcome (the done text, or the API's reason), `cancel` drops it.
 */
export function useConfirmedAction<T>(run: (item: T) => Promise<unknown>, doneText: string, onDone: () => void) {
  const { t } = useI18n();
  const [item, setItem] = useState<T>();
  const confirm = async (target: T) => {
    try {
      await run(target);
      showNotice(t, 'green', doneText);
      onDone();
    } catch (e) {
      showNotice(t, 'red', errorText(t, toApiError(e)));
    }
    setItem(undefined);
  };
  return {
    item,
    ask: setItem,
    cancel: () => setItem(undefined),
    confirm: () => {
      if (item !== undefined) void confirm(item);
    },
  };
}
