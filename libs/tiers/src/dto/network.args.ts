import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { PagedArgs, Trimmed } from '@portal/core';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { NetworkSortField } from '../models/network.model';

@InputType()
export class NetworkFilterInput {
  @Field({ nullable: true, description: 'Matches name, legal name or city.' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field({ nullable: true, description: 'OrganisationStatus' })
  @IsOptional()
  @Matches(/^(ONBOARDING|ACTIVE|SUSPENDED|ENDED)$/, { message: 'status must be ONBOARDING, ACTIVE, SUSPENDED or ENDED' })
  status?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  productLineId?: string;

  @Field(() => ID, { nullable: true, description: 'Partners holding this tier (live grant) on the product line, or on any.' })
  @IsOptional()
  @IsUUID()
  tierId?: string;

  @Field({ nullable: true, description: 'Postal code prefix, e.g. 80 for Munich.' })
  @IsOptional()
  @Matches(/^[0-9A-Za-z]{1,10}$/, { message: 'region must be a postal code prefix' })
  region?: string;
}

@InputType()
export class NetworkSortInput {
  @Field(() => NetworkSortField, { defaultValue: NetworkSortField.NAME })
  @IsEnum(NetworkSortField)
  field: NetworkSortField = NetworkSortField.NAME;

  @Field({ defaultValue: true })
  @IsBoolean()
  ascending: boolean = true;
}

@ArgsType()
export class NetworkArgs extends PagedArgs {
  @Field(() => NetworkFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => NetworkFilterInput)
  filter?: NetworkFilterInput;

  @Field(() => NetworkSortInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => NetworkSortInput)
  sort?: NetworkSortInput;
}
