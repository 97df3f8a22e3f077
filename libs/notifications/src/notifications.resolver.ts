import { Args, Field, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, Ctx, type RequestContext } from '@portal/core';
import { MarkNotificationsReadArgs, NotificationPage, NotificationsArgs } from './notification.model';
import { NotificationsService } from './notifications.service';

@ObjectType('NotificationFeed')
export class NotificationFeedModel extends NotificationPage {
  @Field(() => Int)
  unreadCount: number;
}

@Resolver()
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationFeedModel, { description: "The viewer's own notifications, newest first." })
  @Authenticated()
  notifications(@Ctx() ctx: RequestContext, @Args() args: NotificationsArgs): Promise<NotificationFeedModel> {
    return this.service.list(ctx, args.unreadOnly, args.page);
  }

  @Mutation(() => Int, { description: "Marks the viewer's notifications as read; returns how many changed." })
  @Authenticated()
  markNotificationsRead(@Ctx() ctx: RequestContext, @Args() args: MarkNotificationsReadArgs): Promise<number> {
    return this.service.markRead(ctx, args.ids);
  }
}
