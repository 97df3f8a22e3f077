import { graphql } from '../../gql';

export const UsersQuery = graphql(`
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
`);

export const InviteUserMutation = graphql(`
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
`);

export const ResendInvitationMutation = graphql(`
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
`);

export const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($id: ID!) {
    deactivateUser(id: $id) {
      id
      status
    }
  }
`);

export const ReactivateUserMutation = graphql(`
  mutation ReactivateUser($id: ID!) {
    reactivateUser(id: $id) {
      id
      status
    }
  }
`);
