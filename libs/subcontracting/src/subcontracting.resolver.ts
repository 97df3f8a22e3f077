import { Args, ArgsType, Field, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, type Page, Permission, type RequestContext } from '@portal/core';
import { InvitationModel } from '@portal/organisations';
import { IsBoolean } from 'class-validator';
import { DelegationsService } from './delegations.service';
import {
  DecideDelegationArgs,
  DelegationsArgs,
  EndRelationshipArgs,
  InviteSubcontractorUserArgs,
  RegisterSubcontractorArgs,
  RelationshipIdArgs,
  RequestDelegationArgs,
  SubcontractorEntitlementArgs,
} from './dto/subcontracting.input';
import {
  DelegationEventModel,
  DelegationModel,
  DelegationPage,
  SubcontractorEntitlementModel,
  SubcontractorModel,
} from './models/subcontracting.model';
import { SubcontractorsService } from './subcontractors.service';

@ArgsType()
class SubcontractorsArgs {
  @Field({ defaultValue: false })
  @IsBoolean()
  includeEnded: boolean = false;
}

@Resolver()
export class SubcontractingResolver {
  constructor(
    private readonly subcontractorService: SubcontractorsService,
    private readonly delegationService: DelegationsService,
  ) {}

  @Query(() => [SubcontractorModel], { description: "A partner's subcontractors; a subcontractor's partners; all for the manufacturer." })
  @Allow(Permission.SubcontractorRead)
  subcontractors(@Ctx() ctx: RequestContext, @Args() args: SubcontractorsArgs): Promise<SubcontractorModel[]> {
    return this.subcontractorService.list(ctx, args.includeEnded);
  }

  @Query(() => SubcontractorModel)
  @Allow(Permission.SubcontractorRead)
  subcontractor(@Ctx() ctx: RequestContext, @Args() args: RelationshipIdArgs): Promise<SubcontractorModel> {
    return this.subcontractorService.get(ctx, args.id);
  }

  @Query(() => DelegationPage)
  @Allow(Permission.DelegationRead)
  delegations(@Ctx() ctx: RequestContext, @Args() args: DelegationsArgs): Promise<Page<DelegationModel>> {
    return this.delegationService.list(ctx, args);
  }

  @Query(() => [DelegationEventModel])
  @Allow(Permission.DelegationRead)
  delegationHistory(@Ctx() ctx: RequestContext, @Args() args: RelationshipIdArgs): Promise<DelegationEventModel[]> {
    return this.delegationService.events(ctx, args.id);
  }

  @Query(() => SubcontractorEntitlementModel)
  @Allow(Permission.DelegationRead)
  subcontractorEntitlement(@Ctx() ctx: RequestContext, @Args() args: SubcontractorEntitlementArgs): Promise<SubcontractorEntitlementModel> {
    return this.delegationService.entitlement(ctx, args);
  }

  @Mutation(() => SubcontractorModel, {
    description: 'Registers a subcontractor company, or links the one with this trade register number.',
  })
  @Allow(Permission.SubcontractorManage)
  registerSubcontractor(@Ctx() ctx: RequestContext, @Args() args: RegisterSubcontractorArgs): Promise<SubcontractorModel> {
    return this.subcontractorService.register(ctx, args.input);
  }

  @Mutation(() => SubcontractorModel, { description: 'Ends the relationship; its live permissions end too.' })
  @Allow(Permission.SubcontractorManage)
  endSubcontractorRelationship(@Ctx() ctx: RequestContext, @Args() args: EndRelationshipArgs): Promise<SubcontractorModel> {
    return this.subcontractorService.end(ctx, args.id, args.reason);
  }

  @Mutation(() => InvitationModel)
  @Allow(Permission.SubcontractorManage)
  inviteSubcontractorUser(@Ctx() ctx: RequestContext, @Args() args: InviteSubcontractorUserArgs): Promise<InvitationModel> {
    return this.subcontractorService.inviteUser(ctx, args);
  }

  @Mutation(() => DelegationModel)
  @Allow(Permission.DelegationRequest)
  requestDelegation(@Ctx() ctx: RequestContext, @Args() args: RequestDelegationArgs): Promise<DelegationModel> {
    return this.delegationService.request(ctx, args.input);
  }

  @Mutation(() => DelegationModel)
  @Allow(Permission.DelegationRequest, Permission.DelegationDecide)
  decideDelegation(@Ctx() ctx: RequestContext, @Args() args: DecideDelegationArgs): Promise<DelegationModel> {
    return this.delegationService.decide(ctx, args);
  }
}
