import { graphql } from '../../gql';

/** Product lines and service categories are public: the locator offers them for choice. */
export const LocatorCatalogueQuery = graphql(`
  query LocatorCatalogue {
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

export const FindPartnersQuery = graphql(`
  query FindPartners(
    $productLineId: ID!
    $serviceCategoryId: ID
    $postalCode: String
    $place: String
    $latitude: Float
    $longitude: Float
    $radiusKm: Float
  ) {
    findPartners(
      productLineId: $productLineId
      serviceCategoryId: $serviceCategoryId
      postalCode: $postalCode
      place: $place
      latitude: $latitude
      longitude: $longitude
      radiusKm: $radiusKm
      page: { limit: 50 }
    ) {
      totalCount
      items {
        partnerId
        name
        tierCode
        tierNameDe
        tierNameEn
        tierRank
        distanceKm
        street
        postalCode
        city
        phone
        openingHours
        services
      }
    }
  }
`);

export const VerifyBadgeQuery = graphql(`
  query VerifyBadge($code: String!) {
    verifyBadge(code: $code) {
      status
      badgeAllowed
      partnerName
      city
      tierCode
      tierNameDe
      tierNameEn
      productLineNameDe
      productLineNameEn
      validUntil
    }
  }
`);

export const VerifyCertificateQuery = graphql(`
  query VerifyCertificate($code: String!) {
    verifyCertificate(code: $code) {
      validity
      holderName
      organisationName
      courseTitleDe
      courseTitleEn
      validUntil
    }
  }
`);

export const MyBadgesQuery = graphql(`
  query MyBadges {
    myBadges {
      code
      productLineId
      productLineCode
      snippet
      svgUrl
      verifyUrl
    }
  }
`);

export const PartnerPresenceQuery = graphql(`
  query PartnerPresence($organisationId: ID) {
    partnerPresence(organisationId: $organisationId) {
      locations {
        id
        name
        street
        postalCode
        city
        country
        phone
        openingHours
        latitude
        longitude
      }
      areas {
        postalPrefix
        productLineId
      }
    }
  }
`);

export const SaveLocationMutation = graphql(`
  mutation SaveLocation($id: ID, $input: LocationInput!) {
    saveLocation(id: $id, input: $input) {
      id
    }
  }
`);

export const DeleteLocationMutation = graphql(`
  mutation DeleteLocation($id: ID!) {
    deleteLocation(id: $id)
  }
`);

export const SetServiceAreasMutation = graphql(`
  mutation SetServiceAreas($areas: [ServiceAreaInput!]!, $organisationId: ID) {
    setServiceAreas(areas: $areas, organisationId: $organisationId) {
      postalPrefix
    }
  }
`);
