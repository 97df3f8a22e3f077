import type { Permission } from '../access/permissions';
import { ForbiddenError, UnauthenticatedError } from '../errors/app-error';

export type OrganisationKind = 'MANUFACTURER' | 'PARTNER' | 'SUBCONTRACTOR';

/** The authenticated person behind a request, loaded with one query per request. */
export interface Principal {
  sessionId: string;
  userId: string;
  email: string;
  displayName: string;
  locale: string;
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  organisationStatus: string;
  roles: string[];
  permissions: ReadonlySet<string>;
}

/** Everything a service needs to know about who asks; services take it as their first argument. */
export class RequestContext {
  constructor(
    readonly requestId: string,
    readonly ip: string,
    readonly principal: Principal | null,
  ) {}

  static system(requestId = 'system'): RequestContext {
    return new RequestContext(requestId, '127.0.0.1', null);
  }

  get isAuthenticated(): boolean {
    return this.principal !== null;
  }

  /** The principal, or UNAUTHENTICATED. */
  get user(): Principal {
    if (!this.principal) throw new UnauthenticatedError();
    return this.principal;
  }

  get isManufacturer(): boolean {
    return this.principal?.organisationKind === 'MANUFACTURER';
  }

  can(permission: Permission): boolean {
    return this.principal?.permissions.has(permission) ?? false;
  }

  require(permission: Permission): Principal {
    const user = this.user;
    if (!user.permissions.has(permission)) throw new ForbiddenError('MISSING_PERMISSION', permission);
    return user;
  }
}
