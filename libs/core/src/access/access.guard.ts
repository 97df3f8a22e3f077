import { type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { SESSION_STRATEGY } from '../auth/session.strategy';
import { extractSessionToken } from '../auth/session-token';
import { type Principal, RequestContext } from '../context/request-context';
import { ForbiddenError, UnauthenticatedError } from '../errors/app-error';
import { ACCESS_RULE, type AccessRule } from './access.decorators';
import { type PortalRequest, requestOf } from './http-request';

/**
 * The global guard: authenticates once per request, builds the RequestContext and denies every
 * operation that does not declare who may call it.
 */
@Injectable()
export class AccessGuard extends AuthGuard(SESSION_STRATEGY) {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    const req = requestOf(context);
    // Several root fields of one request share one authentication.
    req.portalContextPromise ??= this.buildContext(context, req);
    const ctx = await req.portalContextPromise;
    req.portalContext = ctx;

    if (!rule) throw new ForbiddenError('NO_ACCESS_RULE', 'this operation is not open to anyone');
    if (rule.kind === 'public') return true;
    if (!ctx.principal) throw new UnauthenticatedError();
    if (rule.kind === 'authenticated') return true;
    if (rule.anyOf.some((p) => ctx.principal?.permissions.has(p))) return true;
    throw new ForbiddenError('MISSING_PERMISSION', `needs ${rule.anyOf.join(' or ')}`);
  }

  private async buildContext(context: ExecutionContext, req: PortalRequest): Promise<RequestContext> {
    let principal: Principal | null = null;
    if (extractSessionToken(req)) {
      await super.canActivate(context);
      principal = (req.user as Principal | undefined) ?? null;
    }
    return new RequestContext(String(req.id), req.ip, principal);
  }

  override getRequest(context: ExecutionContext): PortalRequest {
    return requestOf(context);
  }

  /** Authentication is optional here; the access rule decides whether a missing user matters. */
  override handleRequest<TUser = Principal | null>(err: unknown, user: TUser | false): TUser {
    if (err instanceof Error) throw err;
    if (err) throw new Error('authentication failed');
    return (user || null) as TUser;
  }
}
