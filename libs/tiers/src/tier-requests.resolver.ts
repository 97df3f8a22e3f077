import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, type Page, Permission, type RequestContext } from '@portal/core';
import { ApproveTierRequestInput, RejectTierRequestInput, RequestTierInput, TierRequestsArgs } from './dto/request.input';
import { TierRequestModel, TierRequestPage } from './models/request.model';
import { TierIdArgs } from './tiers.resolver';
import { TierRequestsService } from './tier-requests.service';

@Resolver(() => TierRequestModel)
export class TierRequestsResolver {
  constructor(private readonly service: TierRequestsService) {}

  @Query(() => TierRequestPage, { description: "Tier requests: all for the manufacturer, the own organisation's for a partner." })
  @Allow(Permission.TierRequestRead)
  tierRequests(@Ctx() ctx: RequestContext, @Args() args: TierRequestsArgs): Promise<Page<TierRequestModel>> {
    return this.service.list(ctx, args);
  }

  @Mutation(() => TierRequestModel, { description: 'A partner admin asks for a tier on a product line.' })
  @Allow(Permission.TierRequestCreate)
  requestTier(@Ctx() ctx: RequestContext, @Args('input') input: RequestTierInput): Promise<TierRequestModel> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => TierRequestModel)
  @Allow(Permission.TierRequestCreate)
  withdrawTierRequest(@Ctx() ctx: RequestContext, @Args() args: TierIdArgs): Promise<TierRequestModel> {
    return this.service.withdraw(ctx, args.id);
  }

  @Mutation(() => TierRequestModel, { description: "Approves: creates the grant or changes the live grant's tier." })
  @Allow(Permission.TierRequestDecide)
  approveTierRequest(@Ctx() ctx: RequestContext, @Args('input') input: ApproveTierRequestInput): Promise<TierRequestModel> {
    return this.service.approve(ctx, input);
  }

  @Mutation(() => TierRequestModel)
  @Allow(Permission.TierRequestDecide)
  rejectTierRequest(@Ctx() ctx: RequestContext, @Args('input') input: RejectTierRequestInput): Promise<TierRequestModel> {
    return this.service.reject(ctx, input);
  }
}
