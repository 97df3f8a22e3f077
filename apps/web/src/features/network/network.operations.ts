import { graphql } from '../../gql';

export const OrganisationsQuery = graphql(`
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
`);

export const CreatePartnerOrganisationMutation = graphql(`
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
`);

export const SetOrganisationStatusMutation = graphql(`
  mutation SetOrganisationStatus($id: ID!, $status: OrganisationStatus!, $reason: String!) {
    setOrganisationStatus(id: $id, status: $status, reason: $reason) {
      id
      status
    }
  }
`);
