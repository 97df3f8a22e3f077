import { graphql } from '../../gql';

/** Product lines, service categories and tier definitions: small, and needed to put codes into words. */
export const TierCatalogueQuery = graphql(`
  query TierCatalogue {
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
    tiers {
      id
      code
      rank
      nameDe
      nameEn
      descriptionDe
      descriptionEn
      knowledgeLevel
      mayDelegate
      listedInLocator
      mayShowBadge
      entitlements {
        productLineId
        serviceCategoryIds
      }
      requirements {
        certifiedTechnicians
        courseCodes
        annualTraining
      }
    }
  }
`);

export const GrantFieldsFragment = graphql(`
  fragment GrantFields on TierGrant {
    id
    partnerId
    partnerName
    status
    validFrom
    validUntil
    suspendedUntil
    suspensionCause
    createdAt
    updatedAt
    productLine {
      id
      code
      nameDe
      nameEn
    }
    tier {
      id
      code
      rank
      nameDe
      nameEn
    }
  }
`);

export const GrantHistoryFragment = graphql(`
  fragment GrantHistoryFields on TierGrantEvent {
    id
    grantId
    action
    reason
    actorName
    occurredAt
    before
    after
  }
`);

export const TierRequestFieldsFragment = graphql(`
  fragment TierRequestFields on TierRequest {
    id
    partnerId
    partnerName
    justification
    status
    requestedAt
    requestedByName
    decidedAt
    decisionReason
    grantId
    productLine {
      id
      code
      nameDe
      nameEn
    }
    tier {
      id
      code
      rank
      nameDe
      nameEn
    }
  }
`);

export const PartnerNetworkQuery = graphql(`
  query PartnerNetwork($filter: NetworkFilterInput, $sort: NetworkSortInput, $page: PageInput) {
    partnerNetwork(filter: $filter, sort: $sort, page: $page) {
      totalCount
      offset
      hasMore
      items {
        id
        name
        city
        postalCode
        status
        atRisk
        grants {
          ...GrantFields
        }
      }
    }
  }
`);

/** All grants of one partner (live and past) with their history; a partner has a handful at most. */
export const PartnerGrantsQuery = graphql(`
  query PartnerGrants($partnerId: ID!) {
    tierGrants(filter: { partnerId: $partnerId }, page: { limit: 100 }) {
      totalCount
      items {
        ...GrantFields
        history {
          ...GrantHistoryFields
        }
      }
    }
  }
`);

export const PartnerOrganisationQuery = graphql(`
  query PartnerOrganisation($id: ID!) {
    organisation(id: $id) {
      id
      name
      legalName
      kind
      status
      street
      postalCode
      city
      country
      createdAt
    }
  }
`);

export const TierRequestsQuery = graphql(`
  query TierRequests($filter: TierRequestFilterInput, $page: PageInput) {
    tierRequests(filter: $filter, page: $page) {
      totalCount
      offset
      hasMore
      items {
        ...TierRequestFields
      }
    }
  }
`);

export const GrantTierMutation = graphql(`
  mutation GrantTier($input: GrantTierInput!) {
    grantTier(input: $input) {
      ...GrantFields
    }
  }
`);

export const RenewTierGrantMutation = graphql(`
  mutation RenewTierGrant($input: RenewGrantInput!) {
    renewTierGrant(input: $input) {
      ...GrantFields
    }
  }
`);

export const ChangeGrantTierMutation = graphql(`
  mutation ChangeGrantTier($input: ChangeGrantTierInput!) {
    changeGrantTier(input: $input) {
      ...GrantFields
    }
  }
`);

export const SuspendTierGrantMutation = graphql(`
  mutation SuspendTierGrant($input: SuspendGrantInput!) {
    suspendTierGrant(input: $input) {
      ...GrantFields
    }
  }
`);

export const LiftTierGrantSuspensionMutation = graphql(`
  mutation LiftTierGrantSuspension($input: GrantReasonInput!) {
    liftTierGrantSuspension(input: $input) {
      ...GrantFields
    }
  }
`);

export const RevokeTierGrantMutation = graphql(`
  mutation RevokeTierGrant($input: GrantReasonInput!) {
    revokeTierGrant(input: $input) {
      ...GrantFields
    }
  }
`);

export const RequestTierMutation = graphql(`
  mutation RequestTier($input: RequestTierInput!) {
    requestTier(input: $input) {
      ...TierRequestFields
    }
  }
`);

export const WithdrawTierRequestMutation = graphql(`
  mutation WithdrawTierRequest($id: ID!) {
    withdrawTierRequest(id: $id) {
      id
      status
    }
  }
`);

export const ApproveTierRequestMutation = graphql(`
  mutation ApproveTierRequest($input: ApproveTierRequestInput!) {
    approveTierRequest(input: $input) {
      id
      status
    }
  }
`);

export const RejectTierRequestMutation = graphql(`
  mutation RejectTierRequest($input: RejectTierRequestInput!) {
    rejectTierRequest(input: $input) {
      id
      status
    }
  }
`);

/** Requirements of the current and the next tier per product line, checked against training records. */
export const TierComplianceQuery = graphql(`
  query TierCompliance($partnerId: ID) {
    tierCompliance(partnerId: $partnerId) {
      partnerId
      expiringCertificates {
        id
        holderName
        courseCode
        validUntil
      }
      productLines {
        productLineId
        current {
          ...TierComplianceFields
        }
        next {
          ...TierComplianceFields
        }
      }
    }
  }
`);

export const TierComplianceFieldsFragment = graphql(`
  fragment TierComplianceFields on TierCompliance {
    tierId
    tierCode
    rank
    fulfilled
    requirements {
      kind
      courseCode
      required
      actual
      fulfilled
    }
  }
`);
