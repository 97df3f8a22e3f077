/** The fixed code set of the API, plus NETWORK_ERROR for answers that never arrived. */
export type ErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'INTERNAL_SERVER_ERROR' | 'NETWORK_ERROR';

export interface FieldProblem {
  field: string;
  reason: string;
  message: string;
}

const KNOWN_CODES = new Set<string>(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'INTERNAL_SERVER_ERROR']);

/** A failed operation; `code` picks the fallback text, `reason` the specific one, `fields` go next to inputs. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly reason: string,
    message: string,
    readonly fields: FieldProblem[] = [],
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface RawError {
  message?: unknown;
  extensions?: Record<string, unknown>;
}

function isFieldProblem(value: unknown): value is FieldProblem {
  return typeof value === 'object' && value !== null && typeof (value as FieldProblem).field === 'string';
}

/** Reads the first GraphQL error; a CONFLICT naming a single `field` becomes a field problem too. */
export function fromGraphQLError(raw: RawError): ApiError {
  const ext = raw.extensions ?? {};
  const code = typeof ext.code === 'string' && KNOWN_CODES.has(ext.code) ? (ext.code as ErrorCode) : 'INTERNAL_SERVER_ERROR';
  const reason = typeof ext.reason === 'string' ? ext.reason : code;
  const message = typeof raw.message === 'string' ? raw.message : code;
  const fields = Array.isArray(ext.fields) ? ext.fields.filter(isFieldProblem) : [];
  if (fields.length === 0 && typeof ext.field === 'string') fields.push({ field: ext.field, reason, message });
  const retry = typeof ext.retryAfterSeconds === 'number' ? ext.retryAfterSeconds : undefined;
  return new ApiError(code, reason, message, fields, retry);
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError('NETWORK_ERROR', 'NETWORK_ERROR', error instanceof Error ? error.message : String(error));
}
