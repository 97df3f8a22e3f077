import { Field, ObjectType } from '@nestjs/graphql';
import { OrganisationModel } from './organisation.model';
import { InvitationModel } from './user.model';

@ObjectType('CreatePartnerOrganisationPayload')
export class CreatePartnerOrganisationPayloadModel {
  @Field(() => OrganisationModel)
  organisation: OrganisationModel;

  @Field(() => InvitationModel, { description: "The invitation of the organisation's first admin." })
  invitation: InvitationModel;
}
