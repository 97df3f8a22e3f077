import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Authenticated, Ctx, Public, type Page, Permission, type RequestContext } from '@portal/core';
import { Type } from 'class-transformer';
import { IsUUID, ValidateNested } from 'class-validator';
import { ArgsType, Field } from '@nestjs/graphql';
import { CatalogueService } from './catalogue.service';
import { CatalogueEntryInput, TierInput, UpdateCatalogueEntryInput } from './dto/catalogue.input';
import { ChangeGrantTierInput, GrantReasonInput, GrantsArgs, GrantTierInput, RenewGrantInput, SuspendGrantInput } from './dto/grant.input';
import { ServiceEntitlementArgs } from './dto/entitlement.args';
import { NetworkArgs } from './dto/network.args';
import { EntitlementService } from './entitlement.service';
import { GrantsService } from './grants.service';
import { ProductLineModel, ServiceCategoryModel, TierModel } from './models/catalogue.model';
import { ServiceEntitlementModel } from './models/entitlement.model';
import { TierGrantModel, TierGrantPage } from './models/grant.model';
import { type NetworkPartnerModel, NetworkPartnerPage } from './models/network.model';
import { NetworkService } from './network.service';

@ArgsType()
export class TierIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a valid identifier' })
  id: string;
}

@ArgsType()
export class UpdateTierArgs extends TierIdArgs {
  @Field(() => TierInput)
  @ValidateNested()
  @Type(() => TierInput)
  input: TierInput;
}

@Resolver()
export class TiersResolver {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly grants: GrantsService,
    private readonly entitlement: EntitlementService,
    private readonly network: NetworkService,
  ) {}

  @Query(() => [ProductLineModel], { description: 'Public: the public partner locator offers them for choice.' })
  @Public()
  productLines(): Promise<ProductLineModel[]> {
    return this.catalogue.productLines();
  }

  @Query(() => [ServiceCategoryModel], { description: 'Public: the public partner locator offers them for choice.' })
  @Public()
  serviceCategories(): Promise<ServiceCategoryModel[]> {
    return this.catalogue.serviceCategories();
  }

  @Query(() => [TierModel], { description: 'Tier definitions in rank order, with privileges and requirements.' })
  @Authenticated()
  tiers(): Promise<TierModel[]> {
    return this.catalogue.tiers();
  }

  @Mutation(() => ProductLineModel)
  @Allow(Permission.CatalogueManage)
  createProductLine(@Ctx() ctx: RequestContext, @Args('input') input: CatalogueEntryInput): Promise<ProductLineModel> {
    return this.catalogue.createEntry(ctx, 'product_line', input);
  }

  @Mutation(() => ProductLineModel)
  @Allow(Permission.CatalogueManage)
  updateProductLine(@Ctx() ctx: RequestContext, @Args('input') input: UpdateCatalogueEntryInput): Promise<ProductLineModel> {
    return this.catalogue.updateEntry(ctx, 'product_line', input);
  }

  @Mutation(() => ServiceCategoryModel)
  @Allow(Permission.CatalogueManage)
  createServiceCategory(@Ctx() ctx: RequestContext, @Args('input') input: CatalogueEntryInput): Promise<ServiceCategoryModel> {
    return this.catalogue.createEntry(ctx, 'service_category', input);
  }

  @Mutation(() => ServiceCategoryModel)
  @Allow(Permission.CatalogueManage)
  updateServiceCategory(@Ctx() ctx: RequestContext, @Args('input') input: UpdateCatalogueEntryInput): Promise<ServiceCategoryModel> {
    return this.catalogue.updateEntry(ctx, 'service_category', input);
  }

  @Mutation(() => TierModel)
  @Allow(Permission.CatalogueManage)
  createTier(@Ctx() ctx: RequestContext, @Args('input') input: TierInput): Promise<TierModel> {
    return this.catalogue.createTier(ctx, input);
  }

  @Mutation(() => TierModel)
  @Allow(Permission.CatalogueManage)
  updateTier(@Ctx() ctx: RequestContext, @Args() args: UpdateTierArgs): Promise<TierModel> {
    return this.catalogue.updateTier(ctx, args.id, args.input);
  }

  @Query(() => TierGrantPage, {
    description: 'Grants visible to the viewer: the whole network for manufacturer staff, the own ones for partners.',
  })
  @Allow(Permission.GrantRead)
  tierGrants(@Ctx() ctx: RequestContext, @Args() args: GrantsArgs): Promise<Page<TierGrantModel>> {
    return this.grants.list(ctx, args);
  }

  @Query(() => TierGrantModel)
  @Allow(Permission.GrantRead)
  tierGrant(@Ctx() ctx: RequestContext, @Args() args: TierIdArgs): Promise<TierGrantModel> {
    return this.grants.get(ctx, args.id);
  }

  @Query(() => NetworkPartnerPage, { description: 'Partners with their live grants, filtered and sorted, for the network view.' })
  @Allow(Permission.GrantRead)
  partnerNetwork(@Ctx() ctx: RequestContext, @Args() args: NetworkArgs): Promise<Page<NetworkPartnerModel>> {
    return this.network.list(ctx, args);
  }

  @Query(() => ServiceEntitlementModel, {
    description: 'May a partner perform a service on a product line at a date? Partners ask for themselves.',
  })
  @Allow(Permission.EntitlementRead)
  serviceEntitlement(@Ctx() ctx: RequestContext, @Args() args: ServiceEntitlementArgs): Promise<ServiceEntitlementModel> {
    return this.entitlement.forViewer(ctx, args);
  }

  @Mutation(() => TierGrantModel)
  @Allow(Permission.GrantManage)
  grantTier(@Ctx() ctx: RequestContext, @Args('input') input: GrantTierInput): Promise<TierGrantModel> {
    return this.grants.grant(ctx, input);
  }

  @Mutation(() => TierGrantModel)
  @Allow(Permission.GrantManage)
  renewTierGrant(@Ctx() ctx: RequestContext, @Args('input') input: RenewGrantInput): Promise<TierGrantModel> {
    return this.grants.renew(ctx, input);
  }

  @Mutation(() => TierGrantModel, { description: 'Up- or downgrade a live grant to another tier.' })
  @Allow(Permission.GrantManage)
  changeGrantTier(@Ctx() ctx: RequestContext, @Args('input') input: ChangeGrantTierInput): Promise<TierGrantModel> {
    return this.grants.changeTier(ctx, input);
  }

  @Mutation(() => TierGrantModel)
  @Allow(Permission.GrantManage)
  suspendTierGrant(@Ctx() ctx: RequestContext, @Args('input') input: SuspendGrantInput): Promise<TierGrantModel> {
    return this.grants.suspend(ctx, input);
  }

  @Mutation(() => TierGrantModel)
  @Allow(Permission.GrantManage)
  liftTierGrantSuspension(@Ctx() ctx: RequestContext, @Args('input') input: GrantReasonInput): Promise<TierGrantModel> {
    return this.grants.liftSuspension(ctx, input.grantId, input.reason);
  }

  @Mutation(() => TierGrantModel)
  @Allow(Permission.GrantManage)
  revokeTierGrant(@Ctx() ctx: RequestContext, @Args('input') input: GrantReasonInput): Promise<TierGrantModel> {
    return this.grants.revoke(ctx, input.grantId, input.reason);
  }
}
