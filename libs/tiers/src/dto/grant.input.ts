import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsLocalDate, LocalDateScalar, PagedArgs, Trimmed } from '@portal/core';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { GrantStatus } from '../models/grant.model';

const REASON = { message: 'reason must be between 3 and 1000 characters' };

@InputType()
export class GrantTierInput {
  @Field(() => ID)
  @IsUUID()
  partnerId: string;

  @Field(() => ID)
  @IsUUID()
  productLineId: string;

  @Field(() => ID)
  @IsUUID()
  tierId: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Defaults to today.' })
  @IsOptional()
  @IsLocalDate()
  validFrom?: string;

  @Field(() => LocalDateScalar)
  @IsLocalDate()
  validUntil: string;

  @Field()
  @Trimmed()
  @IsString()
  @Length(3, 1000, REASON)
  reason: string;
}

/** Every change of a grant names the grant and says why. */
@InputType()
export class GrantReasonInput {
  @Field(() => ID)
  @IsUUID()
  grantId: string;

  @Field()
  @Trimmed()
  @IsString()
  @Length(3, 1000, REASON)
  reason: string;
}

@InputType()
export class RenewGrantInput extends GrantReasonInput {
  @Field(() => LocalDateScalar)
  @IsLocalDate()
  validUntil: string;
}

@InputType()
export class ChangeGrantTierInput extends GrantReasonInput {
  @Field(() => ID)
  @IsUUID()
  tierId: string;
}

@InputType()
export class SuspendGrantInput extends GrantReasonInput {
  @Field(() => LocalDateScalar, { nullable: true, description: 'The suspension ends by itself after this date.' })
  @IsOptional()
  @IsLocalDate()
  until?: string;
}

@InputType()
export class GrantFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  partnerId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  productLineId?: string;

  @Field(() => [GrantStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(5)
  @IsEnum(GrantStatus, { each: true })
  statuses?: GrantStatus[];
}

@ArgsType()
export class GrantsArgs extends PagedArgs {
  @Field(() => GrantFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => GrantFilterInput)
  filter?: GrantFilterInput;
}
