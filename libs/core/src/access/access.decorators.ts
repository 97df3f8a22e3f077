import { SetMetadata } from '@nestjs/common';
import type { Permission } from './permissions';

export const ACCESS_RULE = 'portal:access-rule';

export type AccessRule = { kind: 'public' } | { kind: 'authenticated' } | { kind: 'permission'; anyOf: readonly Permission[] };

/** Anyone, without login (login itself, invitation acceptance, health, public pages). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);

/** Any logged-in user, for self-service on the own account. */
export const Authenticated = (): MethodDecorator & ClassDecorator =>
  SetMetadata(ACCESS_RULE, { kind: 'authenticated' } satisfies AccessRule);

/** A logged-in user holding at least one of the permissions. */
export const Allow = (...anyOf: [Permission, ...Permission[]]): MethodDecorator & ClassDecorator =>
  SetMetadata(ACCESS_RULE, { kind: 'permission', anyOf } satisfies AccessRule);
