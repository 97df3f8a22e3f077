import { ArgsType, Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Trimmed } from '../graphql/trimmed.decorator';
import { PagedArgs } from '../pagination/page';

@InputType()
export class AuditFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  actorUserId?: string;

  @Field({ nullable: true, description: 'Exact action, e.g. user.invite, or a prefix ending in a dot, e.g. user.' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(100)
  @Matches(/^[a-z_.]+$/, { message: 'action may contain lower-case letters, dots and underscores only' })
  action?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(100)
  entityType?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(100)
  entityId?: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  to?: Date;
}

@ArgsType()
export class AuditEventsArgs extends PagedArgs {
  @Field(() => AuditFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditFilterInput)
  filter?: AuditFilterInput;
}
