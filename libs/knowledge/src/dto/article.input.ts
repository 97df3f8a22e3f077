import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { IsLocalDate, LocalDateScalar, PagedArgs, Trimmed } from '@portal/core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
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
import { ArticleAudience, ArticleKind, ArticleLanguage, ArticleStatus } from '../models/article.model';

// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const NO_CONTROL_CHARS = /^[^\u0000-\u001F\u007F]*$/;

@InputType()
export class ArticleInput {
  @Field()
  @Trimmed()
  @IsString()
  @Length(3, 200, { message: 'title must be between 3 and 200 characters' })
  @Matches(/[\p{L}\p{N}]/u, { message: 'title needs a letter or digit' })
  @Matches(NO_CONTROL_CHARS, { message: 'title must not contain control characters' })
  title: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(600, { message: 'summary must be at most 600 characters' })
  summary: string = '';

  @Field({ defaultValue: '', description: 'Markdown; raw HTML and unsafe links are removed.' })
  @IsString()
  @MaxLength(100_000, { message: 'body must be at most 100,000 characters' })
  body: string = '';

  @Field(() => ArticleLanguage)
  @IsEnum(ArticleLanguage)
  language: ArticleLanguage;

  @Field(() => [ID], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  productLineIds: string[] = [];

  @Field(() => [ID], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  serviceCategoryIds: string[] = [];

  @Field(() => [String], { defaultValue: [] })
  @Trimmed()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 40, { each: true, message: 'each tag must be between 1 and 40 characters' })
  @Matches(NO_CONTROL_CHARS, { each: true, message: 'tags must not contain control characters' })
  tags: string[] = [];

  @Field(() => [String], { defaultValue: [], description: 'Error and product codes as written, e.g. "F.28", "WPL-25 A".' })
  @Trimmed()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 40, { each: true, message: 'each code must be between 1 and 40 characters' })
  @Matches(/[\p{L}\p{N}]/u, { each: true, message: 'each code needs a letter or digit' })
  @Matches(NO_CONTROL_CHARS, { each: true, message: 'codes must not contain control characters' })
  codes: string[] = [];

  @Field(() => ArticleAudience, { defaultValue: ArticleAudience.PARTNERS })
  @IsEnum(ArticleAudience)
  audience: ArticleAudience = ArticleAudience.PARTNERS;

  @Field(() => Int, { nullable: true, description: 'Required for audience TIER.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  minTierRank?: number | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  limitedToProductLines: boolean = false;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsLocalDate()
  reviewBy?: string | null;

  @Field(() => ID, { nullable: true, description: 'Editors only: the knowledge editor responsible for the article.' })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;
}

@ArgsType()
export class CreateArticleArgs {
  @Field(() => ArticleInput)
  @ValidateNested()
  @Type(() => ArticleInput)
  input: ArticleInput;
}

@ArgsType()
export class ArticleIdArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@ArgsType()
export class UpdateArticleArgs extends CreateArticleArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The revision the edit started from; a newer one answers CONFLICT STALE_REVISION.' })
  @IsInt()
  @Min(1)
  expectedRevision: number;
}

export enum ArticleTransition {
  SUBMIT = 'SUBMIT',
  WITHDRAW = 'WITHDRAW',
  REQUEST_CHANGES = 'REQUEST_CHANGES',
  REJECT = 'REJECT',
  PUBLISH = 'PUBLISH',
  ARCHIVE = 'ARCHIVE',
  RESTORE = 'RESTORE',
}
registerEnumType(ArticleTransition, { name: 'ArticleTransition' });

@ArgsType()
export class TransitionArticleArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => ArticleTransition)
  @IsEnum(ArticleTransition)
  action: ArticleTransition;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedRevision: number;

  @Field({ defaultValue: '', description: 'Required when requesting changes or rejecting.' })
  @Trimmed()
  @IsString()
  @MaxLength(4000, { message: 'comment must be at most 4000 characters' })
  comment: string = '';
}

@ArgsType()
export class CommentArticleArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field()
  @Trimmed()
  @IsString()
  @Length(1, 4000, { message: 'comment must be between 1 and 4000 characters' })
  comment: string;
}

@ArgsType()
export class ArticleVersionArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}

export enum ArticleListScope {
  ALL = 'ALL',
  MY_ORGANISATION = 'MY_ORGANISATION',
  REVIEW_QUEUE = 'REVIEW_QUEUE',
}
export enum ArticleSort {
  UPDATED = 'UPDATED',
  TITLE = 'TITLE',
  PUBLISHED = 'PUBLISHED',
  HELPFUL = 'HELPFUL',
}
registerEnumType(ArticleListScope, {
  name: 'ArticleListScope',
  description:
    'ALL: everything the viewer may see; MY_ORGANISATION: written by the viewer’s organisation; REVIEW_QUEUE (editors): waiting for review, flagged or past their review date, most urgent first.',
});
registerEnumType(ArticleSort, { name: 'ArticleSort' });

@ArgsType()
export class ArticlesArgs extends PagedArgs {
  @Field(() => ArticleListScope, { defaultValue: ArticleListScope.ALL })
  @IsEnum(ArticleListScope)
  scope: ArticleListScope = ArticleListScope.ALL;

  @Field(() => ArticleStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ArticleStatus)
  status?: ArticleStatus;

  @Field(() => ArticleKind, { nullable: true })
  @IsOptional()
  @IsEnum(ArticleKind)
  kind?: ArticleKind;

  @Field(() => ArticleLanguage, { nullable: true })
  @IsOptional()
  @IsEnum(ArticleLanguage)
  language?: ArticleLanguage;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  productLineId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  serviceCategoryId?: string;

  @Field(() => ArticleSort, { defaultValue: ArticleSort.UPDATED })
  @IsEnum(ArticleSort)
  sort: ArticleSort = ArticleSort.UPDATED;
}
