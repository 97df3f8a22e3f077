import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { PagedArgs, Trimmed, OmitOrSet } from '@portal/core';
import { Type } from 'class-transformer';
import { IsEmail, IsEnum, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { LocaleEnum, OrganisationKindEnum, OrganisationSortField, OrganisationStatusEnum, SortDirection } from '../models/enums';

@InputType()
export class AddressFields {
  @Field({ defaultValue: '' })
  @Trimmed()
  @IsString()
  @MaxLength(200)
  street: string = '';

  @Field({ defaultValue: '' })
  @Trimmed()
  @IsString()
  @MaxLength(20)
  postalCode: string = '';

  @Field({ defaultValue: '' })
  @Trimmed()
  @IsString()
  @MaxLength(100)
  city: string = '';
}

@InputType()
export class FirstAdminInput {
  @Field()
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email: string;

  @Field()
  @Trimmed()
  @IsString()
  @Length(1, 200)
  displayName: string;

  @Field(() => LocaleEnum, { defaultValue: LocaleEnum.de })
  @IsEnum(LocaleEnum)
  locale: LocaleEnum = LocaleEnum.de;
}

@InputType()
export class CreatePartnerOrganisationInput extends AddressFields {
  @Field(() => OrganisationKindEnum, { defaultValue: OrganisationKindEnum.PARTNER, description: 'PARTNER or SUBCONTRACTOR' })
  @IsIn([OrganisationKindEnum.PARTNER, OrganisationKindEnum.SUBCONTRACTOR], { message: 'kind must be PARTNER or SUBCONTRACTOR' })
  kind: OrganisationKindEnum = OrganisationKindEnum.PARTNER;

  @Field()
  @Trimmed()
  @IsString()
  @Length(1, 200)
  name: string;

  @Field()
  @Trimmed()
  @IsString()
  @Length(1, 300)
  legalName: string;

  @Field({ description: 'ISO 3166-1 alpha-2, e.g. DE' })
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter ISO code such as DE' })
  country: string;

  @Field(() => FirstAdminInput)
  @ValidateNested()
  @Type(() => FirstAdminInput)
  firstAdmin: FirstAdminInput;
}

@InputType()
export class UpdateOrganisationInput {
  @Field({ nullable: true })
  @OmitOrSet()
  @Trimmed()
  @IsString()
  @Length(1, 200)
  name?: string;

  @Field({ nullable: true })
  @OmitOrSet()
  @Trimmed()
  @IsString()
  @Length(1, 300)
  legalName?: string;

  @Field({ nullable: true })
  @OmitOrSet()
  @Trimmed()
  @IsString()
  @MaxLength(200)
  street?: string;

  @Field({ nullable: true })
  @OmitOrSet()
  @Trimmed()
  @IsString()
  @MaxLength(20)
  postalCode?: string;

  @Field({ nullable: true })
  @OmitOrSet()
  @Trimmed()
  @IsString()
  @MaxLength(100)
  city?: string;

  @Field({ nullable: true })
  @OmitOrSet()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter ISO code such as DE' })
  country?: string;
}

@ArgsType()
export class UpdateOrganisationArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a valid identifier' })
  id: string;

  @Field(() => UpdateOrganisationInput)
  @ValidateNested()
  @Type(() => UpdateOrganisationInput)
  input: UpdateOrganisationInput;
}

@ArgsType()
export class SetOrganisationStatusArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a valid identifier' })
  id: string;

  @Field(() => OrganisationStatusEnum)
  @IsEnum(OrganisationStatusEnum)
  status: OrganisationStatusEnum;

  @Field()
  @Trimmed()
  @IsString()
  @Length(3, 1000, { message: 'reason must be between 3 and 1000 characters' })
  reason: string;
}

@InputType()
export class OrganisationFilterInput {
  @Field(() => OrganisationKindEnum, { nullable: true })
  @IsOptional()
  @IsEnum(OrganisationKindEnum)
  kind?: OrganisationKindEnum;

  @Field(() => OrganisationStatusEnum, { nullable: true })
  @IsOptional()
  @IsEnum(OrganisationStatusEnum)
  status?: OrganisationStatusEnum;

  @Field({ nullable: true, description: 'Matches name, legal name or city.' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(100)
  search?: string;
}

@InputType()
export class OrganisationSortInput {
  @Field(() => OrganisationSortField, { defaultValue: OrganisationSortField.NAME })
  @IsEnum(OrganisationSortField)
  field: OrganisationSortField = OrganisationSortField.NAME;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  @IsEnum(SortDirection)
  direction: SortDirection = SortDirection.ASC;
}

@ArgsType()
export class OrganisationsArgs extends PagedArgs {
  @Field(() => OrganisationFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganisationFilterInput)
  filter?: OrganisationFilterInput;

  @Field(() => OrganisationSortInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganisationSortInput)
  sort?: OrganisationSortInput;
}
