import { ArgsType, Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject, PagedArgs, Paginated } from '@portal/core';
import { ArrayMaxSize, IsBoolean, IsOptional, IsUUID } from 'class-validator';

@ObjectType('Notification', { description: "An in-app message; the web app renders it from kind and params in the reader's language." })
export class NotificationModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'e.g. GRANT_CHANGED, TIER_REQUEST_DECIDED, GRANT_EXPIRING' })
  kind: string;

  @Field(() => GraphQLJSONObject)
  params: Record<string, unknown>;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  readAt: Date | null;
}

export const NotificationPage = Paginated(NotificationModel, 'NotificationPage');

@ArgsType()
export class NotificationsArgs extends PagedArgs {
  @Field({ defaultValue: false })
  @IsBoolean()
  unreadOnly: boolean = false;
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], { nullable: true, description: 'Omit to mark all as read.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  ids?: string[];
}
