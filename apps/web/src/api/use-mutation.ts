import { useCallback, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { execute } from './graphql-client';

/** Runs a mutation on demand; errors are thrown to the caller, which knows which form shows them. */
export function useMutation<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
): [(variables: TVariables) => Promise<TResult>, boolean] {
  const [pending, setPending] = useState(0);
  const run = useCallback(
    async (variables: TVariables) => {
      setPending((n) => n + 1);
      try {
        return await execute(document, variables);
      } finally {
        setPending((n) => n - 1);
      }
    },
    [document],
  );
  return [run, pending > 0];
}
