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
    "\n  query LocatorCatalogue {\n    productLines {\n      id\n      code\n      nameDe\n      nameEn\n      active\n    }\n    serviceCategories {\n      id\n      code\n      nameDe\n      nameEn\n      active\n    }\n  }\n": typeof types.LocatorCatalogueDocument,
    "\n  query FindPartners(\n    $productLineId: ID!\n    $serviceCategoryId: ID\n    $postalCode: String\n    $place: String\n    $latitude: Float\n    $longitude: Float\n    $radiusKm: Float\n  ) {\n    findPartners(\n      productLineId: $productLineId\n      serviceCategoryId: $serviceCategoryId\n      postalCode: $postalCode\n      place: $place\n      latitude: $latitude\n      longitude: $longitude\n      radiusKm: $radiusKm\n      page: { limit: 50 }\n    ) {\n      totalCount\n      items {\n        partnerId\n        name\n        tierCode\n        tierNameDe\n        tierNameEn\n        tierRank\n        distanceKm\n        street\n        postalCode\n        city\n        phone\n        openingHours\n        services\n      }\n    }\n  }\n": typeof types.FindPartnersDocument,
    "\n  query VerifyBadge($code: String!) {\n    verifyBadge(code: $code) {\n      status\n      badgeAllowed\n      partnerName\n      city\n      tierCode\n      tierNameDe\n      tierNameEn\n      productLineNameDe\n      productLineNameEn\n      validUntil\n    }\n  }\n": typeof types.VerifyBadgeDocument,
    "\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      validity\n      holderName\n      organisationName\n      courseTitleDe\n      courseTitleEn\n      validUntil\n    }\n  }\n": typeof types.VerifyCertificateDocument,
    "\n  query MyBadges {\n    myBadges {\n      code\n      productLineId\n      productLineCode\n      snippet\n      svgUrl\n      verifyUrl\n    }\n  }\n": typeof types.MyBadgesDocument,
    "\n  query PartnerPresence($organisationId: ID) {\n    partnerPresence(organisationId: $organisationId) {\n      locations {\n        id\n        name\n        street\n        postalCode\n        city\n        country\n        phone\n        openingHours\n        latitude\n        longitude\n      }\n      areas {\n        postalPrefix\n        productLineId\n      }\n    }\n  }\n": typeof types.PartnerPresenceDocument,
    "\n  mutation SaveLocation($id: ID, $input: LocationInput!) {\n    saveLocation(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.SaveLocationDocument,
    "\n  mutation DeleteLocation($id: ID!) {\n    deleteLocation(id: $id)\n  }\n": typeof types.DeleteLocationDocument,
    "\n  mutation SetServiceAreas($areas: [ServiceAreaInput!]!, $organisationId: ID) {\n    setServiceAreas(areas: $areas, organisationId: $organisationId) {\n      postalPrefix\n    }\n  }\n": typeof types.SetServiceAreasDocument,
    "\n  fragment ArticleFields on Article {\n    id\n    kind\n    status\n    title\n    summary\n    body\n    language\n    audience\n    minTierRank\n    limitedToProductLines\n    reviewBy\n    productLineIds\n    serviceCategoryIds\n    tags\n    codes\n    authorId\n    authorName\n    authorOrganisationId\n    authorOrganisationName\n    ownerId\n    ownerName\n    lastEditorName\n    version\n    revision\n    publishedAt\n    firstPublishedAt\n    createdAt\n    updatedAt\n    helpfulCount\n    unhelpfulCount\n    solvedCount\n    viewCount\n    openFlagCount\n    myRating\n    usedBySelf\n    allowedActions\n  }\n": typeof types.ArticleFieldsFragmentDoc,
    "\n  fragment ArticleSummaryFields on ArticleSummary {\n    id\n    kind\n    status\n    title\n    summary\n    language\n    audience\n    productLineIds\n    serviceCategoryIds\n    codes\n    tags\n    authorOrganisationName\n    version\n    publishedAt\n    updatedAt\n    reviewBy\n    openFlagCount\n    helpfulCount\n    unhelpfulCount\n  }\n": typeof types.ArticleSummaryFieldsFragmentDoc,
    "\n  query KnowledgeSearch($input: KnowledgeSearchInput!) {\n    knowledgeSearch(input: $input) {\n      query\n      total\n      totalIsLowerBound\n      hasMore\n      offset\n      correctedQuery\n      didYouMean\n      searchId\n      hits {\n        titleRuns\n        snippetRuns\n        article {\n          id\n          kind\n          language\n          codes\n        }\n      }\n      facets {\n        productLines {\n          value\n          count\n        }\n        serviceCategories {\n          value\n          count\n        }\n        kinds {\n          value\n          count\n        }\n        languages {\n          value\n          count\n        }\n      }\n    }\n  }\n": typeof types.KnowledgeSearchDocument,
    "\n  query Article($id: ID!) {\n    article(id: $id) {\n      ...ArticleFields\n    }\n  }\n": typeof types.ArticleDocument,
    "\n  query Articles($scope: ArticleListScope!, $status: ArticleStatus, $sort: ArticleSort!, $page: PageInput) {\n    articles(scope: $scope, status: $status, sort: $sort, page: $page) {\n      totalCount\n      offset\n      hasMore\n      items {\n        ...ArticleSummaryFields\n      }\n    }\n  }\n": typeof types.ArticlesDocument,
    "\n  query ArticleVersions($id: ID!) {\n    articleVersions(id: $id) {\n      version\n      title\n      summary\n      body\n      createdAt\n      editedByName\n    }\n  }\n": typeof types.ArticleVersionsDocument,
    "\n  query ArticleEvents($id: ID!) {\n    articleEvents(id: $id) {\n      id\n      action\n      actorName\n      comment\n      fromStatus\n      toStatus\n      occurredAt\n    }\n  }\n": typeof types.ArticleEventsDocument,
    "\n  query ArticleFlags($status: ArticleFlagStatus!, $page: PageInput) {\n    articleFlags(status: $status, page: $page) {\n      totalCount\n      offset\n      hasMore\n      items {\n        id\n        articleId\n        articleTitle\n        reason\n        comment\n        status\n        resolution\n        createdAt\n        raisedByName\n        raisedByOrganisationName\n      }\n    }\n  }\n": typeof types.ArticleFlagsDocument,
    "\n  query SearchAnalytics($days: Int!) {\n    knowledgeSearchAnalytics(days: $days) {\n      days\n      searches\n      clickThrough\n      topQueries {\n        query\n        searches\n        averageResults\n        clickThrough\n      }\n      zeroResultQueries {\n        query\n        searches\n        averageResults\n        clickThrough\n      }\n    }\n  }\n": typeof types.SearchAnalyticsDocument,
    "\n  mutation CreateArticle($input: ArticleInput!) {\n    createArticle(input: $input) {\n      ...ArticleFields\n    }\n  }\n": typeof types.CreateArticleDocument,
    "\n  mutation UpdateArticle($id: ID!, $expectedRevision: Int!, $input: ArticleInput!) {\n    updateArticle(id: $id, expectedRevision: $expectedRevision, input: $input) {\n      ...ArticleFields\n    }\n  }\n": typeof types.UpdateArticleDocument,
    "\n  mutation TransitionArticle($id: ID!, $action: ArticleTransition!, $expectedRevision: Int!, $comment: String!) {\n    transitionArticle(id: $id, action: $action, expectedRevision: $expectedRevision, comment: $comment) {\n      ...ArticleFields\n    }\n  }\n": typeof types.TransitionArticleDocument,
    "\n  mutation CommentOnArticle($id: ID!, $comment: String!) {\n    commentOnArticle(id: $id, comment: $comment) {\n      id\n    }\n  }\n": typeof types.CommentOnArticleDocument,
    "\n  mutation RateArticle($id: ID!, $helpful: Boolean!) {\n    rateArticle(id: $id, helpful: $helpful) {\n      ...ArticleFields\n    }\n  }\n": typeof types.RateArticleDocument,
    "\n  mutation WithdrawArticleRating($id: ID!) {\n    withdrawArticleRating(id: $id) {\n      ...ArticleFields\n    }\n  }\n": typeof types.WithdrawArticleRatingDocument,
    "\n  mutation FlagArticle($id: ID!, $reason: ArticleFlagReason!, $comment: String!) {\n    flagArticle(id: $id, reason: $reason, comment: $comment) {\n      id\n    }\n  }\n": typeof types.FlagArticleDocument,
    "\n  mutation ResolveArticleFlag($flagId: ID!, $resolution: String!) {\n    resolveArticleFlag(flagId: $flagId, resolution: $resolution) {\n      id\n      status\n    }\n  }\n": typeof types.ResolveArticleFlagDocument,
    "\n  mutation RecordArticleView($id: ID!, $searchId: ID, $position: Int) {\n    recordArticleView(id: $id, searchId: $searchId, position: $position) {\n      id\n      viewCount\n    }\n  }\n": typeof types.RecordArticleViewDocument,
    "\n  mutation MarkArticleSolved($id: ID!, $searchId: ID, $position: Int) {\n    markArticleSolved(id: $id, searchId: $searchId, position: $position) {\n      ...ArticleFields\n    }\n  }\n": typeof types.MarkArticleSolvedDocument,
    "\n  query Organisations($filter: OrganisationFilterInput, $sort: OrganisationSortInput, $page: PageInput) {\n    organisations(filter: $filter, sort: $sort, page: $page) {\n      totalCount\n      offset\n      hasMore\n      items {\n        id\n        name\n        legalName\n        kind\n        status\n        postalCode\n        city\n        country\n        createdAt\n      }\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  mutation CreatePartnerOrganisation($input: CreatePartnerOrganisationInput!) {\n    createPartnerOrganisation(input: $input) {\n      organisation {\n        id\n        name\n      }\n      invitation {\n        invitationUrl\n        expiresAt\n        user {\n          id\n          email\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.CreatePartnerOrganisationDocument,
    "\n  mutation SetOrganisationStatus($id: ID!, $status: OrganisationStatus!, $reason: String!) {\n    setOrganisationStatus(id: $id, status: $status, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.SetOrganisationStatusDocument,
    "\n  query SubcontractingCatalogue {\n    productLines {\n      id\n      code\n      nameDe\n      nameEn\n      active\n    }\n    serviceCategories {\n      id\n      code\n      nameDe\n      nameEn\n      active\n    }\n  }\n": typeof types.SubcontractingCatalogueDocument,
    "\n  fragment SubcontractorFields on Subcontractor {\n    id\n    subcontractorId\n    name\n    street\n    postalCode\n    city\n    tradeRegisterNumber\n    contactName\n    contactEmail\n    contactPhone\n    partnerId\n    partnerName\n    status\n    createdAt\n    activeDelegations\n  }\n": typeof types.SubcontractorFieldsFragmentDoc,
    "\n  fragment DelegationFields on Delegation {\n    id\n    relationshipId\n    partnerId\n    partnerName\n    subcontractorId\n    subcontractorName\n    productLineId\n    serviceCategoryId\n    status\n    suspensionCause\n    validFrom\n    validUntil\n    justification\n    decisionReason\n    decidedAt\n    createdAt\n    updatedAt\n  }\n": typeof types.DelegationFieldsFragmentDoc,
    "\n  query Subcontractors($includeEnded: Boolean!) {\n    subcontractors(includeEnded: $includeEnded) {\n      ...SubcontractorFields\n    }\n  }\n": typeof types.SubcontractorsDocument,
    "\n  query Subcontractor($id: ID!) {\n    subcontractor(id: $id) {\n      ...SubcontractorFields\n    }\n  }\n": typeof types.SubcontractorDocument,
    "\n  query Delegations($status: DelegationStatus, $partnerId: ID, $subcontractorId: ID, $productLineId: ID, $page: PageInput) {\n    delegations(status: $status, partnerId: $partnerId, subcontractorId: $subcontractorId, productLineId: $productLineId, page: $page) {\n      items {\n        ...DelegationFields\n      }\n      offset\n      totalCount\n      hasMore\n    }\n  }\n": typeof types.DelegationsDocument,
    "\n  query DelegationHistory($id: ID!) {\n    delegationHistory(id: $id) {\n      id\n      action\n      fromStatus\n      toStatus\n      reason\n      actorName\n      occurredAt\n    }\n  }\n": typeof types.DelegationHistoryDocument,
    "\n  mutation RegisterSubcontractor($input: RegisterSubcontractorInput!) {\n    registerSubcontractor(input: $input) {\n      ...SubcontractorFields\n    }\n  }\n": typeof types.RegisterSubcontractorDocument,
    "\n  mutation EndSubcontractorRelationship($id: ID!, $reason: String!) {\n    endSubcontractorRelationship(id: $id, reason: $reason) {\n      ...SubcontractorFields\n    }\n  }\n": typeof types.EndSubcontractorRelationshipDocument,
    "\n  mutation InviteSubcontractorUser($relationshipId: ID!, $email: String!, $displayName: String!, $locale: String!) {\n    inviteSubcontractorUser(relationshipId: $relationshipId, email: $email, displayName: $displayName, locale: $locale) {\n      invitationUrl\n      expiresAt\n      user {\n        id\n        email\n      }\n    }\n  }\n": typeof types.InviteSubcontractorUserDocument,
    "\n  mutation RequestDelegation($input: RequestDelegationInput!) {\n    requestDelegation(input: $input) {\n      ...DelegationFields\n    }\n  }\n": typeof types.RequestDelegationDocument,
    "\n  mutation DecideDelegation($id: ID!, $decision: DelegationDecision!, $reason: String!, $validFrom: LocalDate, $validUntil: LocalDate) {\n    decideDelegation(id: $id, decision: $decision, reason: $reason, validFrom: $validFrom, validUntil: $validUntil) {\n      ...DelegationFields\n    }\n  }\n": typeof types.DecideDelegationDocument,
    "\n  query PermittedKnowledge($input: KnowledgeSearchInput!) {\n    knowledgeSearch(input: $input) {\n      total\n      totalIsLowerBound\n      hasMore\n      hits {\n        article {\n          id\n          title\n          summary\n          kind\n          productLineIds\n          serviceCategoryIds\n        }\n      }\n    }\n  }\n": typeof types.PermittedKnowledgeDocument,
    "\n  query TierCatalogue {\n    productLines {\n      id\n      code\n      nameDe\n      nameEn\n      active\n    }\n    serviceCategories {\n      id\n      code\n      nameDe\n      nameEn\n      active\n    }\n    tiers {\n      id\n      code\n      rank\n      nameDe\n      nameEn\n      descriptionDe\n      descriptionEn\n      knowledgeLevel\n      mayDelegate\n      listedInLocator\n      mayShowBadge\n      entitlements {\n        productLineId\n        serviceCategoryIds\n      }\n      requirements {\n        certifiedTechnicians\n        courseCodes\n        annualTraining\n      }\n    }\n  }\n": typeof types.TierCatalogueDocument,
    "\n  fragment GrantFields on TierGrant {\n    id\n    partnerId\n    partnerName\n    status\n    validFrom\n    validUntil\n    suspendedUntil\n    suspensionCause\n    createdAt\n    updatedAt\n    productLine {\n      id\n      code\n      nameDe\n      nameEn\n    }\n    tier {\n      id\n      code\n      rank\n      nameDe\n      nameEn\n    }\n  }\n": typeof types.GrantFieldsFragmentDoc,
    "\n  fragment GrantHistoryFields on TierGrantEvent {\n    id\n    grantId\n    action\n    reason\n    actorName\n    occurredAt\n    before\n    after\n  }\n": typeof types.GrantHistoryFieldsFragmentDoc,
    "\n  fragment TierRequestFields on TierRequest {\n    id\n    partnerId\n    partnerName\n    justification\n    status\n    requestedAt\n    requestedByName\n    decidedAt\n    decisionReason\n    grantId\n    productLine {\n      id\n      code\n      nameDe\n      nameEn\n    }\n    tier {\n      id\n      code\n      rank\n      nameDe\n      nameEn\n    }\n  }\n": typeof types.TierRequestFieldsFragmentDoc,
    "\n  query PartnerNetwork($filter: NetworkFilterInput, $sort: NetworkSortInput, $page: PageInput) {\n    partnerNetwork(filter: $filter, sort: $sort, page: $page) {\n      totalCount\n      offset\n      hasMore\n      items {\n        id\n        name\n        city\n        postalCode\n        status\n        atRisk\n        grants {\n          ...GrantFields\n        }\n      }\n    }\n  }\n": typeof types.PartnerNetworkDocument,
    "\n  query PartnerGrants($partnerId: ID!) {\n    tierGrants(filter: { partnerId: $partnerId }, page: { limit: 100 }) {\n      totalCount\n      items {\n        ...GrantFields\n        history {\n          ...GrantHistoryFields\n        }\n      }\n    }\n  }\n": typeof types.PartnerGrantsDocument,
    "\n  query PartnerOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      legalName\n      kind\n      status\n      street\n      postalCode\n      city\n      country\n      createdAt\n    }\n  }\n": typeof types.PartnerOrganisationDocument,
    "\n  query TierRequests($filter: TierRequestFilterInput, $page: PageInput) {\n    tierRequests(filter: $filter, page: $page) {\n      totalCount\n      offset\n      hasMore\n      items {\n        ...TierRequestFields\n      }\n    }\n  }\n": typeof types.TierRequestsDocument,
    "\n  mutation GrantTier($input: GrantTierInput!) {\n    grantTier(input: $input) {\n      ...GrantFields\n    }\n  }\n": typeof types.GrantTierDocument,
    "\n  mutation RenewTierGrant($input: RenewGrantInput!) {\n    renewTierGrant(input: $input) {\n      ...GrantFields\n    }\n  }\n": typeof types.RenewTierGrantDocument,
    "\n  mutation ChangeGrantTier($input: ChangeGrantTierInput!) {\n    changeGrantTier(input: $input) {\n      ...GrantFields\n    }\n  }\n": typeof types.ChangeGrantTierDocument,
    "\n  mutation SuspendTierGrant($input: SuspendGrantInput!) {\n    suspendTierGrant(input: $input) {\n      ...GrantFields\n    }\n  }\n": typeof types.SuspendTierGrantDocument,
    "\n  mutation LiftTierGrantSuspension($input: GrantReasonInput!) {\n    liftTierGrantSuspension(input: $input) {\n      ...GrantFields\n    }\n  }\n": typeof types.LiftTierGrantSuspensionDocument,
    "\n  mutation RevokeTierGrant($input: GrantReasonInput!) {\n    revokeTierGrant(input: $input) {\n      ...GrantFields\n    }\n  }\n": typeof types.RevokeTierGrantDocument,
    "\n  mutation RequestTier($input: RequestTierInput!) {\n    requestTier(input: $input) {\n      ...TierRequestFields\n    }\n  }\n": typeof types.RequestTierDocument,
    "\n  mutation WithdrawTierRequest($id: ID!) {\n    withdrawTierRequest(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawTierRequestDocument,
    "\n  mutation ApproveTierRequest($input: ApproveTierRequestInput!) {\n    approveTierRequest(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ApproveTierRequestDocument,
    "\n  mutation RejectTierRequest($input: RejectTierRequestInput!) {\n    rejectTierRequest(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RejectTierRequestDocument,
    "\n  query TierCompliance($partnerId: ID) {\n    tierCompliance(partnerId: $partnerId) {\n      partnerId\n      expiringCertificates {\n        id\n        holderName\n        courseCode\n        validUntil\n      }\n      productLines {\n        productLineId\n        current {\n          ...TierComplianceFields\n        }\n        next {\n          ...TierComplianceFields\n        }\n      }\n    }\n  }\n": typeof types.TierComplianceDocument,
    "\n  fragment TierComplianceFields on TierCompliance {\n    tierId\n    tierCode\n    rank\n    fulfilled\n    requirements {\n      kind\n      courseCode\n      required\n      actual\n      fulfilled\n    }\n  }\n": typeof types.TierComplianceFieldsFragmentDoc,
    "\n  query Courses {\n    courses {\n      id\n      code\n      titleDe\n      titleEn\n      format\n      productLineId\n    }\n  }\n": typeof types.CoursesDocument,
    "\n  query TrainingSessions($filter: SessionFilterInput, $page: PageInput) {\n    trainingSessions(filter: $filter, page: $page) {\n      totalCount\n      offset\n      hasMore\n      items {\n        id\n        courseId\n        courseCode\n        courseTitleDe\n        courseTitleEn\n        format\n        startsAt\n        endsAt\n        language\n        region\n        venue\n        capacity\n        seatsLeft\n        waitlistLength\n        status\n        timeZone\n        trainer\n        onlineUrl\n        seatCapPerOrganisation\n        bookingDeadline\n        cancellationDeadline\n      }\n    }\n  }\n": typeof types.TrainingSessionsDocument,
    "\n  query Bookings($sessionId: ID, $page: PageInput) {\n    bookings(sessionId: $sessionId, page: $page) {\n      totalCount\n      offset\n      hasMore\n      items {\n        id\n        sessionId\n        courseTitleDe\n        courseTitleEn\n        startsAt\n        participantId\n        participantName\n        organisationName\n        status\n        waitlistPosition\n      }\n    }\n  }\n": typeof types.BookingsDocument,
    "\n  query Certificates {\n    certificates {\n      id\n      code\n      courseCode\n      courseTitleDe\n      courseTitleEn\n      holderName\n      issuedOn\n      validUntil\n      revokedAt\n    }\n  }\n": typeof types.CertificatesDocument,
    "\n  query TeamMembers($page: PageInput) {\n    users(filter: { status: ACTIVE }, page: $page) {\n      items {\n        id\n        displayName\n        email\n      }\n    }\n  }\n": typeof types.TeamMembersDocument,
    "\n  mutation BookSeat($input: BookSeatInput!) {\n    bookSeat(input: $input) {\n      id\n      participantName\n      status\n      waitlistPosition\n    }\n  }\n": typeof types.BookSeatDocument,
    "\n  mutation CancelBooking($id: ID!) {\n    cancelBooking(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CancelBookingDocument,
    "\n  mutation MarkAttendance($input: AttendanceInput!) {\n    markAttendance(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.MarkAttendanceDocument,
    "\n  mutation CreateTrainingSession($input: SessionInput!) {\n    createTrainingSession(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateTrainingSessionDocument,
    "\n  query TrainingNeeds($status: TrainingNeedStatus) {\n    trainingNeeds(status: $status) {\n      id\n      organisationName\n      courseId\n      courseCode\n      topic\n      people\n      preferredFrom\n      preferredTo\n      region\n      format\n      status\n      sessionId\n      createdAt\n    }\n  }\n": typeof types.TrainingNeedsDocument,
    "\n  query TrainingNeedSummary {\n    trainingNeedSummary {\n      courseId\n      courseCode\n      topic\n      region\n      month\n      people\n      partners\n      needIds\n    }\n  }\n": typeof types.TrainingNeedSummaryDocument,
    "\n  mutation StateTrainingNeed($input: TrainingNeedInput!) {\n    stateTrainingNeed(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.StateTrainingNeedDocument,
    "\n  mutation CloseTrainingNeed($id: ID!) {\n    closeTrainingNeed(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CloseTrainingNeedDocument,
    "\n  mutation PlanSessionFromNeeds($needIds: [ID!]!, $session: SessionInput!, $priorityDays: Int!) {\n    planSessionFromNeeds(needIds: $needIds, session: $session, priorityDays: $priorityDays) {\n      id\n      startsAt\n    }\n  }\n": typeof types.PlanSessionFromNeedsDocument,
    "\n  mutation UpdateTrainingSession($id: ID!, $input: SessionInput!) {\n    updateTrainingSession(id: $id, input: $input) {\n      id\n      startsAt\n      venue\n    }\n  }\n": typeof types.UpdateTrainingSessionDocument,
    "\n  mutation CancelTrainingSession($id: ID!, $reason: String!) {\n    cancelTrainingSession(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.CancelTrainingSessionDocument,
    "\n  query Enrolments {\n    enrolments {\n      id\n      courseId\n      courseCode\n      courseTitleDe\n      courseTitleEn\n      participantId\n      participantName\n      status\n      enrolledAt\n      completedAt\n    }\n  }\n": typeof types.EnrolmentsDocument,
    "\n  mutation EnrolInCourse($courseId: ID!, $participantId: ID) {\n    enrolInCourse(courseId: $courseId, participantId: $participantId) {\n      id\n      participantName\n      status\n    }\n  }\n": typeof types.EnrolInCourseDocument,
    "\n  mutation WithdrawEnrolment($id: ID!) {\n    withdrawEnrolment(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawEnrolmentDocument,
    "\n  mutation CompleteEnrolment($id: ID!) {\n    completeEnrolment(id: $id) {\n      id\n      status\n      completedAt\n    }\n  }\n": typeof types.CompleteEnrolmentDocument,
    "\n  query CalendarFeed {\n    calendarFeedCreatedAt\n  }\n": typeof types.CalendarFeedDocument,
    "\n  mutation CreateCalendarFeed {\n    createCalendarFeed\n  }\n": typeof types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": typeof types.RevokeCalendarFeedDocument,
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
    "\n  query UnreadNotifications {\n    notifications(unreadOnly: true, page: { limit: 1 }) {\n      unreadCount\n    }\n  }\n": typeof types.UnreadNotificationsDocument,
    "\n  query Notifications($page: PageInput) {\n    notifications(page: $page) {\n      unreadCount\n      totalCount\n      items {\n        id\n        kind\n        params\n        createdAt\n        readAt\n      }\n    }\n    productLines {\n      id\n      code\n      nameDe\n      nameEn\n    }\n    tiers {\n      id\n      code\n      nameDe\n      nameEn\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
};
const documents: Documents = {
    "\n  query AuditEvents($filter: AuditFilterInput, $page: PageInput) {\n    auditEvents(filter: $filter, page: $page) {\n      totalCount\n      offset\n      hasMore\n      items {\n        id\n        occurredAt\n        action\n        entityType\n        entityId\n        actorEmail\n        organisationId\n        before\n        after\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query LocatorCatalogue {\n    productLines {\n      id\n      code\n      nameDe\n      nameEn\n      active\n    }\n    serviceCategories {\n      id\n      code\n      nameDe\n      nameEn\n      active\n    }\n  }\n": types.LocatorCatalogueDocument,
    "\n  query FindPartners(\n    $productLineId: ID!\n    $serviceCategoryId: ID\n    $postalCode: String\n    $place: String\n    $latitude: Float\n    $longitude: Float\n    $radiusKm: Float\n  ) {\n    findPartners(\n      productLineId: $productLineId\n      serviceCategoryId: $serviceCategoryId\n      postalCode: $postalCode\n      place: $place\n      latitude: $latitude\n      longitude: $longitude\n      radiusKm: $radiusKm\n      page: { limit: 50 }\n    ) {\n      totalCount\n      items {\n        partnerId\n        name\n        tierCode\n        tierNameDe\n        tierNameEn\n        tierRank\n        distanceKm\n        street\n        postalCode\n        city\n        phone\n        openingHours\n        services\n      }\n    }\n  }\n": types.FindPartnersDocument,
    "\n  query VerifyBadge($code: String!) {\n    verifyBadge(code: $code) {\n      status\n      badgeAllowed\n      partnerName\n      city\n      tierCode\n      tierNameDe\n      tierNameEn\n      productLineNameDe\n      productLineNameEn\n      validUntil\n    }\n  }\n": types.VerifyBadgeDocument,
    "\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      validity\n      holderName\n      organisationName\n      courseTitleDe\n      courseTitleEn\n      validUntil\n    }\n  }\n": types.VerifyCertificateDocument,
    "\n  query MyBadges {\n    myBadges {\n      code\n      productLineId\n      productLineCode\n      snippet\n      svgUrl\n      verifyUrl\n    }\n  }\n": types.MyBadgesDocument,
    "\n  query PartnerPresence($organisationId: ID) {\n    partnerPresence(organisationId: $organisationId) {\n      locations {\n        id\n        name\n        street\n        postalCode\n        city\n        country\n        phone\n        openingHours\n        latitude\n        longitude\n      }\n      areas {\n        postalPrefix\n        productLineId\n      }\n    }\n  }\n": types.PartnerPresenceDocument,
    "\n  mutation SaveLocation($id: ID, $input: LocationInput!) {\n    saveLocation(id: $id, input: $input) {\n      id\n    }\n  }\n": types.SaveLocationDocument,
    "\n  mutation DeleteLocation($id: ID!) {\n    deleteLocation(id: $id)\n  }\n": types.DeleteLocationDocument,
    "\n  mutation SetServiceAreas($areas: [ServiceAreaInput!]!, $organisationId: ID) {\n    setServiceAreas(areas: $areas, organisationId: $organisationId) {\n      postalPrefix\n    }\n  }\n": types.SetServiceAreasDocument,
    "\n  fragment ArticleFields on Article {\n    id\n    kind\n    status\n    title\n    summary\n    body\n    language\n    audience\n    minTierRank\n    limitedToProductLines\n    reviewBy\n    productLineIds\n    serviceCategoryIds\n    tags\n    codes\n    authorId\n    authorName\n    authorOrganisationId\n    authorOrganisationName\n    ownerId\n    ownerName\n    lastEditorName\n    version\n    revision\n    publishedAt\n    firstPublishedAt\n    createdAt\n    updatedAt\n    helpfulCount\n    unhelpfulCount\n    solvedCount\n    viewCount\n    openFlagCount\n    myRating\n    usedBySelf\n    allowedActions\n  }\n": types.ArticleFieldsFragmentDoc,
    "\n  fragment ArticleSummaryFields on ArticleSummary {\n    id\n    kind\n    status\n    title\n    summary\n    language\n    audience\n    productLineIds\n    serviceCategoryIds\n    codes\n    tags\n    authorOrganisationName\n    version\n    publishedAt\n    updatedAt\n    reviewBy\n    openFlagCount\n    helpfulCount\n    unhelpfulCount\n  }\n": types.ArticleSummaryFieldsFragmentDoc,
    "\n  query KnowledgeSearch($input: KnowledgeSearchInput!) {\n    knowledgeSearch(input: $input) {\n      query\n      total\n      totalIsLowerBound\n      hasMore\n      offset\n      correctedQuery\n      didYouMean\n      searchId\n      hits {\n        titleRuns\n        snippetRuns\n        article {\n          id\n          kind\n          language\n          codes\n        }\n      }\n      facets {\n        productLines {\n          value\n          count\n        }\n        serviceCategories {\n          value\n          count\n        }\n        kinds {\n          value\n          count\n        }\n        languages {\n          value\n          count\n        }\n      }\n    }\n  }\n": types.KnowledgeSearchDocument,
    "\n  query Article($id: ID!) {\n    article(id: $id) {\n      ...ArticleFields\n    }\n  }\n": types.ArticleDocument,
    "\n  query Articles($scope: ArticleListScope!, $status: ArticleStatus, $sort: ArticleSort!, $page: PageInput) {\n    articles(scope: $scope, status: $status, sort: $sort, page: $page) {\n      totalCount\n      offset\n      hasMore\n      items {\n        ...ArticleSummaryFields\n      }\n    }\n  }\n": types.ArticlesDocument,
    "\n  query ArticleVersions($id: ID!) {\n    articleVersions(id: $id) {\n      version\n      title\n      summary\n      body\n      createdAt\n      editedByName\n    }\n  }\n": types.ArticleVersionsDocument,
    "\n  query ArticleEvents($id: ID!) {\n    articleEvents(id: $id) {\n      id\n      action\n      actorName\n      comment\n      fromStatus\n      toStatus\n      occurredAt\n    }\n  }\n": types.ArticleEventsDocument,
    "\n  query ArticleFlags($status: ArticleFlagStatus!, $page: PageInput) {\n    articleFlags(status: $status, page: $page) {\n      totalCount\n      offset\n      hasMore\n      items {\n        id\n        articleId\n        articleTitle\n        reason\n        comment\n        status\n        resolution\n        createdAt\n        raisedByName\n        raisedByOrganisationName\n      }\n    }\n  }\n": types.ArticleFlagsDocument,
    "\n  query SearchAnalytics($days: Int!) {\n    knowledgeSearchAnalytics(days: $days) {\n      days\n      searches\n      clickThrough\n      topQueries {\n        query\n        searches\n        averageResults\n        clickThrough\n      }\n      zeroResultQueries {\n        query\n        searches\n        averageResults\n        clickThrough\n      }\n    }\n  }\n": types.SearchAnalyticsDocument,
    "\n  mutation CreateArticle($input: ArticleInput!) {\n    createArticle(input: $input) {\n      ...ArticleFields\n    }\n  }\n": types.CreateArticleDocument,
    "\n  mutation UpdateArticle($id: ID!, $expectedRevision: Int!, $input: ArticleInput!) {\n    updateArticle(id: $id, expectedRevision: $expectedRevision, input: $input) {\n      ...ArticleFields\n    }\n  }\n": types.UpdateArticleDocument,
    "\n  mutation TransitionArticle($id: ID!, $action: ArticleTransition!, $expectedRevision: Int!, $comment: String!) {\n    transitionArticle(id: $id, action: $action, expectedRevision: $expectedRevision, comment: $comment) {\n      ...ArticleFields\n    }\n  }\n": types.TransitionArticleDocument,
    "\n  mutation CommentOnArticle($id: ID!, $comment: String!) {\n    commentOnArticle(id: $id, comment: $comment) {\n      id\n    }\n  }\n": types.CommentOnArticleDocument,
    "\n  mutation RateArticle($id: ID!, $helpful: Boolean!) {\n    rateArticle(id: $id, helpful: $helpful) {\n      ...ArticleFields\n    }\n  }\n": types.RateArticleDocument,
    "\n  mutation WithdrawArticleRating($id: ID!) {\n    withdrawArticleRating(id: $id) {\n      ...ArticleFields\n    }\n  }\n": types.WithdrawArticleRatingDocument,
    "\n  mutation FlagArticle($id: ID!, $reason: ArticleFlagReason!, $comment: String!) {\n    flagArticle(id: $id, reason: $reason, comment: $comment) {\n      id\n    }\n  }\n": types.FlagArticleDocument,
    "\n  mutation ResolveArticleFlag($flagId: ID!, $resolution: String!) {\n    resolveArticleFlag(flagId: $flagId, resolution: $resolution) {\n      id\n      status\n    }\n  }\n": types.ResolveArticleFlagDocument,
    "\n  mutation RecordArticleView($id: ID!, $searchId: ID, $position: Int) {\n    recordArticleView(id: $id, searchId: $searchId, position: $position) {\n      id\n      viewCount\n    }\n  }\n": types.RecordArticleViewDocument,
    "\n  mutation MarkArticleSolved($id: ID!, $searchId: ID, $position: Int) {\n    markArticleSolved(id: $id, searchId: $searchId, position: $position) {\n      ...ArticleFields\n    }\n  }\n": types.MarkArticleSolvedDocument,
    "\n  query Organisations($filter: OrganisationFilterInput, $sort: OrganisationSortInput, $page: PageInput) {\n    organisations(filter: $filter, sort: $sort, page: $page) {\n      totalCount\n      offset\n      hasMore\n      items {\n        id\n        name\n        legalName\n        kind\n        status\n        postalCode\n        city\n        country\n        createdAt\n      }\n    }\n  }\n": types.OrganisationsDocument,
    "\n  mutation CreatePartnerOrganisation($input: CreatePartnerOrganisationInput!) {\n    createPartnerOrganisation(input: $input) {\n      organisation {\n        id\n        name\n      }\n      invitation {\n        invitationUrl\n        expiresAt\n        user {\n          id\n          email\n          displayName\n        }\n      }\n    }\n  }\n": types.CreatePartnerOrganisationDocument,
    "\n  mutation SetOrganisationStatus($id: ID!, $status: OrganisationStatus!, $reason: String!) {\n    setOrganisationStatus(id: $id, status: $status, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.SetOrganisationStatusDocument,
    "\n  query SubcontractingCatalogue {\n    productLines {\n      id\n      code\n      nameDe\n      nameEn\n      active\n    }\n    serviceCategories {\n      id\n      code\n      nameDe\n      nameEn\n      active\n    }\n  }\n": types.SubcontractingCatalogueDocument,
    "\n  fragment SubcontractorFields on Subcontractor {\n    id\n    subcontractorId\n    name\n    street\n    postalCode\n    city\n    tradeRegisterNumber\n    contactName\n    contactEmail\n    contactPhone\n    partnerId\n    partnerName\n    status\n    createdAt\n    activeDelegations\n  }\n": types.SubcontractorFieldsFragmentDoc,
    "\n  fragment DelegationFields on Delegation {\n    id\n    relationshipId\n    partnerId\n    partnerName\n    subcontractorId\n    subcontractorName\n    productLineId\n    serviceCategoryId\n    status\n    suspensionCause\n    validFrom\n    validUntil\n    justification\n    decisionReason\n    decidedAt\n    createdAt\n    updatedAt\n  }\n": types.DelegationFieldsFragmentDoc,
    "\n  query Subcontractors($includeEnded: Boolean!) {\n    subcontractors(includeEnded: $includeEnded) {\n      ...SubcontractorFields\n    }\n  }\n": types.SubcontractorsDocument,
    "\n  query Subcontractor($id: ID!) {\n    subcontractor(id: $id) {\n      ...SubcontractorFields\n    }\n  }\n": types.SubcontractorDocument,
    "\n  query Delegations($status: DelegationStatus, $partnerId: ID, $subcontractorId: ID, $productLineId: ID, $page: PageInput) {\n    delegations(status: $status, partnerId: $partnerId, subcontractorId: $subcontractorId, productLineId: $productLineId, page: $page) {\n      items {\n        ...DelegationFields\n      }\n      offset\n      totalCount\n      hasMore\n    }\n  }\n": types.DelegationsDocument,
    "\n  query DelegationHistory($id: ID!) {\n    delegationHistory(id: $id) {\n      id\n      action\n      fromStatus\n      toStatus\n      reason\n      actorName\n      occurredAt\n    }\n  }\n": types.DelegationHistoryDocument,
    "\n  mutation RegisterSubcontractor($input: RegisterSubcontractorInput!) {\n    registerSubcontractor(input: $input) {\n      ...SubcontractorFields\n    }\n  }\n": types.RegisterSubcontractorDocument,
    "\n  mutation EndSubcontractorRelationship($id: ID!, $reason: String!) {\n    endSubcontractorRelationship(id: $id, reason: $reason) {\n      ...SubcontractorFields\n    }\n  }\n": types.EndSubcontractorRelationshipDocument,
    "\n  mutation InviteSubcontractorUser($relationshipId: ID!, $email: String!, $displayName: String!, $locale: String!) {\n    inviteSubcontractorUser(relationshipId: $relationshipId, email: $email, displayName: $displayName, locale: $locale) {\n      invitationUrl\n      expiresAt\n      user {\n        id\n        email\n      }\n    }\n  }\n": types.InviteSubcontractorUserDocument,
    "\n  mutation RequestDelegation($input: RequestDelegationInput!) {\n    requestDelegation(input: $input) {\n      ...DelegationFields\n    }\n  }\n": types.RequestDelegationDocument,
    "\n  mutation DecideDelegation($id: ID!, $decision: DelegationDecision!, $reason: String!, $validFrom: LocalDate, $validUntil: LocalDate) {\n    decideDelegation(id: $id, decision: $decision, reason: $reason, validFrom: $validFrom, validUntil: $validUntil) {\n      ...DelegationFields\n    }\n  }\n": types.DecideDelegationDocument,
    "\n  query PermittedKnowledge($input: KnowledgeSearchInput!) {\n    knowledgeSearch(input: $input) {\n      total\n      totalIsLowerBound\n      hasMore\n      hits {\n        article {\n          id\n          title\n          summary\n          kind\n          productLineIds\n          serviceCategoryIds\n        }\n      }\n    }\n  }\n": types.PermittedKnowledgeDocument,
    "\n  query TierCatalogue {\n    productLines {\n      id\n      code\n      nameDe\n      nameEn\n      active\n    }\n    serviceCategories {\n      id\n      code\n      nameDe\n      nameEn\n      active\n    }\n    tiers {\n      id\n      code\n      rank\n      nameDe\n      nameEn\n      descriptionDe\n      descriptionEn\n      knowledgeLevel\n      mayDelegate\n      listedInLocator\n      mayShowBadge\n      entitlements {\n        productLineId\n        serviceCategoryIds\n      }\n      requirements {\n        certifiedTechnicians\n        courseCodes\n        annualTraining\n      }\n    }\n  }\n": types.TierCatalogueDocument,
    "\n  fragment GrantFields on TierGrant {\n    id\n    partnerId\n    partnerName\n    status\n    validFrom\n    validUntil\n    suspendedUntil\n    suspensionCause\n    createdAt\n    updatedAt\n    productLine {\n      id\n      code\n      nameDe\n      nameEn\n    }\n    tier {\n      id\n      code\n      rank\n      nameDe\n      nameEn\n    }\n  }\n": types.GrantFieldsFragmentDoc,
    "\n  fragment GrantHistoryFields on TierGrantEvent {\n    id\n    grantId\n    action\n    reason\n    actorName\n    occurredAt\n    before\n    after\n  }\n": types.GrantHistoryFieldsFragmentDoc,
    "\n  fragment TierRequestFields on TierRequest {\n    id\n    partnerId\n    partnerName\n    justification\n    status\n    requestedAt\n    requestedByName\n    decidedAt\n    decisionReason\n    grantId\n    productLine {\n      id\n      code\n      nameDe\n      nameEn\n    }\n    tier {\n      id\n      code\n      rank\n      nameDe\n      nameEn\n    }\n  }\n": types.TierRequestFieldsFragmentDoc,
    "\n  query PartnerNetwork($filter: NetworkFilterInput, $sort: NetworkSortInput, $page: PageInput) {\n    partnerNetwork(filter: $filter, sort: $sort, page: $page) {\n      totalCount\n      offset\n      hasMore\n      items {\n        id\n        name\n        city\n        postalCode\n        status\n        atRisk\n        grants {\n          ...GrantFields\n        }\n      }\n    }\n  }\n": types.PartnerNetworkDocument,
    "\n  query PartnerGrants($partnerId: ID!) {\n    tierGrants(filter: { partnerId: $partnerId }, page: { limit: 100 }) {\n      totalCount\n      items {\n        ...GrantFields\n        history {\n          ...GrantHistoryFields\n        }\n      }\n    }\n  }\n": types.PartnerGrantsDocument,
    "\n  query PartnerOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      legalName\n      kind\n      status\n      street\n      postalCode\n      city\n      country\n      createdAt\n    }\n  }\n": types.PartnerOrganisationDocument,
    "\n  query TierRequests($filter: TierRequestFilterInput, $page: PageInput) {\n    tierRequests(filter: $filter, page: $page) {\n      totalCount\n      offset\n      hasMore\n      items {\n        ...TierRequestFields\n      }\n    }\n  }\n": types.TierRequestsDocument,
    "\n  mutation GrantTier($input: GrantTierInput!) {\n    grantTier(input: $input) {\n      ...GrantFields\n    }\n  }\n": types.GrantTierDocument,
    "\n  mutation RenewTierGrant($input: RenewGrantInput!) {\n    renewTierGrant(input: $input) {\n      ...GrantFields\n    }\n  }\n": types.RenewTierGrantDocument,
    "\n  mutation ChangeGrantTier($input: ChangeGrantTierInput!) {\n    changeGrantTier(input: $input) {\n      ...GrantFields\n    }\n  }\n": types.ChangeGrantTierDocument,
    "\n  mutation SuspendTierGrant($input: SuspendGrantInput!) {\n    suspendTierGrant(input: $input) {\n      ...GrantFields\n    }\n  }\n": types.SuspendTierGrantDocument,
    "\n  mutation LiftTierGrantSuspension($input: GrantReasonInput!) {\n    liftTierGrantSuspension(input: $input) {\n      ...GrantFields\n    }\n  }\n": types.LiftTierGrantSuspensionDocument,
    "\n  mutation RevokeTierGrant($input: GrantReasonInput!) {\n    revokeTierGrant(input: $input) {\n      ...GrantFields\n    }\n  }\n": types.RevokeTierGrantDocument,
    "\n  mutation RequestTier($input: RequestTierInput!) {\n    requestTier(input: $input) {\n      ...TierRequestFields\n    }\n  }\n": types.RequestTierDocument,
    "\n  mutation WithdrawTierRequest($id: ID!) {\n    withdrawTierRequest(id: $id) {\n      id\n      status\n    }\n  }\n": types.WithdrawTierRequestDocument,
    "\n  mutation ApproveTierRequest($input: ApproveTierRequestInput!) {\n    approveTierRequest(input: $input) {\n      id\n      status\n    }\n  }\n": types.ApproveTierRequestDocument,
    "\n  mutation RejectTierRequest($input: RejectTierRequestInput!) {\n    rejectTierRequest(input: $input) {\n      id\n      status\n    }\n  }\n": types.RejectTierRequestDocument,
    "\n  query TierCompliance($partnerId: ID) {\n    tierCompliance(partnerId: $partnerId) {\n      partnerId\n      expiringCertificates {\n        id\n        holderName\n        courseCode\n        validUntil\n      }\n      productLines {\n        productLineId\n        current {\n          ...TierComplianceFields\n        }\n        next {\n          ...TierComplianceFields\n        }\n      }\n    }\n  }\n": types.TierComplianceDocument,
    "\n  fragment TierComplianceFields on TierCompliance {\n    tierId\n    tierCode\n    rank\n    fulfilled\n    requirements {\n      kind\n      courseCode\n      required\n      actual\n      fulfilled\n    }\n  }\n": types.TierComplianceFieldsFragmentDoc,
    "\n  query Courses {\n    courses {\n      id\n      code\n      titleDe\n      titleEn\n      format\n      productLineId\n    }\n  }\n": types.CoursesDocument,
    "\n  query TrainingSessions($filter: SessionFilterInput, $page: PageInput) {\n    trainingSessions(filter: $filter, page: $page) {\n      totalCount\n      offset\n      hasMore\n      items {\n        id\n        courseId\n        courseCode\n        courseTitleDe\n        courseTitleEn\n        format\n        startsAt\n        endsAt\n        language\n        region\n        venue\n        capacity\n        seatsLeft\n        waitlistLength\n        status\n        timeZone\n        trainer\n        onlineUrl\n        seatCapPerOrganisation\n        bookingDeadline\n        cancellationDeadline\n      }\n    }\n  }\n": types.TrainingSessionsDocument,
    "\n  query Bookings($sessionId: ID, $page: PageInput) {\n    bookings(sessionId: $sessionId, page: $page) {\n      totalCount\n      offset\n      hasMore\n      items {\n        id\n        sessionId\n        courseTitleDe\n        courseTitleEn\n        startsAt\n        participantId\n        participantName\n        organisationName\n        status\n        waitlistPosition\n      }\n    }\n  }\n": types.BookingsDocument,
    "\n  query Certificates {\n    certificates {\n      id\n      code\n      courseCode\n      courseTitleDe\n      courseTitleEn\n      holderName\n      issuedOn\n      validUntil\n      revokedAt\n    }\n  }\n": types.CertificatesDocument,
    "\n  query TeamMembers($page: PageInput) {\n    users(filter: { status: ACTIVE }, page: $page) {\n      items {\n        id\n        displayName\n        email\n      }\n    }\n  }\n": types.TeamMembersDocument,
    "\n  mutation BookSeat($input: BookSeatInput!) {\n    bookSeat(input: $input) {\n      id\n      participantName\n      status\n      waitlistPosition\n    }\n  }\n": types.BookSeatDocument,
    "\n  mutation CancelBooking($id: ID!) {\n    cancelBooking(id: $id) {\n      id\n      status\n    }\n  }\n": types.CancelBookingDocument,
    "\n  mutation MarkAttendance($input: AttendanceInput!) {\n    markAttendance(input: $input) {\n      id\n      status\n    }\n  }\n": types.MarkAttendanceDocument,
    "\n  mutation CreateTrainingSession($input: SessionInput!) {\n    createTrainingSession(input: $input) {\n      id\n    }\n  }\n": types.CreateTrainingSessionDocument,
    "\n  query TrainingNeeds($status: TrainingNeedStatus) {\n    trainingNeeds(status: $status) {\n      id\n      organisationName\n      courseId\n      courseCode\n      topic\n      people\n      preferredFrom\n      preferredTo\n      region\n      format\n      status\n      sessionId\n      createdAt\n    }\n  }\n": types.TrainingNeedsDocument,
    "\n  query TrainingNeedSummary {\n    trainingNeedSummary {\n      courseId\n      courseCode\n      topic\n      region\n      month\n      people\n      partners\n      needIds\n    }\n  }\n": types.TrainingNeedSummaryDocument,
    "\n  mutation StateTrainingNeed($input: TrainingNeedInput!) {\n    stateTrainingNeed(input: $input) {\n      id\n      status\n    }\n  }\n": types.StateTrainingNeedDocument,
    "\n  mutation CloseTrainingNeed($id: ID!) {\n    closeTrainingNeed(id: $id) {\n      id\n      status\n    }\n  }\n": types.CloseTrainingNeedDocument,
    "\n  mutation PlanSessionFromNeeds($needIds: [ID!]!, $session: SessionInput!, $priorityDays: Int!) {\n    planSessionFromNeeds(needIds: $needIds, session: $session, priorityDays: $priorityDays) {\n      id\n      startsAt\n    }\n  }\n": types.PlanSessionFromNeedsDocument,
    "\n  mutation UpdateTrainingSession($id: ID!, $input: SessionInput!) {\n    updateTrainingSession(id: $id, input: $input) {\n      id\n      startsAt\n      venue\n    }\n  }\n": types.UpdateTrainingSessionDocument,
    "\n  mutation CancelTrainingSession($id: ID!, $reason: String!) {\n    cancelTrainingSession(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.CancelTrainingSessionDocument,
    "\n  query Enrolments {\n    enrolments {\n      id\n      courseId\n      courseCode\n      courseTitleDe\n      courseTitleEn\n      participantId\n      participantName\n      status\n      enrolledAt\n      completedAt\n    }\n  }\n": types.EnrolmentsDocument,
    "\n  mutation EnrolInCourse($courseId: ID!, $participantId: ID) {\n    enrolInCourse(courseId: $courseId, participantId: $participantId) {\n      id\n      participantName\n      status\n    }\n  }\n": types.EnrolInCourseDocument,
    "\n  mutation WithdrawEnrolment($id: ID!) {\n    withdrawEnrolment(id: $id) {\n      id\n      status\n    }\n  }\n": types.WithdrawEnrolmentDocument,
    "\n  mutation CompleteEnrolment($id: ID!) {\n    completeEnrolment(id: $id) {\n      id\n      status\n      completedAt\n    }\n  }\n": types.CompleteEnrolmentDocument,
    "\n  query CalendarFeed {\n    calendarFeedCreatedAt\n  }\n": types.CalendarFeedDocument,
    "\n  mutation CreateCalendarFeed {\n    createCalendarFeed\n  }\n": types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": types.RevokeCalendarFeedDocument,
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
    "\n  query UnreadNotifications {\n    notifications(unreadOnly: true, page: { limit: 1 }) {\n      unreadCount\n    }\n  }\n": types.UnreadNotificationsDocument,
    "\n  query Notifications($page: PageInput) {\n    notifications(page: $page) {\n      unreadCount\n      totalCount\n      items {\n        id\n        kind\n        params\n        createdAt\n        readAt\n      }\n    }\n    productLines {\n      id\n      code\n      nameDe\n      nameEn\n    }\n    tiers {\n      id\n      code\n      nameDe\n      nameEn\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditFilterInput, $page: PageInput) {\n    auditEvents(filter: $filter, page: $page) {\n      totalCount\n      offset\n      hasMore\n      items {\n        id\n        occurredAt\n        action\n        entityType\n        entityId\n        actorEmail\n        organisationId\n        before\n        after\n      }\n    }\n  }\n"): typeof import('./graphql').AuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LocatorCatalogue {\n    productLines {\n      id\n      code\n      nameDe\n      nameEn\n      active\n    }\n    serviceCategories {\n      id\n      code\n      nameDe\n      nameEn\n      active\n    }\n  }\n"): typeof import('./graphql').LocatorCatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindPartners(\n    $productLineId: ID!\n    $serviceCategoryId: ID\n    $postalCode: String\n    $place: String\n    $latitude: Float\n    $longitude: Float\n    $radiusKm: Float\n  ) {\n    findPartners(\n      productLineId: $productLineId\n      serviceCategoryId: $serviceCategoryId\n      postalCode: $postalCode\n      place: $place\n      latitude: $latitude\n      longitude: $longitude\n      radiusKm: $radiusKm\n      page: { limit: 50 }\n    ) {\n      totalCount\n      items {\n        partnerId\n        name\n        tierCode\n        tierNameDe\n        tierNameEn\n        tierRank\n        distanceKm\n        street\n        postalCode\n        city\n        phone\n        openingHours\n        services\n      }\n    }\n  }\n"): typeof import('./graphql').FindPartnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyBadge($code: String!) {\n    verifyBadge(code: $code) {\n      status\n      badgeAllowed\n      partnerName\n      city\n      tierCode\n      tierNameDe\n      tierNameEn\n      productLineNameDe\n      productLineNameEn\n      validUntil\n    }\n  }\n"): typeof import('./graphql').VerifyBadgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      validity\n      holderName\n      organisationName\n      courseTitleDe\n      courseTitleEn\n      validUntil\n    }\n  }\n"): typeof import('./graphql').VerifyCertificateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyBadges {\n    myBadges {\n      code\n      productLineId\n      productLineCode\n      snippet\n      svgUrl\n      verifyUrl\n    }\n  }\n"): typeof import('./graphql').MyBadgesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerPresence($organisationId: ID) {\n    partnerPresence(organisationId: $organisationId) {\n      locations {\n        id\n        name\n        street\n        postalCode\n        city\n        country\n        phone\n        openingHours\n        latitude\n        longitude\n      }\n      areas {\n        postalPrefix\n        productLineId\n      }\n    }\n  }\n"): typeof import('./graphql').PartnerPresenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveLocation($id: ID, $input: LocationInput!) {\n    saveLocation(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SaveLocationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLocation($id: ID!) {\n    deleteLocation(id: $id)\n  }\n"): typeof import('./graphql').DeleteLocationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetServiceAreas($areas: [ServiceAreaInput!]!, $organisationId: ID) {\n    setServiceAreas(areas: $areas, organisationId: $organisationId) {\n      postalPrefix\n    }\n  }\n"): typeof import('./graphql').SetServiceAreasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleFields on Article {\n    id\n    kind\n    status\n    title\n    summary\n    body\n    language\n    audience\n    minTierRank\n    limitedToProductLines\n    reviewBy\n    productLineIds\n    serviceCategoryIds\n    tags\n    codes\n    authorId\n    authorName\n    authorOrganisationId\n    authorOrganisationName\n    ownerId\n    ownerName\n    lastEditorName\n    version\n    revision\n    publishedAt\n    firstPublishedAt\n    createdAt\n    updatedAt\n    helpfulCount\n    unhelpfulCount\n    solvedCount\n    viewCount\n    openFlagCount\n    myRating\n    usedBySelf\n    allowedActions\n  }\n"): typeof import('./graphql').ArticleFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleSummaryFields on ArticleSummary {\n    id\n    kind\n    status\n    title\n    summary\n    language\n    audience\n    productLineIds\n    serviceCategoryIds\n    codes\n    tags\n    authorOrganisationName\n    version\n    publishedAt\n    updatedAt\n    reviewBy\n    openFlagCount\n    helpfulCount\n    unhelpfulCount\n  }\n"): typeof import('./graphql').ArticleSummaryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeSearch($input: KnowledgeSearchInput!) {\n    knowledgeSearch(input: $input) {\n      query\n      total\n      totalIsLowerBound\n      hasMore\n      offset\n      correctedQuery\n      didYouMean\n      searchId\n      hits {\n        titleRuns\n        snippetRuns\n        article {\n          id\n          kind\n          language\n          codes\n        }\n      }\n      facets {\n        productLines {\n          value\n          count\n        }\n        serviceCategories {\n          value\n          count\n        }\n        kinds {\n          value\n          count\n        }\n        languages {\n          value\n          count\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').KnowledgeSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Article($id: ID!) {\n    article(id: $id) {\n      ...ArticleFields\n    }\n  }\n"): typeof import('./graphql').ArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Articles($scope: ArticleListScope!, $status: ArticleStatus, $sort: ArticleSort!, $page: PageInput) {\n    articles(scope: $scope, status: $status, sort: $sort, page: $page) {\n      totalCount\n      offset\n      hasMore\n      items {\n        ...ArticleSummaryFields\n      }\n    }\n  }\n"): typeof import('./graphql').ArticlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleVersions($id: ID!) {\n    articleVersions(id: $id) {\n      version\n      title\n      summary\n      body\n      createdAt\n      editedByName\n    }\n  }\n"): typeof import('./graphql').ArticleVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleEvents($id: ID!) {\n    articleEvents(id: $id) {\n      id\n      action\n      actorName\n      comment\n      fromStatus\n      toStatus\n      occurredAt\n    }\n  }\n"): typeof import('./graphql').ArticleEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleFlags($status: ArticleFlagStatus!, $page: PageInput) {\n    articleFlags(status: $status, page: $page) {\n      totalCount\n      offset\n      hasMore\n      items {\n        id\n        articleId\n        articleTitle\n        reason\n        comment\n        status\n        resolution\n        createdAt\n        raisedByName\n        raisedByOrganisationName\n      }\n    }\n  }\n"): typeof import('./graphql').ArticleFlagsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchAnalytics($days: Int!) {\n    knowledgeSearchAnalytics(days: $days) {\n      days\n      searches\n      clickThrough\n      topQueries {\n        query\n        searches\n        averageResults\n        clickThrough\n      }\n      zeroResultQueries {\n        query\n        searches\n        averageResults\n        clickThrough\n      }\n    }\n  }\n"): typeof import('./graphql').SearchAnalyticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateArticle($input: ArticleInput!) {\n    createArticle(input: $input) {\n      ...ArticleFields\n    }\n  }\n"): typeof import('./graphql').CreateArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateArticle($id: ID!, $expectedRevision: Int!, $input: ArticleInput!) {\n    updateArticle(id: $id, expectedRevision: $expectedRevision, input: $input) {\n      ...ArticleFields\n    }\n  }\n"): typeof import('./graphql').UpdateArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionArticle($id: ID!, $action: ArticleTransition!, $expectedRevision: Int!, $comment: String!) {\n    transitionArticle(id: $id, action: $action, expectedRevision: $expectedRevision, comment: $comment) {\n      ...ArticleFields\n    }\n  }\n"): typeof import('./graphql').TransitionArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnArticle($id: ID!, $comment: String!) {\n    commentOnArticle(id: $id, comment: $comment) {\n      id\n    }\n  }\n"): typeof import('./graphql').CommentOnArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateArticle($id: ID!, $helpful: Boolean!) {\n    rateArticle(id: $id, helpful: $helpful) {\n      ...ArticleFields\n    }\n  }\n"): typeof import('./graphql').RateArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawArticleRating($id: ID!) {\n    withdrawArticleRating(id: $id) {\n      ...ArticleFields\n    }\n  }\n"): typeof import('./graphql').WithdrawArticleRatingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlagArticle($id: ID!, $reason: ArticleFlagReason!, $comment: String!) {\n    flagArticle(id: $id, reason: $reason, comment: $comment) {\n      id\n    }\n  }\n"): typeof import('./graphql').FlagArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveArticleFlag($flagId: ID!, $resolution: String!) {\n    resolveArticleFlag(flagId: $flagId, resolution: $resolution) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ResolveArticleFlagDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordArticleView($id: ID!, $searchId: ID, $position: Int) {\n    recordArticleView(id: $id, searchId: $searchId, position: $position) {\n      id\n      viewCount\n    }\n  }\n"): typeof import('./graphql').RecordArticleViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkArticleSolved($id: ID!, $searchId: ID, $position: Int) {\n    markArticleSolved(id: $id, searchId: $searchId, position: $position) {\n      ...ArticleFields\n    }\n  }\n"): typeof import('./graphql').MarkArticleSolvedDocument;
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
export function graphql(source: "\n  query SubcontractingCatalogue {\n    productLines {\n      id\n      code\n      nameDe\n      nameEn\n      active\n    }\n    serviceCategories {\n      id\n      code\n      nameDe\n      nameEn\n      active\n    }\n  }\n"): typeof import('./graphql').SubcontractingCatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubcontractorFields on Subcontractor {\n    id\n    subcontractorId\n    name\n    street\n    postalCode\n    city\n    tradeRegisterNumber\n    contactName\n    contactEmail\n    contactPhone\n    partnerId\n    partnerName\n    status\n    createdAt\n    activeDelegations\n  }\n"): typeof import('./graphql').SubcontractorFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DelegationFields on Delegation {\n    id\n    relationshipId\n    partnerId\n    partnerName\n    subcontractorId\n    subcontractorName\n    productLineId\n    serviceCategoryId\n    status\n    suspensionCause\n    validFrom\n    validUntil\n    justification\n    decisionReason\n    decidedAt\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').DelegationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Subcontractors($includeEnded: Boolean!) {\n    subcontractors(includeEnded: $includeEnded) {\n      ...SubcontractorFields\n    }\n  }\n"): typeof import('./graphql').SubcontractorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Subcontractor($id: ID!) {\n    subcontractor(id: $id) {\n      ...SubcontractorFields\n    }\n  }\n"): typeof import('./graphql').SubcontractorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Delegations($status: DelegationStatus, $partnerId: ID, $subcontractorId: ID, $productLineId: ID, $page: PageInput) {\n    delegations(status: $status, partnerId: $partnerId, subcontractorId: $subcontractorId, productLineId: $productLineId, page: $page) {\n      items {\n        ...DelegationFields\n      }\n      offset\n      totalCount\n      hasMore\n    }\n  }\n"): typeof import('./graphql').DelegationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DelegationHistory($id: ID!) {\n    delegationHistory(id: $id) {\n      id\n      action\n      fromStatus\n      toStatus\n      reason\n      actorName\n      occurredAt\n    }\n  }\n"): typeof import('./graphql').DelegationHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterSubcontractor($input: RegisterSubcontractorInput!) {\n    registerSubcontractor(input: $input) {\n      ...SubcontractorFields\n    }\n  }\n"): typeof import('./graphql').RegisterSubcontractorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndSubcontractorRelationship($id: ID!, $reason: String!) {\n    endSubcontractorRelationship(id: $id, reason: $reason) {\n      ...SubcontractorFields\n    }\n  }\n"): typeof import('./graphql').EndSubcontractorRelationshipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteSubcontractorUser($relationshipId: ID!, $email: String!, $displayName: String!, $locale: String!) {\n    inviteSubcontractorUser(relationshipId: $relationshipId, email: $email, displayName: $displayName, locale: $locale) {\n      invitationUrl\n      expiresAt\n      user {\n        id\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').InviteSubcontractorUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestDelegation($input: RequestDelegationInput!) {\n    requestDelegation(input: $input) {\n      ...DelegationFields\n    }\n  }\n"): typeof import('./graphql').RequestDelegationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideDelegation($id: ID!, $decision: DelegationDecision!, $reason: String!, $validFrom: LocalDate, $validUntil: LocalDate) {\n    decideDelegation(id: $id, decision: $decision, reason: $reason, validFrom: $validFrom, validUntil: $validUntil) {\n      ...DelegationFields\n    }\n  }\n"): typeof import('./graphql').DecideDelegationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermittedKnowledge($input: KnowledgeSearchInput!) {\n    knowledgeSearch(input: $input) {\n      total\n      totalIsLowerBound\n      hasMore\n      hits {\n        article {\n          id\n          title\n          summary\n          kind\n          productLineIds\n          serviceCategoryIds\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PermittedKnowledgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TierCatalogue {\n    productLines {\n      id\n      code\n      nameDe\n      nameEn\n      active\n    }\n    serviceCategories {\n      id\n      code\n      nameDe\n      nameEn\n      active\n    }\n    tiers {\n      id\n      code\n      rank\n      nameDe\n      nameEn\n      descriptionDe\n      descriptionEn\n      knowledgeLevel\n      mayDelegate\n      listedInLocator\n      mayShowBadge\n      entitlements {\n        productLineId\n        serviceCategoryIds\n      }\n      requirements {\n        certifiedTechnicians\n        courseCodes\n        annualTraining\n      }\n    }\n  }\n"): typeof import('./graphql').TierCatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GrantFields on TierGrant {\n    id\n    partnerId\n    partnerName\n    status\n    validFrom\n    validUntil\n    suspendedUntil\n    suspensionCause\n    createdAt\n    updatedAt\n    productLine {\n      id\n      code\n      nameDe\n      nameEn\n    }\n    tier {\n      id\n      code\n      rank\n      nameDe\n      nameEn\n    }\n  }\n"): typeof import('./graphql').GrantFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GrantHistoryFields on TierGrantEvent {\n    id\n    grantId\n    action\n    reason\n    actorName\n    occurredAt\n    before\n    after\n  }\n"): typeof import('./graphql').GrantHistoryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TierRequestFields on TierRequest {\n    id\n    partnerId\n    partnerName\n    justification\n    status\n    requestedAt\n    requestedByName\n    decidedAt\n    decisionReason\n    grantId\n    productLine {\n      id\n      code\n      nameDe\n      nameEn\n    }\n    tier {\n      id\n      code\n      rank\n      nameDe\n      nameEn\n    }\n  }\n"): typeof import('./graphql').TierRequestFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerNetwork($filter: NetworkFilterInput, $sort: NetworkSortInput, $page: PageInput) {\n    partnerNetwork(filter: $filter, sort: $sort, page: $page) {\n      totalCount\n      offset\n      hasMore\n      items {\n        id\n        name\n        city\n        postalCode\n        status\n        atRisk\n        grants {\n          ...GrantFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PartnerNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerGrants($partnerId: ID!) {\n    tierGrants(filter: { partnerId: $partnerId }, page: { limit: 100 }) {\n      totalCount\n      items {\n        ...GrantFields\n        history {\n          ...GrantHistoryFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PartnerGrantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      legalName\n      kind\n      status\n      street\n      postalCode\n      city\n      country\n      createdAt\n    }\n  }\n"): typeof import('./graphql').PartnerOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TierRequests($filter: TierRequestFilterInput, $page: PageInput) {\n    tierRequests(filter: $filter, page: $page) {\n      totalCount\n      offset\n      hasMore\n      items {\n        ...TierRequestFields\n      }\n    }\n  }\n"): typeof import('./graphql').TierRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantTier($input: GrantTierInput!) {\n    grantTier(input: $input) {\n      ...GrantFields\n    }\n  }\n"): typeof import('./graphql').GrantTierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenewTierGrant($input: RenewGrantInput!) {\n    renewTierGrant(input: $input) {\n      ...GrantFields\n    }\n  }\n"): typeof import('./graphql').RenewTierGrantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeGrantTier($input: ChangeGrantTierInput!) {\n    changeGrantTier(input: $input) {\n      ...GrantFields\n    }\n  }\n"): typeof import('./graphql').ChangeGrantTierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendTierGrant($input: SuspendGrantInput!) {\n    suspendTierGrant(input: $input) {\n      ...GrantFields\n    }\n  }\n"): typeof import('./graphql').SuspendTierGrantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiftTierGrantSuspension($input: GrantReasonInput!) {\n    liftTierGrantSuspension(input: $input) {\n      ...GrantFields\n    }\n  }\n"): typeof import('./graphql').LiftTierGrantSuspensionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeTierGrant($input: GrantReasonInput!) {\n    revokeTierGrant(input: $input) {\n      ...GrantFields\n    }\n  }\n"): typeof import('./graphql').RevokeTierGrantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestTier($input: RequestTierInput!) {\n    requestTier(input: $input) {\n      ...TierRequestFields\n    }\n  }\n"): typeof import('./graphql').RequestTierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawTierRequest($id: ID!) {\n    withdrawTierRequest(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').WithdrawTierRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveTierRequest($input: ApproveTierRequestInput!) {\n    approveTierRequest(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ApproveTierRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectTierRequest($input: RejectTierRequestInput!) {\n    rejectTierRequest(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RejectTierRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TierCompliance($partnerId: ID) {\n    tierCompliance(partnerId: $partnerId) {\n      partnerId\n      expiringCertificates {\n        id\n        holderName\n        courseCode\n        validUntil\n      }\n      productLines {\n        productLineId\n        current {\n          ...TierComplianceFields\n        }\n        next {\n          ...TierComplianceFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TierComplianceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TierComplianceFields on TierCompliance {\n    tierId\n    tierCode\n    rank\n    fulfilled\n    requirements {\n      kind\n      courseCode\n      required\n      actual\n      fulfilled\n    }\n  }\n"): typeof import('./graphql').TierComplianceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Courses {\n    courses {\n      id\n      code\n      titleDe\n      titleEn\n      format\n      productLineId\n    }\n  }\n"): typeof import('./graphql').CoursesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingSessions($filter: SessionFilterInput, $page: PageInput) {\n    trainingSessions(filter: $filter, page: $page) {\n      totalCount\n      offset\n      hasMore\n      items {\n        id\n        courseId\n        courseCode\n        courseTitleDe\n        courseTitleEn\n        format\n        startsAt\n        endsAt\n        language\n        region\n        venue\n        capacity\n        seatsLeft\n        waitlistLength\n        status\n        timeZone\n        trainer\n        onlineUrl\n        seatCapPerOrganisation\n        bookingDeadline\n        cancellationDeadline\n      }\n    }\n  }\n"): typeof import('./graphql').TrainingSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Bookings($sessionId: ID, $page: PageInput) {\n    bookings(sessionId: $sessionId, page: $page) {\n      totalCount\n      offset\n      hasMore\n      items {\n        id\n        sessionId\n        courseTitleDe\n        courseTitleEn\n        startsAt\n        participantId\n        participantName\n        organisationName\n        status\n        waitlistPosition\n      }\n    }\n  }\n"): typeof import('./graphql').BookingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Certificates {\n    certificates {\n      id\n      code\n      courseCode\n      courseTitleDe\n      courseTitleEn\n      holderName\n      issuedOn\n      validUntil\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').CertificatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamMembers($page: PageInput) {\n    users(filter: { status: ACTIVE }, page: $page) {\n      items {\n        id\n        displayName\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').TeamMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookSeat($input: BookSeatInput!) {\n    bookSeat(input: $input) {\n      id\n      participantName\n      status\n      waitlistPosition\n    }\n  }\n"): typeof import('./graphql').BookSeatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelBooking($id: ID!) {\n    cancelBooking(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CancelBookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAttendance($input: AttendanceInput!) {\n    markAttendance(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').MarkAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTrainingSession($input: SessionInput!) {\n    createTrainingSession(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateTrainingSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingNeeds($status: TrainingNeedStatus) {\n    trainingNeeds(status: $status) {\n      id\n      organisationName\n      courseId\n      courseCode\n      topic\n      people\n      preferredFrom\n      preferredTo\n      region\n      format\n      status\n      sessionId\n      createdAt\n    }\n  }\n"): typeof import('./graphql').TrainingNeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingNeedSummary {\n    trainingNeedSummary {\n      courseId\n      courseCode\n      topic\n      region\n      month\n      people\n      partners\n      needIds\n    }\n  }\n"): typeof import('./graphql').TrainingNeedSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StateTrainingNeed($input: TrainingNeedInput!) {\n    stateTrainingNeed(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').StateTrainingNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseTrainingNeed($id: ID!) {\n    closeTrainingNeed(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CloseTrainingNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanSessionFromNeeds($needIds: [ID!]!, $session: SessionInput!, $priorityDays: Int!) {\n    planSessionFromNeeds(needIds: $needIds, session: $session, priorityDays: $priorityDays) {\n      id\n      startsAt\n    }\n  }\n"): typeof import('./graphql').PlanSessionFromNeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTrainingSession($id: ID!, $input: SessionInput!) {\n    updateTrainingSession(id: $id, input: $input) {\n      id\n      startsAt\n      venue\n    }\n  }\n"): typeof import('./graphql').UpdateTrainingSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelTrainingSession($id: ID!, $reason: String!) {\n    cancelTrainingSession(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CancelTrainingSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Enrolments {\n    enrolments {\n      id\n      courseId\n      courseCode\n      courseTitleDe\n      courseTitleEn\n      participantId\n      participantName\n      status\n      enrolledAt\n      completedAt\n    }\n  }\n"): typeof import('./graphql').EnrolmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrolInCourse($courseId: ID!, $participantId: ID) {\n    enrolInCourse(courseId: $courseId, participantId: $participantId) {\n      id\n      participantName\n      status\n    }\n  }\n"): typeof import('./graphql').EnrolInCourseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawEnrolment($id: ID!) {\n    withdrawEnrolment(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').WithdrawEnrolmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteEnrolment($id: ID!) {\n    completeEnrolment(id: $id) {\n      id\n      status\n      completedAt\n    }\n  }\n"): typeof import('./graphql').CompleteEnrolmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarFeed {\n    calendarFeedCreatedAt\n  }\n"): typeof import('./graphql').CalendarFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCalendarFeed {\n    createCalendarFeed\n  }\n"): typeof import('./graphql').CreateCalendarFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n"): typeof import('./graphql').RevokeCalendarFeedDocument;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotifications {\n    notifications(unreadOnly: true, page: { limit: 1 }) {\n      unreadCount\n    }\n  }\n"): typeof import('./graphql').UnreadNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($page: PageInput) {\n    notifications(page: $page) {\n      unreadCount\n      totalCount\n      items {\n        id\n        kind\n        params\n        createdAt\n        readAt\n      }\n    }\n    productLines {\n      id\n      code\n      nameDe\n      nameEn\n    }\n    tiers {\n      id\n      code\n      nameDe\n      nameEn\n    }\n  }\n"): typeof import('./graphql').NotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
