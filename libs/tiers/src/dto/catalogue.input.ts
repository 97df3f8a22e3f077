import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Trimmed } from '@portal/core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

const CODE = /^[A-Z0-9_]{2,40}$/;
const CODE_MESSAGE = { message: 'code must be 2–40 upper-case letters, digits or underscores' };

@InputType()
export class CatalogueEntryInput {
  @Field({ description: 'Stable code, e.g. HEAT_PUMP' })
  @Matches(CODE, CODE_MESSAGE)
  code: string;

  @Field()
  @Trimmed()
  @IsString()
  @Length(1, 120)
  nameDe: string;

  @Field()
  @Trimmed()
  @IsString()
  @Length(1, 120)
  nameEn: string;

  @Field({ defaultValue: true })
  @IsBoolean()
  active: boolean = true;
}

@InputType()
export class UpdateCatalogueEntryInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Length(1, 120)
  nameDe?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Length(1, 120)
  nameEn?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@InputType()
export class TierEntitlementInput {
  @Field(() => ID)
  @IsUUID()
  productLineId: string;

  @Field(() => [ID])
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  serviceCategoryIds: string[];
}

@InputType()
export class TierInput {
  @Field()
  @Matches(CODE, CODE_MESSAGE)
  code: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(100)
  rank: number;

  @Field()
  @Trimmed()
  @IsString()
  @Length(1, 120)
  nameDe: string;

  @Field()
  @Trimmed()
  @IsString()
  @Length(1, 120)
  nameEn: string;

  @Field({ defaultValue: '' })
  @Trimmed()
  @IsString()
  @MaxLength(2000)
  descriptionDe: string = '';

  @Field({ defaultValue: '' })
  @Trimmed()
  @IsString()
  @MaxLength(2000)
  descriptionEn: string = '';

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(100)
  knowledgeLevel: number;

  @Field()
  @IsBoolean()
  mayDelegate: boolean;

  @Field()
  @IsBoolean()
  listedInLocator: boolean;

  @Field()
  @IsBoolean()
  mayShowBadge: boolean;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(100)
  requiredCertifiedTechnicians: number;

  @Field()
  @IsBoolean()
  requiresAnnualTraining: boolean;

  @Field(() => [String])
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Matches(/^[A-Z0-9_-]{2,40}$/, { each: true, message: 'course codes are 2–40 upper-case letters, digits, dashes or underscores' })
  requiredCourseCodes: string[];

  @Field(() => [TierEntitlementInput])
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => TierEntitlementInput)
  entitlements: TierEntitlementInput[];
}
