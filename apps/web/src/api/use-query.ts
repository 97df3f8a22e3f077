import { useCallback, useEffect, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { type ApiError, toApiError } from './api-error';
import { execute } from './graphql-client';

export interface QueryState<T> {
  /** The latest answer; kept while the next one loads so tables do not jump during paging. */
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  refetch: () => void;
}

interface Settled<T> {
  key: string;
  data?: T;
  error?: ApiError;
}

/**
 * Loads an operation whenever its variables change. Loading is derived from "the settled answer
 * belongs to other variables" rather than kept as separate state, so no stale flag can linger.
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  /** `skip`: nothing is loaded (e.g. the viewer lacks the permission the operation needs). */
  options: { skip?: boolean } = {},
): QueryState<TResult> {
  const skip = options.skip ?? false;
  const [version, setVersion] = useState(0);
  const [settled, setSettled] = useState<Settled<TResult>>();
  const variablesJson = JSON.stringify(variables ?? {});
  const key = `${version}|${variablesJson}`;

  useEffect(() => {
    if (skip) return;
    let current = true;
    execute(document, JSON.parse(variablesJson) as TVariables).then(
      (data) => current && setSettled({ key, data }),
      (error: unknown) => current && setSettled((previous) => ({ key, data: previous?.data, error: toApiError(error) })),
    );
    return () => {
      current = false;
    };
  }, [document, key, variablesJson, skip]);

  const refetch = useCallback(() => setVersion((v) => v + 1), []);
  if (skip) return { data: undefined, error: undefined, loading: false, refetch };
  const loading = settled?.key !== key;
  return { data: settled?.data, error: loading ? undefined : settled.error, loading, refetch };
}
