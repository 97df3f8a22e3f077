import { graphql } from '../../gql';

/** Product lines and service categories: public, small, and needed to put ids into words. */
export const SubcontractingCatalogueQuery = graphql(`
  query SubcontractingCatalogue {
    productLines {
      id
      code
      nameDe
      nameEn
      active
    }
    serviceCategories {
      id
      code
      nameDe
      nameEn
      active
    }
  }
`);

export const SubcontractorFieldsFragment = graphql(`
  fragment SubcontractorFields on Subcontractor {
    id
    subcontractorId
    name
    street
    postalCode
    city
    tradeRegisterNumber
    contactName
    contactEmail
    contactPhone
    partnerId
    partnerName
    status
    createdAt
    activeDelegations
  }
`);

export const DelegationFieldsFragment = graphql(`
  fragment DelegationFields on Delegation {
    id
    relationshipId
    partnerId
    partnerName
    subcontractorId
    subcontractorName
    productLineId
    serviceCategoryId
    status
    suspensionCause
    validFrom
    validUntil
    justification
    decisionReason
    decidedAt
    createdAt
    updatedAt
  }
`);

export const SubcontractorsQuery = graphql(`
  query Subcontractors($includeEnded: Boolean!) {
    subcontractors(includeEnded: $includeEnded) {
      ...SubcontractorFields
    }
  }
`);

export const SubcontractorQuery = graphql(`
  query Subcontractor($id: ID!) {
    subcontractor(id: $id) {
      ...SubcontractorFields
    }
  }
`);

export const DelegationsQuery = graphql(`
  query Delegations($status: DelegationStatus, $partnerId: ID, $subcontractorId: ID, $productLineId: ID, $page: PageInput) {
    delegations(status: $status, partnerId: $partnerId, subcontractorId: $subcontractorId, productLineId: $productLineId, page: $page) {
      items {
        ...DelegationFields
      }
      offset
      totalCount
      hasMore
    }
  }
`);

export const DelegationHistoryQuery = graphql(`
  query DelegationHistory($id: ID!) {
    delegationHistory(id: $id) {
      id
      action
      fromStatus
      toStatus
      reason
      actorName
      occurredAt
    }
  }
`);

export const RegisterSubcontractorMutation = graphql(`
  mutation RegisterSubcontractor($input: RegisterSubcontractorInput!) {
    registerSubcontractor(input: $input) {
      ...SubcontractorFields
    }
  }
`);

export const EndSubcontractorRelationshipMutation = graphql(`
  mutation EndSubcontractorRelationship($id: ID!, $reason: String!) {
    endSubcontractorRelationship(id: $id, reason: $reason) {
      ...SubcontractorFields
    }
  }
`);

export const InviteSubcontractorUserMutation = graphql(`
  mutation InviteSubcontractorUser($relationshipId: ID!, $email: String!, $displayName: String!, $locale: String!) {
    inviteSubcontractorUser(relationshipId: $relationshipId, email: $email, displayName: $displayName, locale: $locale) {
      invitationUrl
      expiresAt
      user {
        id
        email
      }
    }
  }
`);

export const RequestDelegationMutation = graphql(`
  mutation RequestDelegation($input: RequestDelegationInput!) {
    requestDelegation(input: $input) {
      ...DelegationFields
    }
  }
`);

export const DecideDelegationMutation = graphql(`
  mutation DecideDelegation($id: ID!, $decision: DelegationDecision!, $reason: String!, $validFrom: LocalDate, $validUntil: LocalDate) {
    decideDelegation(id: $id, decision: $decision, reason: $reason, validFrom: $validFrom, validUntil: $validUntil) {
      ...DelegationFields
    }
  }
`);

/** What a subcontractor user may read: the API restricts the search to its permitted product lines and services. */
export const PermittedKnowledgeQuery = graphql(`
  query PermittedKnowledge($input: KnowledgeSearchInput!) {
    knowledgeSearch(input: $input) {
      total
      totalIsLowerBound
      hasMore
      hits {
        article {
          id
          title
          summary
          kind
          productLineIds
          serviceCategoryIds
        }
      }
    }
  }
`);
