import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, type Page, Permission, type RequestContext } from '@portal/core';
import { IdArgs, InviteUserInput, UsersArgs } from './dto/user.input';
import { InvitationModel, UserModel, UserPage } from './models/user.model';
import { UsersService } from './users.service';

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(private readonly service: UsersService) {}

  @Query(() => UserPage, { description: 'Users visible to the viewer: manufacturer staff see all, partners their own team.' })
  @Allow(Permission.UserRead)
  users(@Ctx() ctx: RequestContext, @Args() args: UsersArgs): Promise<Page<UserModel>> {
    return this.service.list(ctx, args);
  }

  @Mutation(() => InvitationModel, { description: 'Invites a user; the returned link lets them set a password.' })
  @Allow(Permission.UserManage, Permission.OrganisationManage)
  inviteUser(@Ctx() ctx: RequestContext, @Args('input') input: InviteUserInput): Promise<InvitationModel> {
    return this.service.invite(ctx, input);
  }

  @Mutation(() => InvitationModel, { description: 'Replaces a pending invitation with a new link.' })
  @Allow(Permission.UserManage, Permission.OrganisationManage)
  resendInvitation(@Ctx() ctx: RequestContext, @Args() args: IdArgs): Promise<InvitationModel> {
    return this.service.resendInvitation(ctx, args.id);
  }

  @Mutation(() => UserModel, { description: 'Blocks a user and ends all of their sessions at once.' })
  @Allow(Permission.UserManage, Permission.OrganisationManage)
  deactivateUser(@Ctx() ctx: RequestContext, @Args() args: IdArgs): Promise<UserModel> {
    return this.service.deactivate(ctx, args.id);
  }

  @Mutation(() => UserModel)
  @Allow(Permission.UserManage, Permission.OrganisationManage)
  reactivateUser(@Ctx() ctx: RequestContext, @Args() args: IdArgs): Promise<UserModel> {
    return this.service.reactivate(ctx, args.id);
  }
}
