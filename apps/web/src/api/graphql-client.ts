import type { TypedDocumentString } from '../gql/graphql';
import { ApiError, fromGraphQLError } from './api-error';

type Listener = (error: ApiError) => void;
const unauthenticatedListeners = new Set<Listener>();

/**
 * Lets the session react when the server no longer knows us (expired or ended session).
 * INVALID_CREDENTIALS is also UNAUTHENTICATED but belongs to the login form, not to the session.
 */
export function onSessionLost(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message?: unknown; extensions?: Record<string, unknown> }[];
}

/**
 * Runs one operation against the same-origin endpoint. Always POST with a JSON body: the API's
 * CSRF prevention refuses simple requests, and GET would put variables into logs and caches.
 */
export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
  } catch (error) {
    throw new ApiError('NETWORK_ERROR', 'NETWORK_ERROR', error instanceof Error ? error.message : 'fetch failed');
  }
  let body: GraphQLResponse<TResult>;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    throw new ApiError(response.status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'NETWORK_ERROR', `HTTP_${response.status}`, response.statusText);
  }
  const first = body.errors?.[0];
  if (first) {
    const error = fromGraphQLError(first);
    if (error.code === 'UNAUTHENTICATED' && error.reason !== 'INVALID_CREDENTIALS') unauthenticatedListeners.forEach((l) => l(error));
    throw error;
  }
  if (!body.data) throw new ApiError('INTERNAL_SERVER_ERROR', `HTTP_${response.status}`, 'empty response');
  return body.data;
}
