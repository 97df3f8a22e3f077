import { Args, ArgsType, Field, ID, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, type Page, Permission, Public, type RequestContext } from '@portal/core';
import { Type } from 'class-transformer';
import { IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { BadgesService } from './badges.service';
import { BadgeCodeArgs, FindPartnersArgs, LocationInput, SetServiceAreasArgs } from './dto/directory.input';
import { LocationsService } from './locations.service';
import { LocatorService } from './locator.service';
import {
  BadgeModel,
  BadgeVerificationModel,
  LocatorPage,
  type LocatorResultModel,
  PartnerLocationModel,
  ServiceAreaModel,
} from './models/directory.model';

@ObjectType('PartnerPresence', { description: "A partner's locations and service areas." })
export class PartnerPresenceModel {
  @Field(() => [PartnerLocationModel])
  locations: PartnerLocationModel[];

  @Field(() => [ServiceAreaModel])
  areas: ServiceAreaModel[];
}

@ArgsType()
export class OrganisationArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

@ArgsType()
export class SaveLocationArgs {
  @Field(() => ID, { nullable: true, description: 'Omit to add a location.' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field(() => LocationInput)
  @ValidateNested()
  @Type(() => LocationInput)
  input: LocationInput;
}

@ArgsType()
export class LocationIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a valid identifier' })
  id: string;
}

@Resolver()
export class DirectoryResolver {
  constructor(
    private readonly locations: LocationsService,
    private readonly locator: LocatorService,
    private readonly badges: BadgesService,
  ) {}

  @Query(() => LocatorPage, {
    description: 'Public: authorised partners for a product line (and service) near a postcode, coordinates or place.',
  })
  @Public()
  findPartners(@Ctx() ctx: RequestContext, @Args() args: FindPartnersArgs): Promise<Page<LocatorResultModel>> {
    return this.locator.find(ctx, args);
  }

  @Query(() => BadgeVerificationModel, { description: 'Public: the live status behind a badge code.' })
  @Public()
  verifyBadge(@Args() args: BadgeCodeArgs): Promise<BadgeVerificationModel> {
    return this.badges.verify(args.code);
  }

  @Query(() => [BadgeModel], { description: "The own organisation's badges, one per product line whose tier allows it." })
  @Allow(Permission.GrantRead)
  myBadges(@Ctx() ctx: RequestContext): Promise<BadgeModel[]> {
    return this.badges.mine(ctx);
  }

  @Query(() => PartnerPresenceModel)
  @Allow(Permission.LocationManage, Permission.OrganisationRead)
  partnerPresence(@Ctx() ctx: RequestContext, @Args() args: OrganisationArgs): Promise<PartnerPresenceModel> {
    return this.locations.list(ctx, args.organisationId);
  }

  @Mutation(() => PartnerLocationModel)
  @Allow(Permission.LocationManage)
  saveLocation(@Ctx() ctx: RequestContext, @Args() args: SaveLocationArgs): Promise<PartnerLocationModel> {
    return this.locations.save(ctx, args.id ?? null, args.input);
  }

  @Mutation(() => Boolean)
  @Allow(Permission.LocationManage)
  deleteLocation(@Ctx() ctx: RequestContext, @Args() args: LocationIdArgs): Promise<boolean> {
    return this.locations.remove(ctx, args.id);
  }

  @Mutation(() => [ServiceAreaModel], { description: 'Replaces the postcode areas a partner serves.' })
  @Allow(Permission.LocationManage)
  setServiceAreas(@Ctx() ctx: RequestContext, @Args() args: SetServiceAreasArgs): Promise<ServiceAreaModel[]> {
    return this.locations.setAreas(ctx, args.organisationId, args.areas);
  }
}
