import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@portal/core';
import { LocaleEnum, RoleEnum, UserStatusEnum } from './enums';
import { OrganisationKindEnum, OrganisationStatusEnum } from './enums';

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field()
  organisationName: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => LocaleEnum)
  locale: LocaleEnum;

  @Field(() => UserStatusEnum)
  status: UserStatusEnum;

  @Field(() => [RoleEnum])
  roles: RoleEnum[];

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

export const UserPage = Paginated(UserModel, 'UserPage');

@ObjectType('ViewerOrganisation')
export class ViewerOrganisationModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => OrganisationKindEnum)
  kind: OrganisationKindEnum;

  @Field(() => OrganisationStatusEnum)
  status: OrganisationStatusEnum;
}

@ObjectType('Viewer', { description: 'The logged-in user.' })
export class ViewerModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => LocaleEnum)
  locale: LocaleEnum;

  @Field(() => [RoleEnum])
  roles: RoleEnum[];

  @Field(() => [String], { description: 'Permission codes, e.g. user.manage; the web app shows and hides by them.' })
  permissions: string[];

  @Field(() => ViewerOrganisationModel)
  organisation: ViewerOrganisationModel;
}

@ObjectType('LoginPayload')
export class LoginPayloadModel {
  @Field({ description: 'Bearer token for API clients; browsers use the httpOnly cookie set alongside.' })
  token: string;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;

  @Field(() => ViewerModel)
  viewer: ViewerModel;
}

@ObjectType('Invitation', { description: 'A pending invitation; the link is shown once to the inviter.' })
export class InvitationModel {
  @Field(() => UserModel)
  user: UserModel;

  @Field()
  invitationUrl: string;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;
}

@ObjectType('InvitationPreview', { description: 'What the invited person sees before setting a password.' })
export class InvitationPreviewModel {
  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field()
  organisationName: string;

  @Field(() => LocaleEnum)
  locale: LocaleEnum;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;
}
