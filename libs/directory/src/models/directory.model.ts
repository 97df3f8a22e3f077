import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar, Paginated } from '@portal/core';

@ObjectType('PartnerLocation')
export class PartnerLocationModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field()
  name: string;

  @Field()
  street: string;

  @Field()
  postalCode: string;

  @Field()
  city: string;

  @Field()
  country: string;

  @Field(() => Float)
  latitude: number;

  @Field(() => Float)
  longitude: number;

  @Field()
  phone: string;

  @Field()
  openingHours: string;
}

@ObjectType('ServiceArea')
export class ServiceAreaModel {
  @Field()
  postalPrefix: string;

  @Field(() => ID, { nullable: true, description: 'Only for this product line; null for all.' })
  productLineId: string | null;
}

@ObjectType('LocatorResult', { description: 'What the public may see of an authorised partner: no people, no history.' })
export class LocatorResultModel {
  @Field(() => ID)
  partnerId: string;

  @Field()
  name: string;

  @Field()
  tierCode: string;

  @Field(() => Int)
  tierRank: number;

  @Field()
  tierNameDe: string;

  @Field()
  tierNameEn: string;

  @Field()
  street: string;

  @Field()
  postalCode: string;

  @Field()
  city: string;

  @Field()
  phone: string;

  @Field()
  openingHours: string;

  @Field(() => Float, { nullable: true, description: 'Kilometres from the searched coordinates.' })
  distanceKm: number | null;

  @Field(() => [String], { description: 'Service category codes the partner is entitled to on the product line.' })
  services: string[];
}

export const LocatorPage = Paginated(LocatorResultModel, 'LocatorPage');

export enum BadgeStatus {
  VALID = 'VALID',
  SUSPENDED = 'SUSPENDED',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
  ENDED = 'ENDED',
  NOT_FOUND = 'NOT_FOUND',
}
registerEnumType(BadgeStatus, { name: 'BadgeStatus' });

@ObjectType('BadgeVerification', { description: 'The live status behind a badge; unknown codes reveal nothing.' })
export class BadgeVerificationModel {
  @Field(() => BadgeStatus)
  status: BadgeStatus;

  @Field(() => String, { nullable: true })
  partnerName: string | null;

  @Field(() => String, { nullable: true })
  city: string | null;

  @Field(() => String, { nullable: true })
  tierCode: string | null;

  @Field(() => String, { nullable: true })
  tierNameDe: string | null;

  @Field(() => String, { nullable: true })
  tierNameEn: string | null;

  @Field(() => String, { nullable: true })
  productLineNameDe: string | null;

  @Field(() => String, { nullable: true })
  productLineNameEn: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  validUntil: string | null;

  @Field({ description: 'Whether the current tier includes showing the badge (false e.g. after a downgrade).' })
  badgeAllowed: boolean;
}

@ObjectType('Badge')
export class BadgeModel {
  @Field()
  code: string;

  @Field(() => ID)
  productLineId: string;

  @Field()
  productLineCode: string;

  @Field()
  svgUrl: string;

  @Field()
  verifyUrl: string;

  @Field({ description: "HTML to paste into the partner's website." })
  snippet: string;
}
