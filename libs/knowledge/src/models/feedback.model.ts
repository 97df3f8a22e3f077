import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Paginated } from '@portal/core';

export enum FlagReason {
  OUTDATED = 'OUTDATED',
  WRONG = 'WRONG',
  UNCLEAR = 'UNCLEAR',
  MISSING = 'MISSING',
}
export enum FlagStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
}
registerEnumType(FlagReason, { name: 'ArticleFlagReason' });
registerEnumType(FlagStatus, { name: 'ArticleFlagStatus' });

@ObjectType('ArticleFlag', { description: "A reader's report that an article needs attention; it goes to the owner's queue." })
export class ArticleFlagModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  articleId: string;

  @Field()
  articleTitle: string;

  @Field(() => FlagReason)
  reason: FlagReason;

  @Field()
  comment: string;

  @Field(() => FlagStatus)
  status: FlagStatus;

  @Field(() => String, { nullable: true })
  raisedByName: string | null;

  @Field()
  raisedByOrganisationName: string;

  @Field(() => String, { nullable: true })
  resolution: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

export const ArticleFlagPage = Paginated(ArticleFlagModel, 'ArticleFlagPage');
