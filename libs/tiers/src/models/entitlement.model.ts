import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar } from '@portal/core';
import { TierGrantModel } from './grant.model';

export enum EntitlementReason {
  NO_GRANT = 'NO_GRANT',
  NOT_YET_VALID = 'NOT_YET_VALID',
  EXPIRED = 'EXPIRED',
  SUSPENDED = 'SUSPENDED',
  REVOKED = 'REVOKED',
  ENDED = 'ENDED',
  CATEGORY_NOT_INCLUDED = 'CATEGORY_NOT_INCLUDED',
}
registerEnumType(EntitlementReason, { name: 'EntitlementReason' });

@ObjectType('ServiceEntitlement', {
  description: 'Whether a partner may perform a service category on a product line at a date, and why not.',
})
export class ServiceEntitlementModel {
  @Field()
  entitled: boolean;

  @Field(() => EntitlementReason, { nullable: true })
  reason: EntitlementReason | null;

  @Field(() => ID)
  partnerId: string;

  @Field(() => ID)
  productLineId: string;

  @Field(() => ID)
  serviceCategoryId: string;

  @Field(() => LocalDateScalar)
  at: string;

  @Field(() => TierGrantModel, { nullable: true, description: 'The grant the answer rests on, if any.' })
  grant: TierGrantModel | null;
}
