import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Trimmed } from '@portal/core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ArticleKind, ArticleLanguage } from '../models/article.model';
import { RANK_CANDIDATES } from '../search-sql';

@InputType()
export class KnowledgeSearchInput {
  @Field({ defaultValue: '', description: 'Web-style: "quoted phrase", -exclude, or. Empty browses by quality.' })
  @IsString()
  @MaxLength(200, { message: 'query must be at most 200 characters' })
  query: string = '';

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  productLineIds?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  serviceCategoryIds?: string[];

  @Field(() => [ArticleKind], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(ArticleKind, { each: true })
  kinds?: ArticleKind[];

  @Field(() => [ArticleLanguage], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(ArticleLanguage, { each: true })
  languages?: ArticleLanguage[];

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(RANK_CANDIDATES)
  offset: number = 0;

  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(50)
  limit: number = 20;
}

@ArgsType()
export class KnowledgeSearchArgs {
  @Field(() => KnowledgeSearchInput)
  @ValidateNested()
  @Type(() => KnowledgeSearchInput)
  input: KnowledgeSearchInput;
}

@ArgsType()
export class SuggestArgs {
  @Field()
  @Trimmed()
  @IsString()
  @Length(2, 100, { message: 'prefix must be between 2 and 100 characters' })
  prefix: string;
}

@ArgsType()
export class SearchAnalyticsArgs {
  @Field(() => Int, { defaultValue: 30 })
  @IsInt()
  @Min(1)
  @Max(365)
  days: number = 30;
}
