/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuditEvents($filter: AuditFilterInput, $page: PageInput) {\n    auditEvents(filter: $filter, page: $page) {\n      totalCount\n      offset\n      hasMore\n      items {\n        id\n        occurredAt\n        action\n        entityType\n        entityId\n        actorEmail\n        organisationId\n        before\n        after\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query Organisations($filter: OrganisationFilterInput, $sort: OrganisationSortInput, $page: PageInput) {\n    organisations(filter: $filter, sort: $sort, page: $page) {\n      totalCount\n      offset\n      hasMore\n      items {\n        id\n        name\n        legalName\n        kind\n        status\n        postalCode\n        city\n        country\n        createdAt\n      }\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  mutation CreatePartnerOrganisation($input: CreatePartnerOrganisationInput!) {\n    createPartnerOrganisation(input: $input) {\n      organisation {\n        id\n        name\n      }\n      invitation {\n        invitationUrl\n        expiresAt\n        user {\n          id\n          email\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.CreatePartnerOrganisationDocument,
    "\n  mutation SetOrganisationStatus($id: ID!, $status: OrganisationStatus!, $reason: String!) {\n    setOrganisationStatus(id: $id, status: $status, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.SetOrganisationStatusDocument,
    "\n  query Users($filter: UserFilterInput, $sort: UserSortInput, $page: PageInput) {\n    users(filter: $filter, sort: $sort, page: $page) {\n      totalCount\n      offset\n      hasMore\n      items {\n        id\n        email\n        displayName\n        roles\n        status\n        locale\n        organisationId\n        organisationName\n        createdAt\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      invitationUrl\n      expiresAt\n      user {\n        id\n        email\n        displayName\n      }\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      invitationUrl\n      expiresAt\n      user {\n        id\n        email\n        displayName\n      }\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      displayName\n      email\n      organisationName\n      locale\n      expiresAt\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    email\n    displayName\n    locale\n    roles\n    permissions\n    organisation {\n      id\n      name\n      kind\n      status\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
};
const documents: Documents = {
    "\n  query AuditEvents($filter: AuditFilterInput, $page: PageInput) {\n    auditEvents(filter: $filter, page: $page) {\n      totalCount\n      offset\n      hasMore\n      items {\n        id\n        occurredAt\n        action\n        entityType\n        entityId\n        actorEmail\n        organisationId\n        before\n        after\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query Organisations($filter: OrganisationFilterInput, $sort: OrganisationSortInput, $page: PageInput) {\n    organisations(filter: $filter, sort: $sort, page: $page) {\n      totalCount\n      offset\n      hasMore\n      items {\n        id\n        name\n        legalName\n        kind\n        status\n        postalCode\n        city\n        country\n        createdAt\n      }\n    }\n  }\n": types.OrganisationsDocument,
    "\n  mutation CreatePartnerOrganisation($input: CreatePartnerOrganisationInput!) {\n    createPartnerOrganisation(input: $input) {\n      organisation {\n        id\n        name\n      }\n      invitation {\n        invitationUrl\n        expiresAt\n        user {\n          id\n          email\n          displayName\n        }\n      }\n    }\n  }\n": types.CreatePartnerOrganisationDocument,
    "\n  mutation SetOrganisationStatus($id: ID!, $status: OrganisationStatus!, $reason: String!) {\n    setOrganisationStatus(id: $id, status: $status, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.SetOrganisationStatusDocument,
    "\n  query Users($filter: UserFilterInput, $sort: UserSortInput, $page: PageInput) {\n    users(filter: $filter, sort: $sort, page: $page) {\n      totalCount\n      offset\n      hasMore\n      items {\n        id\n        email\n        displayName\n        roles\n        status\n        locale\n        organisationId\n        organisationName\n        createdAt\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      invitationUrl\n      expiresAt\n      user {\n        id\n        email\n        displayName\n      }\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      invitationUrl\n      expiresAt\n      user {\n        id\n        email\n        displayName\n      }\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      status\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      status\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      displayName\n      email\n      organisationName\n      locale\n      expiresAt\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    email\n    displayName\n    locale\n    roles\n    permissions\n    organisation {\n      id\n      name\n      kind\n      status\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditFilterInput, $page: PageInput) {\n    auditEvents(filter: $filter, page: $page) {\n      totalCount\n      offset\n      hasMore\n      items {\n        id\n        occurredAt\n        action\n        entityType\n        entityId\n        actorEmail\n        organisationId\n        before\n        after\n      }\n    }\n  }\n"): typeof import('./graphql').AuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations($filter: OrganisationFilterInput, $sort: OrganisationSortInput, $page: PageInput) {\n    organisations(filter: $filter, sort: $sort, page: $page) {\n      totalCount\n      offset\n      hasMore\n      items {\n        id\n        name\n        legalName\n        kind\n        status\n        postalCode\n        city\n        country\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePartnerOrganisation($input: CreatePartnerOrganisationInput!) {\n    createPartnerOrganisation(input: $input) {\n      organisation {\n        id\n        name\n      }\n      invitation {\n        invitationUrl\n        expiresAt\n        user {\n          id\n          email\n          displayName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CreatePartnerOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOrganisationStatus($id: ID!, $status: OrganisationStatus!, $reason: String!) {\n    setOrganisationStatus(id: $id, status: $status, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SetOrganisationStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($filter: UserFilterInput, $sort: UserSortInput, $page: PageInput) {\n    users(filter: $filter, sort: $sort, page: $page) {\n      totalCount\n      offset\n      hasMore\n      items {\n        id\n        email\n        displayName\n        roles\n        status\n        locale\n        organisationId\n        organisationName\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      invitationUrl\n      expiresAt\n      user {\n        id\n        email\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').InviteUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      invitationUrl\n      expiresAt\n      user {\n        id\n        email\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').ResendInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').DeactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ReactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      displayName\n      email\n      organisationName\n      locale\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').InvitationPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    id\n    email\n    displayName\n    locale\n    roles\n    permissions\n    organisation {\n      id\n      name\n      kind\n      status\n    }\n  }\n"): typeof import('./graphql').ViewerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): typeof import('./graphql').UpdateMyProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
