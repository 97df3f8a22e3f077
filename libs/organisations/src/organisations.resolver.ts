import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, type Page, Permission, type RequestContext } from '@portal/core';
import {
  CreatePartnerOrganisationInput,
  OrganisationsArgs,
  SetOrganisationStatusArgs,
  UpdateOrganisationArgs,
} from './dto/organisation.input';
import { IdArgs } from './dto/user.input';
import { CreatePartnerOrganisationPayloadModel } from './models/create-partner-organisation.payload';
import { OrganisationModel, OrganisationPage } from './models/organisation.model';
import { OrganisationsService } from './organisations.service';

@Resolver(() => OrganisationModel)
export class OrganisationsResolver {
  constructor(private readonly service: OrganisationsService) {}

  @Query(() => OrganisationPage, { description: 'Manufacturer staff see the whole network; others their own organisation.' })
  @Allow(Permission.OrganisationRead)
  organisations(@Ctx() ctx: RequestContext, @Args() args: OrganisationsArgs): Promise<Page<OrganisationModel>> {
    return this.service.list(ctx, args);
  }

  @Query(() => OrganisationModel)
  @Allow(Permission.OrganisationRead)
  organisation(@Ctx() ctx: RequestContext, @Args() args: IdArgs): Promise<OrganisationModel> {
    return this.service.get(ctx, args.id);
  }

  @Mutation(() => CreatePartnerOrganisationPayloadModel, {
    description: 'Onboards a partner (or subcontractor) and invites its first admin.',
  })
  @Allow(Permission.OrganisationManage)
  createPartnerOrganisation(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreatePartnerOrganisationInput,
  ): Promise<CreatePartnerOrganisationPayloadModel> {
    return this.service.createPartner(ctx, input);
  }

  @Mutation(() => OrganisationModel)
  @Allow(Permission.OrganisationManage)
  updateOrganisation(@Ctx() ctx: RequestContext, @Args() args: UpdateOrganisationArgs): Promise<OrganisationModel> {
    return this.service.update(ctx, args.id, args.input);
  }

  @Mutation(() => OrganisationModel, { description: 'Activates, suspends or ends a partnership, with a reason.' })
  @Allow(Permission.OrganisationManage)
  setOrganisationStatus(@Ctx() ctx: RequestContext, @Args() args: SetOrganisationStatusArgs): Promise<OrganisationModel> {
    return this.service.setStatus(ctx, args.id, args.status, args.reason);
  }
}
