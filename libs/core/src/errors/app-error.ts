import { GraphQLError } from 'graphql';

/** The fixed set of codes a client can rely on. */
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'INTERNAL_SERVER_ERROR';

export interface FieldProblem {
  field: string;
  reason: string;
  message: string;
}

/** An expected failure: code for the client's branch, reason for the specific case, English message for people. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, reason: string, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, reason, ...extra } });
  }

  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }

  get reason(): string {
    return this.extensions.reason as string;
  }
}

export class UnauthenticatedError extends AppError {
  constructor(reason = 'NOT_LOGGED_IN', message = 'Please log in.') {
    super('UNAUTHENTICATED', reason, message);
  }
}

export class ForbiddenError extends AppError {
  constructor(reason = 'FORBIDDEN', detail?: string, extra: Record<string, unknown> = {}) {
    super('FORBIDDEN', reason, detail ? `You are not allowed to do this (${detail}).` : 'You are not allowed to do this.', extra);
  }
}

export class NotFoundError extends AppError {
  constructor(entity: string, id?: string) {
    super('NOT_FOUND', `${entity.toUpperCase()}_NOT_FOUND`, id ? `${entity} ${id} was not found.` : `${entity} was not found.`, {
      entity,
    });
  }
}

export class ConflictError extends AppError {
  constructor(reason: string, message: string, extra: Record<string, unknown> = {}) {
    super('CONFLICT', reason, message, extra);
  }
}

export class BadInputError extends AppError {
  constructor(reason: string, message: string, fields: FieldProblem[] = []) {
    super('BAD_USER_INPUT', reason, message, fields.length ? { fields } : {});
  }

  static field(field: string, reason: string, message: string): BadInputError {
    return new BadInputError(reason, message, [{ field, reason, message }]);
  }
}
