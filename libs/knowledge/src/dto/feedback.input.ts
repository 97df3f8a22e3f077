import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { PagedArgs, Trimmed } from '@portal/core';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, MaxLength, Min } from 'class-validator';
import { FlagReason, FlagStatus } from '../models/feedback.model';

@ArgsType()
export class RateArticleArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field()
  @IsBoolean()
  helpful: boolean;
}

@ArgsType()
export class FlagArticleArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => FlagReason)
  @IsEnum(FlagReason)
  reason: FlagReason;

  @Field({ defaultValue: '' })
  @Trimmed()
  @IsString()
  @MaxLength(2000, { message: 'comment must be at most 2000 characters' })
  comment: string = '';
}

@ArgsType()
export class ResolveFlagArgs {
  @Field(() => ID)
  @IsUUID()
  flagId: string;

  @Field()
  @Trimmed()
  @IsString()
  @Length(3, 2000, { message: 'resolution must be between 3 and 2000 characters' })
  resolution: string;
}

@ArgsType()
export class ArticleUseArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => ID, { nullable: true, description: 'The search the article was opened from.' })
  @IsOptional()
  @IsUUID()
  searchId?: string;

  @Field(() => Int, { nullable: true, description: 'Its position in the results (0-based).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  position?: number;
}

@ArgsType()
export class FlagsArgs extends PagedArgs {
  @Field(() => FlagStatus, { defaultValue: FlagStatus.OPEN })
  @IsEnum(FlagStatus)
  status: FlagStatus = FlagStatus.OPEN;

  @Field({ defaultValue: false, description: 'Only flags on articles the viewer owns.' })
  @IsBoolean()
  mine: boolean = false;
}
