/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcceptInvitationInput = {
  /** At least 10 characters. */
  password: string;
  token: string;
};

export type AuditFilterInput = {
  /** Exact action, e.g. user.invite, or a prefix ending in a dot, e.g. user. */
  action?: string | null | undefined;
  actorUserId?: string | number | null | undefined;
  entityId?: string | null | undefined;
  entityType?: string | null | undefined;
  from?: string | null | undefined;
  organisationId?: string | number | null | undefined;
  to?: string | null | undefined;
};

export type ChangePasswordInput = {
  currentPassword: string;
  /** At least 10 characters. */
  newPassword: string;
};

export type CreatePartnerOrganisationInput = {
  city?: string;
  /** ISO 3166-1 alpha-2, e.g. DE */
  country: string;
  firstAdmin: FirstAdminInput;
  /** PARTNER or SUBCONTRACTOR */
  kind?: OrganisationKind;
  legalName: string;
  name: string;
  postalCode?: string;
  street?: string;
};

export type FirstAdminInput = {
  displayName: string;
  email: string;
  locale?: Locale;
};

export type InviteUserInput = {
  displayName: string;
  email: string;
  locale?: Locale;
  /** Defaults to the inviter's own organisation. */
  organisationId?: string | number | null | undefined;
  roles: Array<Role>;
};

export type Locale =
  | 'de'
  | 'en';

export type LoginInput = {
  email: string;
  password: string;
};

export type OrganisationFilterInput = {
  kind?: OrganisationKind | null | undefined;
  /** Matches name, legal name or city. */
  search?: string | null | undefined;
  status?: OrganisationStatus | null | undefined;
};

export type OrganisationKind =
  | 'MANUFACTURER'
  | 'PARTNER'
  | 'SUBCONTRACTOR';

export type OrganisationSortField =
  | 'CITY'
  | 'CREATED_AT'
  | 'NAME'
  | 'STATUS';

export type OrganisationSortInput = {
  direction?: SortDirection;
  field?: OrganisationSortField;
};

export type OrganisationStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'ONBOARDING'
  | 'SUSPENDED';

/** Offset pagination; at most 100 items a page. */
export type PageInput = {
  limit?: number;
  offset?: number;
};

export type Role =
  | 'ADMIN'
  | 'HOTLINE_AGENT'
  | 'KNOWLEDGE_EDITOR'
  | 'PARTNER_ADMIN'
  | 'PARTNER_MANAGER'
  | 'SUBCONTRACTOR_USER'
  | 'TECHNICIAN'
  | 'TRAINING_MANAGER';

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type UpdateProfileInput = {
  displayName?: string | null | undefined;
  locale?: Locale | null | undefined;
};

export type UserFilterInput = {
  organisationId?: string | number | null | undefined;
  /** Matches name or e-mail. */
  search?: string | null | undefined;
  status?: UserStatus | null | undefined;
};

export type UserSortField =
  | 'CREATED_AT'
  | 'DISPLAY_NAME'
  | 'EMAIL';

export type UserSortInput = {
  direction?: SortDirection;
  field?: UserSortField;
};

export type UserStatus =
  | 'ACTIVE'
  | 'DEACTIVATED'
  | 'INVITED';

export type AuditEventsQueryVariables = Exact<{
  filter?: AuditFilterInput | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type AuditEventsQuery = { auditEvents: { totalCount: number, offset: number, hasMore: boolean, items: Array<{ id: string, occurredAt: string, action: string, entityType: string, entityId: string, actorEmail: string | null, organisationId: string | null, before: Record<string, unknown> | null, after: Record<string, unknown> | null }> } };

export type OrganisationsQueryVariables = Exact<{
  filter?: OrganisationFilterInput | null | undefined;
  sort?: OrganisationSortInput | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type OrganisationsQuery = { organisations: { totalCount: number, offset: number, hasMore: boolean, items: Array<{ id: string, name: string, legalName: string, kind: OrganisationKind, status: OrganisationStatus, postalCode: string, city: string, country: string, createdAt: string }> } };

export type CreatePartnerOrganisationMutationVariables = Exact<{
  input: CreatePartnerOrganisationInput;
}>;


export type CreatePartnerOrganisationMutation = { createPartnerOrganisation: { organisation: { id: string, name: string }, invitation: { invitationUrl: string, expiresAt: string, user: { id: string, email: string, displayName: string } } } };

export type SetOrganisationStatusMutationVariables = Exact<{
  id: string | number;
  status: OrganisationStatus;
  reason: string;
}>;


export type SetOrganisationStatusMutation = { setOrganisationStatus: { id: string, status: OrganisationStatus } };

export type UsersQueryVariables = Exact<{
  filter?: UserFilterInput | null | undefined;
  sort?: UserSortInput | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type UsersQuery = { users: { totalCount: number, offset: number, hasMore: boolean, items: Array<{ id: string, email: string, displayName: string, roles: Array<Role>, status: UserStatus, locale: Locale, organisationId: string, organisationName: string, createdAt: string }> } };

export type InviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteUserMutation = { inviteUser: { invitationUrl: string, expiresAt: string, user: { id: string, email: string, displayName: string } } };

export type ResendInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type ResendInvitationMutation = { resendInvitation: { invitationUrl: string, expiresAt: string, user: { id: string, email: string, displayName: string } } };

export type DeactivateUserMutationVariables = Exact<{
  id: string | number;
}>;


export type DeactivateUserMutation = { deactivateUser: { id: string, status: UserStatus } };

export type ReactivateUserMutationVariables = Exact<{
  id: string | number;
}>;


export type ReactivateUserMutation = { reactivateUser: { id: string, status: UserStatus } };

export type InvitationPreviewQueryVariables = Exact<{
  token: string;
}>;


export type InvitationPreviewQuery = { invitation: { displayName: string, email: string, organisationName: string, locale: Locale, expiresAt: string } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { viewer: { id: string, email: string, displayName: string, locale: Locale, roles: Array<Role>, permissions: Array<string>, organisation: { id: string, name: string, kind: OrganisationKind, status: OrganisationStatus } } } };

export type ViewerFieldsFragment = { id: string, email: string, displayName: string, locale: Locale, roles: Array<Role>, permissions: Array<string>, organisation: { id: string, name: string, kind: OrganisationKind, status: OrganisationStatus } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, displayName: string, locale: Locale, roles: Array<Role>, permissions: Array<string>, organisation: { id: string, name: string, kind: OrganisationKind, status: OrganisationStatus } } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { viewer: { id: string, email: string, displayName: string, locale: Locale, roles: Array<Role>, permissions: Array<string>, organisation: { id: string, name: string, kind: OrganisationKind, status: OrganisationStatus } } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type UpdateMyProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateMyProfileMutation = { updateMyProfile: { id: string, email: string, displayName: string, locale: Locale, roles: Array<Role>, permissions: Array<string>, organisation: { id: string, name: string, kind: OrganisationKind, status: OrganisationStatus } } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ViewerFieldsFragmentDoc = new TypedDocumentString(`
    fragment ViewerFields on Viewer {
  id
  email
  displayName
  locale
  roles
  permissions
  organisation {
    id
    name
    kind
    status
  }
}
    `, {"fragmentName":"ViewerFields"}) as unknown as TypedDocumentString<ViewerFieldsFragment, unknown>;
export const AuditEventsDocument = new TypedDocumentString(`
    query AuditEvents($filter: AuditFilterInput, $page: PageInput) {
  auditEvents(filter: $filter, page: $page) {
    totalCount
    offset
    hasMore
    items {
      id
      occurredAt
      action
      entityType
      entityId
      actorEmail
      organisationId
      before
      after
    }
  }
}
    `) as unknown as TypedDocumentString<AuditEventsQuery, AuditEventsQueryVariables>;
export const OrganisationsDocument = new TypedDocumentString(`
    query Organisations($filter: OrganisationFilterInput, $sort: OrganisationSortInput, $page: PageInput) {
  organisations(filter: $filter, sort: $sort, page: $page) {
    totalCount
    offset
    hasMore
    items {
      id
      name
      legalName
      kind
      status
      postalCode
      city
      country
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationsQuery, OrganisationsQueryVariables>;
export const CreatePartnerOrganisationDocument = new TypedDocumentString(`
    mutation CreatePartnerOrganisation($input: CreatePartnerOrganisationInput!) {
  createPartnerOrganisation(input: $input) {
    organisation {
      id
      name
    }
    invitation {
      invitationUrl
      expiresAt
      user {
        id
        email
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CreatePartnerOrganisationMutation, CreatePartnerOrganisationMutationVariables>;
export const SetOrganisationStatusDocument = new TypedDocumentString(`
    mutation SetOrganisationStatus($id: ID!, $status: OrganisationStatus!, $reason: String!) {
  setOrganisationStatus(id: $id, status: $status, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SetOrganisationStatusMutation, SetOrganisationStatusMutationVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users($filter: UserFilterInput, $sort: UserSortInput, $page: PageInput) {
  users(filter: $filter, sort: $sort, page: $page) {
    totalCount
    offset
    hasMore
    items {
      id
      email
      displayName
      roles
      status
      locale
      organisationId
      organisationName
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const InviteUserDocument = new TypedDocumentString(`
    mutation InviteUser($input: InviteUserInput!) {
  inviteUser(input: $input) {
    invitationUrl
    expiresAt
    user {
      id
      email
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<InviteUserMutation, InviteUserMutationVariables>;
export const ResendInvitationDocument = new TypedDocumentString(`
    mutation ResendInvitation($id: ID!) {
  resendInvitation(id: $id) {
    invitationUrl
    expiresAt
    user {
      id
      email
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<ResendInvitationMutation, ResendInvitationMutationVariables>;
export const DeactivateUserDocument = new TypedDocumentString(`
    mutation DeactivateUser($id: ID!) {
  deactivateUser(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const ReactivateUserDocument = new TypedDocumentString(`
    mutation ReactivateUser($id: ID!) {
  reactivateUser(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReactivateUserMutation, ReactivateUserMutationVariables>;
export const InvitationPreviewDocument = new TypedDocumentString(`
    query InvitationPreview($token: String!) {
  invitation(token: $token) {
    displayName
    email
    organisationName
    locale
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    viewer {
      ...ViewerFields
    }
  }
}
    fragment ViewerFields on Viewer {
  id
  email
  displayName
  locale
  roles
  permissions
  organisation {
    id
    name
    kind
    status
  }
}`) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...ViewerFields
  }
}
    fragment ViewerFields on Viewer {
  id
  email
  displayName
  locale
  roles
  permissions
  organisation {
    id
    name
    kind
    status
  }
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    viewer {
      ...ViewerFields
    }
  }
}
    fragment ViewerFields on Viewer {
  id
  email
  displayName
  locale
  roles
  permissions
  organisation {
    id
    name
    kind
    status
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const UpdateMyProfileDocument = new TypedDocumentString(`
    mutation UpdateMyProfile($input: UpdateProfileInput!) {
  updateMyProfile(input: $input) {
    ...ViewerFields
  }
}
    fragment ViewerFields on Viewer {
  id
  email
  displayName
  locale
  roles
  permissions
  organisation {
    id
    name
    kind
    status
  }
}`) as unknown as TypedDocumentString<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;