import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { AppError, type ErrorCode } from './app-error';

const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  INTERNAL_SERVER_ERROR: 500,
};

/**
 * The same typed errors on plain HTTP routes (calendar files, health): a status code and the
 * code/reason/message body. In GraphQL the error is handed back to Apollo's formatter.
 */
@Catch(AppError)
export class AppErrorHttpFilter implements ExceptionFilter {
  catch(error: AppError, host: ArgumentsHost): AppError | undefined {
    if (host.getType() !== 'http') return error;
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    void reply.status(STATUS[error.code] ?? 500).send({ code: error.code, reason: error.reason, message: error.message });
    return undefined;
  }
}
