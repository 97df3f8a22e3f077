import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@portal/core';
import { OrganisationKindEnum, OrganisationStatusEnum } from './enums';

@ObjectType('Organisation')
export class OrganisationModel {
  @Field(() => ID)
  id: string;

  @Field(() => OrganisationKindEnum)
  kind: OrganisationKindEnum;

  @Field()
  name: string;

  @Field()
  legalName: string;

  @Field()
  street: string;

  @Field()
  postalCode: string;

  @Field()
  city: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code' })
  country: string;

  @Field(() => OrganisationStatusEnum)
  status: OrganisationStatusEnum;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

export const OrganisationPage = Paginated(OrganisationModel, 'OrganisationPage');
