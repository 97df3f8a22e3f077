import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar } from '@portal/core';

export enum RequirementKind {
  CERTIFIED_TECHNICIANS = 'CERTIFIED_TECHNICIANS',
  COURSE = 'COURSE',
  ANNUAL_TRAINING = 'ANNUAL_TRAINING',
}
registerEnumType(RequirementKind, { name: 'RequirementKind' });

@ObjectType('RequirementStatus')
export class RequirementStatusModel {
  @Field(() => RequirementKind)
  kind: RequirementKind;

  @Field(() => String, { nullable: true, description: 'For COURSE: the required course code.' })
  courseCode: string | null;

  @Field(() => Int)
  required: number;

  @Field(() => Int)
  actual: number;

  @Field()
  fulfilled: boolean;
}

@ObjectType('TierCompliance')
export class TierComplianceModel {
  @Field(() => ID)
  tierId: string;

  @Field()
  tierCode: string;

  @Field(() => Int)
  rank: number;

  @Field()
  fulfilled: boolean;

  @Field(() => [RequirementStatusModel])
  requirements: RequirementStatusModel[];
}

@ObjectType('ProductLineCompliance', { description: "A partner's tier requirements on one product line, now and for the next tier." })
export class ProductLineComplianceModel {
  @Field(() => ID)
  partnerId: string;

  @Field(() => ID)
  productLineId: string;

  @Field()
  productLineCode: string;

  @Field(() => TierComplianceModel)
  current: TierComplianceModel;

  @Field(() => TierComplianceModel, { nullable: true })
  next: TierComplianceModel | null;
}

@ObjectType('ExpiringCertificate')
export class ExpiringCertificateModel {
  @Field(() => ID)
  id: string;

  @Field()
  holderName: string;

  @Field()
  courseCode: string;

  @Field(() => LocalDateScalar)
  validUntil: string;
}

@ObjectType('PartnerCompliance')
export class PartnerComplianceModel {
  @Field(() => ID)
  partnerId: string;

  @Field(() => [ProductLineComplianceModel])
  productLines: ProductLineComplianceModel[];

  @Field(() => [ExpiringCertificateModel], { description: 'Valid certificates that expire within 90 days.' })
  expiringCertificates: ExpiringCertificateModel[];
}
