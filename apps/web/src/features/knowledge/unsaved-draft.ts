import type { UseFormReturnType } from '@mantine/form';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useBlocker } from 'react-router';

const PREFIX = 'portal.articleDraft.';

interface Stored<V> {
  revision: number;
  values: V;
}

function read<V>(key: string): Stored<V> | null {
  try {
    const raw = window.localStorage.getItem(PREFIX + key);
    return raw ? (JSON.parse(raw) as Stored<V>) : null;
  } catch {
    return null;
  }
}

/**
 * Keeps an article form's unsaved changes in the browser: a reload, a closed tab or a click elsewhere in the portal no
 * longer loses a half-written field report. Changes come back on the next visit if the article is still at the
 * revision they were made on (otherwise someone else's save would be silently undone); closing or reloading the tab
 * with unsaved changes asks first, and so does leaving for another page of the portal (`blocker`).
 * `key`: the article's id, or "new".
 */
export function useUnsavedDraft<V extends object>(form: UseFormReturnType<V>, key: string, revision: number) {
  const [initial] = useState(() => JSON.stringify(form.getValues()));
  // The form's first values are the saved article's (the form is keyed by article and revision).
  const [kept] = useState(() => {
    const stored = read<V>(key);
    return stored?.revision === revision && JSON.stringify(stored.values) !== initial ? stored.values : null;
  });
  const [restored, setRestored] = useState(kept !== null);
  const done = useRef(false);
  const values = JSON.stringify(form.getValues());

  useEffect(() => {
    if (kept) form.setValues(kept);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on mount
  }, []);

  const dirty = values !== initial;
  const persist = useCallback(
    (keep: boolean, json: string) => {
      try {
        if (done.current) return;
        if (keep) window.localStorage.setItem(PREFIX + key, JSON.stringify({ revision, values: JSON.parse(json) as V }));
        else window.localStorage.removeItem(PREFIX + key);
      } catch {
        // Storage full or disabled: the form still works, only without the safety net.
      }
    },
    [key, revision],
  );
  useEffect(() => {
    const timer = window.setTimeout(() => persist(dirty, values), 300);
    return () => window.clearTimeout(timer);
  }, [dirty, persist, values]);
  // Leaving the page right after typing: what the timer had not written yet.
  const latest = useRef({ dirty, values });
  useEffect(() => {
    latest.current = { dirty, values };
  }, [dirty, values]);
  useEffect(() => () => persist(latest.current.dirty, latest.current.values), [persist]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  // Leaving for another page of the portal asks too (the changes would be kept, but the user may not expect that);
  // a save clears first, so its own navigation passes.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => latest.current.dirty && !done.current && currentLocation.pathname !== nextLocation.pathname,
  );

  /** Forgets the kept changes: after a save, or when the user discards them. */
  const clear = useCallback(() => {
    done.current = true;
    window.localStorage.removeItem(PREFIX + key);
    setRestored(false);
  }, [key]);

  const discard = useCallback(() => {
    clear();
    done.current = false;
    form.setValues(JSON.parse(initial) as V);
  }, [clear, form, initial]);

  return { restored, clear, discard, blocker };
}
