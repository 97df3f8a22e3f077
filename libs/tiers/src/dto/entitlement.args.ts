import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsLocalDate, LocalDateScalar } from '@portal/core';
import { IsOptional, IsUUID } from 'class-validator';

@ArgsType()
export class ServiceEntitlementArgs {
  @Field(() => ID, { nullable: true, description: "Defaults to the viewer's own organisation." })
  @IsOptional()
  @IsUUID()
  partnerId?: string;

  @Field(() => ID)
  @IsUUID()
  productLineId: string;

  @Field(() => ID)
  @IsUUID()
  serviceCategoryId: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Defaults to today.' })
  @IsOptional()
  @IsLocalDate()
  at?: string;
}
