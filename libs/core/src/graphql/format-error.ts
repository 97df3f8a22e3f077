import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { AppError, type ErrorCode } from '../errors/app-error';
import { translateDatabaseError } from '../errors/database-errors';

/** Codes Apollo and graphql-js produce for a malformed request; all are the client's mistake. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

const ARGUMENT_COERCION =
  /^Argument "[^"]+" (?:of (?:required|non-null) type "[^"]+" (?:was not provided|must not be null)|has invalid value)/;

const PASSTHROUGH_CODES = new Set<ErrorCode>(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT']);

function unwrap(error: unknown): unknown {
  return error instanceof GraphQLError && error.originalError ? error.originalError : error;
}

/**
 * Reduces every error to the fixed code set with a reason; anything unexpected becomes an
 * opaque INTERNAL_SERVER_ERROR so stack traces and SQL never reach a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrap(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof AppError) {
    const { stacktrace: _s, ...extensions } = original.extensions;
    return { ...base, message: original.message, extensions };
  }
  const dbError = translateDatabaseError(original);
  if (dbError) {
    return { ...base, message: dbError.message, extensions: { ...dbError.extensions } };
  }

  const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : '';
  if (original instanceof GraphQLError && !original.originalError && ARGUMENT_COERCION.test(original.message)) {
    // graphql-js coerces arguments during execution ("Argument "x" … must not be null" for a null variable passed to
    // an argument with a default) and raises it without a code (Apollo then says INTERNAL): the client's mistake.
    return { ...base, extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_ARGUMENT' } };
  }
  if (REQUEST_ERROR_CODES.has(code) || (!formatted.path && !code)) {
    // Errors without a path were raised before execution (parsing, validation, armor limits).
    const reason = code === 'BAD_USER_INPUT' ? 'INVALID_VARIABLES' : code || 'INVALID_REQUEST';
    return { ...base, extensions: { code: 'BAD_USER_INPUT', reason } };
  }
  if (PASSTHROUGH_CODES.has(code as ErrorCode)) {
    const reason = typeof formatted.extensions?.reason === 'string' ? formatted.extensions.reason : code;
    return { ...base, extensions: { code, reason } };
  }
  return {
    message: 'Something went wrong on our side. Please try again later.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL' },
  };
}
