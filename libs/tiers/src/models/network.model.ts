import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Paginated } from '@portal/core';
import { TierGrantModel } from './grant.model';

@ObjectType('NetworkPartner', { description: "A partner with its live and past grants, for the manufacturer's network view." })
export class NetworkPartnerModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  city: string;

  @Field()
  postalCode: string;

  @Field({ description: 'OrganisationStatus of the partner' })
  status: string;

  @Field(() => [TierGrantModel], { description: 'Live grants (active or suspended), one per product line.' })
  grants: TierGrantModel[];
}

export const NetworkPartnerPage = Paginated(NetworkPartnerModel, 'NetworkPartnerPage');

export enum NetworkSortField {
  NAME = 'NAME',
  CITY = 'CITY',
  STATUS = 'STATUS',
  HIGHEST_TIER = 'HIGHEST_TIER',
}
registerEnumType(NetworkSortField, { name: 'NetworkSortField' });
