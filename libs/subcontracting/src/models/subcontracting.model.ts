import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar, Paginated } from '@portal/core';

export enum DelegationStatus {
  REQUESTED = 'REQUESTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  SUSPENDED = 'SUSPENDED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
  WITHDRAWN = 'WITHDRAWN',
  ENDED = 'ENDED',
}
export enum SuspensionCause {
  PARTNER_TIER = 'PARTNER_TIER',
  MANUAL = 'MANUAL',
}
registerEnumType(DelegationStatus, { name: 'DelegationStatus' });
registerEnumType(SuspensionCause, {
  name: 'DelegationSuspensionCause',
  description: "PARTNER_TIER: the partner's own grant no longer allows delegating (restored automatically); MANUAL: by the manufacturer.",
});

@ObjectType('Subcontractor', { description: 'A subcontractor company as one partner sees it: its relationship with that partner.' })
export class SubcontractorModel {
  @Field(() => ID, { description: 'The relationship id.' })
  id: string;

  @Field(() => ID)
  subcontractorId: string;

  @Field()
  name: string;

  @Field()
  street: string;

  @Field()
  postalCode: string;

  @Field()
  city: string;

  @Field(() => String, { nullable: true })
  tradeRegisterNumber: string | null;

  @Field(() => String, { nullable: true })
  contactName: string | null;

  @Field(() => String, { nullable: true })
  contactEmail: string | null;

  @Field(() => String, { nullable: true })
  contactPhone: string | null;

  @Field(() => ID)
  partnerId: string;

  @Field()
  partnerName: string;

  @Field()
  status: string;

  @Field(() => Int)
  activeDelegations: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('Delegation', { description: 'Permission for a subcontractor to perform a service category on a product line for a period.' })
export class DelegationModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  relationshipId: string;

  @Field(() => ID)
  partnerId: string;

  @Field()
  partnerName: string;

  @Field(() => ID)
  subcontractorId: string;

  @Field()
  subcontractorName: string;

  @Field(() => ID)
  productLineId: string;

  @Field(() => ID)
  serviceCategoryId: string;

  @Field(() => DelegationStatus)
  status: DelegationStatus;

  @Field(() => LocalDateScalar)
  validFrom: string;

  @Field(() => LocalDateScalar)
  validUntil: string;

  @Field()
  justification: string;

  @Field(() => SuspensionCause, { nullable: true })
  suspensionCause: SuspensionCause | null;

  @Field(() => String, { nullable: true })
  decisionReason: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  decidedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

export const DelegationPage = Paginated(DelegationModel, 'DelegationPage');

@ObjectType('DelegationEvent')
export class DelegationEventModel {
  @Field(() => ID)
  id: string;

  @Field()
  action: string;

  @Field(() => DelegationStatus, { nullable: true })
  fromStatus: DelegationStatus | null;

  @Field(() => DelegationStatus)
  toStatus: DelegationStatus;

  @Field()
  reason: string;

  @Field(() => String, { nullable: true })
  actorName: string | null;

  @Field(() => String, { nullable: true, description: 'Correlates with the audit events of the same change.' })
  requestId: string | null;

  @Field(() => GraphQLISODateTime)
  occurredAt: Date;
}

@ObjectType('SubcontractorEntitlement', {
  description: 'Whether a subcontractor may perform a service, through which partner and permission.',
})
export class SubcontractorEntitlementModel {
  @Field()
  entitled: boolean;

  @Field(() => String, { nullable: true, description: 'NO_PERMISSION, PERMISSION_SUSPENDED, or null when entitled.' })
  reason: string | null;

  @Field(() => ID, { nullable: true })
  partnerId: string | null;

  @Field(() => String, { nullable: true })
  partnerName: string | null;

  @Field(() => ID, { nullable: true })
  delegationId: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  validUntil: string | null;
}
