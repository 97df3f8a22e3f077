import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Paginated } from '@portal/core';
import { ProductLineModel, TierSummaryModel } from './catalogue.model';

export enum TierRequestStatus {
  OPEN = 'OPEN',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(TierRequestStatus, { name: 'TierRequestStatus' });

@ObjectType('TierRequest', { description: 'A partner asks for a tier on a product line; the manufacturer decides.' })
export class TierRequestModel {
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

  @Field()
  justification: string;

  @Field(() => TierRequestStatus)
  status: TierRequestStatus;

  @Field()
  requestedByName: string;

  @Field(() => GraphQLISODateTime)
  requestedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true })
  decisionReason: string | null;

  @Field(() => ID, { nullable: true })
  grantId: string | null;
}

export const TierRequestPage = Paginated(TierRequestModel, 'TierRequestPage');
