import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ProductLine')
export class ProductLineModel {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field()
  nameDe: string;

  @Field()
  nameEn: string;

  @Field()
  active: boolean;
}

@ObjectType('ServiceCategory')
export class ServiceCategoryModel {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field()
  nameDe: string;

  @Field()
  nameEn: string;

  @Field()
  active: boolean;
}

@ObjectType('TierEntitlement', { description: 'The service categories a tier entitles to on one product line.' })
export class TierEntitlementModel {
  @Field(() => ID)
  productLineId: string;

  @Field(() => [ID])
  serviceCategoryIds: string[];
}

@ObjectType('TierRequirements', {
  description: 'What a partner needs for the tier; evaluated against training records by the trainings domain.',
})
export class TierRequirementsModel {
  @Field(() => Int)
  certifiedTechnicians: number;

  @Field()
  annualTraining: boolean;

  @Field(() => [String])
  courseCodes: string[];
}

/** The tier fields a grant shows; the full definition is Tier. */
@ObjectType('TierSummary')
export class TierSummaryModel {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field(() => Int)
  rank: number;

  @Field()
  nameDe: string;

  @Field()
  nameEn: string;

  @Field()
  mayDelegate: boolean;

  @Field()
  listedInLocator: boolean;

  @Field()
  mayShowBadge: boolean;
}

@ObjectType('Tier')
export class TierModel extends TierSummaryModel {
  @Field()
  descriptionDe: string;

  @Field()
  descriptionEn: string;

  @Field(() => Int, { description: 'Knowledge audience level the tier unlocks (articles for rank N and up).' })
  knowledgeLevel: number;

  @Field(() => TierRequirementsModel)
  requirements: TierRequirementsModel;

  @Field(() => [TierEntitlementModel])
  entitlements: TierEntitlementModel[];
}
