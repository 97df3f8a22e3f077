import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsLocalDate, LocalDateScalar, PagedArgs, Trimmed } from '@portal/core';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { TierRequestStatus } from '../models/request.model';

@InputType()
export class RequestTierInput {
  @Field(() => ID)
  @IsUUID()
  productLineId: string;

  @Field(() => ID)
  @IsUUID()
  tierId: string;

  @Field()
  @Trimmed()
  @IsString()
  @Length(10, 4000, { message: 'justification must be between 10 and 4000 characters' })
  justification: string;
}

@InputType()
export class ApproveTierRequestInput {
  @Field(() => ID)
  @IsUUID()
  requestId: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'End of the new grant; defaults to two years from today. Ignored when an existing grant changes tier.',
  })
  @IsOptional()
  @IsLocalDate()
  validUntil?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Length(3, 1000)
  reason?: string;
}

@InputType()
export class RejectTierRequestInput {
  @Field(() => ID)
  @IsUUID()
  requestId: string;

  @Field()
  @Trimmed()
  @IsString()
  @Length(3, 1000, { message: 'reason must be between 3 and 1000 characters' })
  reason: string;
}

@InputType()
export class TierRequestFilterInput {
  @Field(() => TierRequestStatus, { nullable: true })
  @IsOptional()
  @IsEnum(TierRequestStatus)
  status?: TierRequestStatus;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  partnerId?: string;
}

@ArgsType()
export class TierRequestsArgs extends PagedArgs {
  @Field(() => TierRequestFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TierRequestFilterInput)
  filter?: TierRequestFilterInput;
}
