import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AppConfig, Authenticated, Ctx, type GraphQLContext, Public, type RequestContext } from '@portal/core';
import { AuthService, toViewer } from './auth.service';
import { AcceptInvitationInput, ChangePasswordInput, LoginInput, UpdateProfileInput } from './dto/auth.input';
import { TokenArgs } from './dto/user.input';
import { InvitationPreviewModel, LoginPayloadModel, ViewerModel } from './models/user.model';
import { InvitationService } from './invitation.service';
import { clearSessionCookie, setSessionCookie } from './session-cookie';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly invitations: InvitationService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  @Query(() => ViewerModel, { description: 'The logged-in user with organisation, roles and permissions.' })
  @Authenticated()
  me(@Ctx() ctx: RequestContext): ViewerModel {
    return toViewer(ctx.user);
  }

  @Mutation(() => LoginPayloadModel, { description: 'Sets the session cookie and returns a bearer token for API clients.' })
  @Public()
  async login(@Ctx() ctx: RequestContext, @Args('input') input: LoginInput, @Context() gql: GraphQLContext): Promise<LoginPayloadModel> {
    const payload = await this.auth.login(ctx, input.email, input.password, { ip: ctx.ip, userAgent: gql.req.headers['user-agent'] });
    setSessionCookie(gql.res, payload.token, payload.expiresAt, this.config.cookieSecure);
    return payload;
  }

  @Mutation(() => Boolean, { description: 'Ends the current session (cookie or bearer token).' })
  @Authenticated()
  async logout(@Ctx() ctx: RequestContext, @Context() gql: GraphQLContext): Promise<boolean> {
    await this.auth.logout(ctx);
    clearSessionCookie(gql.res, this.config.cookieSecure);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Changes the own password; every other session is ended at once.' })
  @Authenticated()
  changePassword(@Ctx() ctx: RequestContext, @Args('input') input: ChangePasswordInput): Promise<boolean> {
    return this.auth.changePassword(ctx, input);
  }

  @Mutation(() => ViewerModel, { description: 'Changes the own display name or language.' })
  @Authenticated()
  updateMyProfile(@Ctx() ctx: RequestContext, @Args('input') input: UpdateProfileInput): Promise<ViewerModel> {
    return this.auth.updateProfile(ctx, input);
  }

  @Query(() => InvitationPreviewModel, { description: 'Who an invitation link is for, without using it up.' })
  @Public()
  invitation(@Args() args: TokenArgs): Promise<InvitationPreviewModel> {
    return this.invitations.preview(args.token);
  }

  @Mutation(() => LoginPayloadModel, { description: 'Sets the password of an invited user and logs them in.' })
  @Public()
  async acceptInvitation(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AcceptInvitationInput,
    @Context() gql: GraphQLContext,
  ): Promise<LoginPayloadModel> {
    const accepted = await this.invitations.accept(ctx, input);
    return this.login(ctx, { email: accepted.email, password: input.password }, gql);
  }
}
