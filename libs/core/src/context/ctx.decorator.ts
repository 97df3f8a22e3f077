import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { requestOf } from '../access/http-request';
import type { RequestContext } from './request-context';

/** Injects the RequestContext that the AccessGuard built for this request. */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext => {
  const ctx = requestOf(context).portalContext;
  if (!ctx) throw new Error('RequestContext missing: the AccessGuard did not run');
  return ctx;
});
