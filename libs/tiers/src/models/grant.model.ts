import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSONObject, LocalDateScalar, Paginated } from '@portal/core';
import { ProductLineModel, TierSummaryModel } from './catalogue.model';

export enum GrantStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
  ENDED = 'ENDED',
}
registerEnumType(GrantStatus, { name: 'GrantStatus' });

export enum SuspensionCause {
  MANUAL = 'MANUAL',
  ORGANISATION = 'ORGANISATION',
}
registerEnumType(SuspensionCause, {
  name: 'SuspensionCause',
  description: "Who suspended: a person, or the partner organisation's own suspension.",
});

@ObjectType('TierGrantEvent', { description: "One entry of a grant's append-only history." })
export class TierGrantEventModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  grantId: string;

  @Field({ description: 'GRANTED, RENEWED, TIER_CHANGED, SUSPENDED, SUSPENSION_LIFTED, REVOKED, EXPIRED, ENDED' })
  action: string;

  @Field()
  reason: string;

  @Field(() => String, { nullable: true })
  actorName: string | null;

  @Field(() => GraphQLISODateTime)
  occurredAt: Date;

  @Field(() => GraphQLJSONObject, { nullable: true })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  after: Record<string, unknown> | null;
}

@ObjectType('TierGrant', { description: 'A tier held by a partner for one product line, for a period.' })
export class TierGrantModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  partnerId: string;

  @Field()
  partnerName: string;

  @Field(() => ProductLineModel)
  productLine: ProductLineModel;

  @Field(() => TierSummaryModel)
  tier: TierSummaryModel;

  @Field(() => GrantStatus)
  status: GrantStatus;

  @Field(() => LocalDateScalar)
  validFrom: string;

  @Field(() => LocalDateScalar)
  validUntil: string;

  @Field(() => LocalDateScalar, { nullable: true })
  suspendedUntil: string | null;

  @Field(() => SuspensionCause, { nullable: true })
  suspensionCause: SuspensionCause | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

export const TierGrantPage = Paginated(TierGrantModel, 'TierGrantPage');
