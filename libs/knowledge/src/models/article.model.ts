import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar, Paginated } from '@portal/core';

export enum ArticleKind {
  SERVICE_KNOWHOW = 'SERVICE_KNOWHOW',
  FIELD_REPORT = 'FIELD_REPORT',
}
export enum ArticleStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  PUBLISHED = 'PUBLISHED',
  REJECTED = 'REJECTED',
  ARCHIVED = 'ARCHIVED',
}
export enum ArticleLanguage {
  de = 'de',
  en = 'en',
}
export enum ArticleAudience {
  MANUFACTURER = 'MANUFACTURER',
  PARTNERS = 'PARTNERS',
  TIER = 'TIER',
}
export enum ArticleAction {
  EDIT = 'EDIT',
  SUBMIT = 'SUBMIT',
  WITHDRAW = 'WITHDRAW',
  REQUEST_CHANGES = 'REQUEST_CHANGES',
  REJECT = 'REJECT',
  PUBLISH = 'PUBLISH',
  ARCHIVE = 'ARCHIVE',
  RESTORE = 'RESTORE',
  COMMENT = 'COMMENT',
}
registerEnumType(ArticleKind, { name: 'ArticleKind' });
registerEnumType(ArticleStatus, { name: 'ArticleStatus' });
registerEnumType(ArticleLanguage, { name: 'ArticleLanguage' });
registerEnumType(ArticleAudience, {
  name: 'ArticleAudience',
  description: 'MANUFACTURER: staff only; PARTNERS: all partners; TIER: partners from minTierRank up.',
});
registerEnumType(ArticleAction, { name: 'ArticleAction', description: 'What the viewer may do with an article now.' });

/** The fields lists and search hits show. */
@ObjectType('ArticleSummary')
export class ArticleSummaryModel {
  @Field(() => ID)
  id: string;

  @Field(() => ArticleKind)
  kind: ArticleKind;

  @Field(() => ArticleStatus)
  status: ArticleStatus;

  @Field(() => ArticleLanguage)
  language: ArticleLanguage;

  @Field()
  title: string;

  @Field()
  summary: string;

  @Field(() => [ID])
  productLineIds: string[];

  @Field(() => [ID])
  serviceCategoryIds: string[];

  @Field(() => [String])
  tags: string[];

  @Field(() => [String])
  codes: string[];

  @Field(() => ArticleAudience)
  audience: ArticleAudience;

  @Field(() => Int, { nullable: true })
  minTierRank: number | null;

  @Field()
  authorOrganisationName: string;

  @Field(() => Int)
  version: number;

  @Field(() => Int)
  helpfulCount: number;

  @Field(() => Int)
  unhelpfulCount: number;

  @Field(() => Int)
  viewCount: number;

  @Field(() => Int)
  solvedCount: number;

  @Field(() => Int)
  openFlagCount: number;

  @Field(() => LocalDateScalar, { nullable: true })
  reviewBy: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

@ObjectType('Article')
export class ArticleModel extends ArticleSummaryModel {
  @Field({ description: 'Markdown without raw HTML; links are http(s) or mailto only.' })
  body: string;

  @Field()
  limitedToProductLines: boolean;

  @Field(() => ID, { nullable: true })
  authorId: string | null;

  @Field(() => String, { nullable: true })
  authorName: string | null;

  @Field(() => ID)
  authorOrganisationId: string;

  @Field(() => ID, { nullable: true })
  ownerId: string | null;

  @Field(() => String, { nullable: true })
  ownerName: string | null;

  @Field(() => String, { nullable: true })
  lastEditorName: string | null;

  @Field(() => Int, { description: 'Increases with every save; pass it back as expectedRevision.' })
  revision: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  firstPublishedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => Boolean, { nullable: true, description: "The viewer's own rating: true helpful, false not helpful." })
  myRating: boolean | null;

  @Field({ description: 'The viewer marked this article as having solved a case.' })
  usedBySelf: boolean;

  @Field(() => [ArticleAction])
  allowedActions: ArticleAction[];
}

export const ArticlePage = Paginated(ArticleSummaryModel, 'ArticlePage');

@ObjectType('ArticleVersion', { description: 'An immutable published state of an article.' })
export class ArticleVersionModel {
  @Field(() => Int)
  version: number;

  @Field()
  title: string;

  @Field()
  summary: string;

  @Field()
  body: string;

  @Field(() => ArticleLanguage)
  language: ArticleLanguage;

  @Field(() => [ID])
  productLineIds: string[];

  @Field(() => [ID])
  serviceCategoryIds: string[];

  @Field(() => [String])
  tags: string[];

  @Field(() => [String])
  codes: string[];

  @Field(() => ArticleAudience)
  audience: ArticleAudience;

  @Field(() => Int, { nullable: true })
  minTierRank: number | null;

  @Field(() => String, { nullable: true })
  editedByName: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('ArticleEvent', { description: 'A step of the review workflow, with its comment.' })
export class ArticleEventModel {
  @Field(() => ID)
  id: string;

  @Field()
  action: string;

  @Field(() => ArticleStatus, { nullable: true })
  fromStatus: ArticleStatus | null;

  @Field(() => ArticleStatus)
  toStatus: ArticleStatus;

  @Field()
  comment: string;

  @Field(() => String, { nullable: true })
  actorName: string | null;

  @Field(() => GraphQLISODateTime)
  occurredAt: Date;
}
