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

export type ApproveTierRequestInput = {
  reason?: string | null | undefined;
  requestId: string | number;
  /** End of the new grant; defaults to two years from today. Ignored when an existing grant changes tier. */
  validUntil?: string | null | undefined;
};

/** What the viewer may do with an article now. */
export type ArticleAction =
  | 'ARCHIVE'
  | 'COMMENT'
  | 'EDIT'
  | 'PUBLISH'
  | 'REJECT'
  | 'REQUEST_CHANGES'
  | 'RESTORE'
  | 'SUBMIT'
  | 'WITHDRAW';

/** MANUFACTURER: staff only; PARTNERS: all partners; TIER: partners from minTierRank up. */
export type ArticleAudience =
  | 'MANUFACTURER'
  | 'PARTNERS'
  | 'TIER';

export type ArticleFlagReason =
  | 'MISSING'
  | 'OUTDATED'
  | 'UNCLEAR'
  | 'WRONG';

export type ArticleFlagStatus =
  | 'OPEN'
  | 'RESOLVED';

export type ArticleInput = {
  audience?: ArticleAudience;
  /** Markdown; raw HTML and unsafe links are removed. */
  body?: string;
  /** Error and product codes as written, e.g. "F.28", "WPL-25 A". */
  codes?: Array<string>;
  language: ArticleLanguage;
  limitedToProductLines?: boolean;
  /** Required for audience TIER. */
  minTierRank?: number | null | undefined;
  /** Editors only: the knowledge editor responsible for the article. */
  ownerId?: string | number | null | undefined;
  productLineIds?: Array<string | number>;
  reviewBy?: string | null | undefined;
  serviceCategoryIds?: Array<string | number>;
  summary?: string;
  tags?: Array<string>;
  title: string;
};

export type ArticleKind =
  | 'FIELD_REPORT'
  | 'SERVICE_KNOWHOW';

export type ArticleLanguage =
  | 'de'
  | 'en';

/** ALL: everything the viewer may see; MY_ORGANISATION: written by the viewer’s organisation; REVIEW_QUEUE (editors): waiting for review, flagged or past their review date, most urgent first. */
export type ArticleListScope =
  | 'ALL'
  | 'MY_ORGANISATION'
  | 'REVIEW_QUEUE';

export type ArticleSort =
  | 'HELPFUL'
  | 'PUBLISHED'
  | 'TITLE'
  | 'UPDATED';

export type ArticleStatus =
  | 'ARCHIVED'
  | 'CHANGES_REQUESTED'
  | 'DRAFT'
  | 'IN_REVIEW'
  | 'PUBLISHED'
  | 'REJECTED';

export type ArticleTransition =
  | 'ARCHIVE'
  | 'PUBLISH'
  | 'REJECT'
  | 'REQUEST_CHANGES'
  | 'RESTORE'
  | 'SUBMIT'
  | 'WITHDRAW';

export type AttendanceInput = {
  attended: boolean;
  bookingId: string | number;
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

export type BadgeStatus =
  | 'ENDED'
  | 'EXPIRED'
  | 'NOT_FOUND'
  | 'REVOKED'
  | 'SUSPENDED'
  | 'VALID';

export type BookSeatInput = {
  /** Retries with the same key book once. */
  idempotencyKey?: string | null | undefined;
  /** A team member; defaults to the viewer. */
  participantId?: string | number | null | undefined;
  sessionId: string | number;
};

export type BookingStatus =
  | 'ATTENDED'
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'LATE_CANCELLED'
  | 'NO_SHOW'
  | 'WAITLISTED';

export type CertificateValidity =
  | 'EXPIRED'
  | 'REVOKED'
  | 'UNKNOWN'
  | 'VALID';

export type ChangeGrantTierInput = {
  grantId: string | number;
  reason: string;
  tierId: string | number;
};

export type ChangePasswordInput = {
  currentPassword: string;
  /** At least 10 characters. */
  newPassword: string;
};

export type CourseFormat =
  | 'CLASSROOM'
  | 'E_LEARNING'
  | 'VIRTUAL_CLASSROOM'
  | 'WORKSHOP';

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

/** WITHDRAW is the requesting partner’s; the others are the manufacturer’s (partner managers, admins). */
export type DelegationDecision =
  | 'APPROVE'
  | 'LIFT_SUSPENSION'
  | 'REJECT'
  | 'REVOKE'
  | 'SUSPEND'
  | 'WITHDRAW';

export type DelegationStatus =
  | 'APPROVED'
  | 'ENDED'
  | 'EXPIRED'
  | 'REJECTED'
  | 'REQUESTED'
  | 'REVOKED'
  | 'SUSPENDED'
  | 'WITHDRAWN';

/** PARTNER_TIER: the partner's own grant no longer allows delegating (restored automatically); MANUAL: by the manufacturer. */
export type DelegationSuspensionCause =
  | 'MANUAL'
  | 'PARTNER_TIER';

export type FirstAdminInput = {
  displayName: string;
  email: string;
  locale?: Locale;
};

export type GrantReasonInput = {
  grantId: string | number;
  reason: string;
};

export type GrantStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'EXPIRED'
  | 'REVOKED'
  | 'SUSPENDED';

export type GrantTierInput = {
  partnerId: string | number;
  productLineId: string | number;
  reason: string;
  tierId: string | number;
  /** Defaults to today. */
  validFrom?: string | null | undefined;
  validUntil: string;
};

export type InviteUserInput = {
  displayName: string;
  email: string;
  locale?: Locale;
  /** Defaults to the inviter's own organisation. */
  organisationId?: string | number | null | undefined;
  roles: Array<Role>;
};

export type KnowledgeSearchInput = {
  kinds?: Array<ArticleKind> | null | undefined;
  languages?: Array<ArticleLanguage> | null | undefined;
  limit?: number;
  offset?: number;
  productLineIds?: Array<string | number> | null | undefined;
  /** Web-style: "quoted phrase", -exclude, or. Empty browses by quality. */
  query?: string;
  serviceCategoryIds?: Array<string | number> | null | undefined;
};

export type Locale =
  | 'de'
  | 'en';

export type LocationInput = {
  city: string;
  country?: string;
  latitude: number;
  longitude: number;
  name: string;
  openingHours?: string;
  /** Manufacturer staff name the partner; partners edit their own. */
  organisationId?: string | number | null | undefined;
  phone?: string;
  postalCode: string;
  street?: string;
};

export type LoginInput = {
  email: string;
  password: string;
};

export type NetworkFilterInput = {
  productLineId?: string | number | null | undefined;
  /** Postal code prefix, e.g. 80 for Munich. */
  region?: string | null | undefined;
  /** Matches name, legal name or city. */
  search?: string | null | undefined;
  /** OrganisationStatus */
  status?: string | null | undefined;
  /** Partners holding this tier (live grant) on the product line, or on any. */
  tierId?: string | number | null | undefined;
};

export type NetworkSortField =
  | 'CITY'
  | 'HIGHEST_TIER'
  | 'NAME'
  | 'STATUS';

export type NetworkSortInput = {
  ascending?: boolean;
  field?: NetworkSortField;
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

export type RegisterSubcontractorInput = {
  city?: string;
  contactEmail?: string | null | undefined;
  contactName?: string;
  contactPhone?: string;
  name: string;
  postalCode?: string;
  street?: string;
  /** Handelsregisternummer; a subcontractor already registered by another partner is linked by it. */
  tradeRegisterNumber: string;
};

export type RejectTierRequestInput = {
  reason: string;
  requestId: string | number;
};

export type RenewGrantInput = {
  grantId: string | number;
  reason: string;
  validUntil: string;
};

export type RequestDelegationInput = {
  justification?: string;
  productLineId: string | number;
  relationshipId: string | number;
  serviceCategoryId: string | number;
  validFrom: string;
  validUntil: string;
};

export type RequestTierInput = {
  justification: string;
  productLineId: string | number;
  tierId: string | number;
};

export type RequirementKind =
  | 'ANNUAL_TRAINING'
  | 'CERTIFIED_TECHNICIANS'
  | 'COURSE';

export type Role =
  | 'ADMIN'
  | 'HOTLINE_AGENT'
  | 'KNOWLEDGE_EDITOR'
  | 'PARTNER_ADMIN'
  | 'PARTNER_MANAGER'
  | 'SUBCONTRACTOR_USER'
  | 'TECHNICIAN'
  | 'TRAINING_MANAGER';

export type ServiceAreaInput = {
  postalPrefix: string;
  productLineId?: string | number | null | undefined;
};

export type SessionFilterInput = {
  courseId?: string | number | null | undefined;
  format?: CourseFormat | null | undefined;
  /** Sessions starting at or after; defaults to now. */
  from?: string | null | undefined;
  language?: string | null | undefined;
  productLineId?: string | number | null | undefined;
  region?: string | null | undefined;
  status?: SessionStatus | null | undefined;
  to?: string | null | undefined;
};

export type SessionInput = {
  /** Defaults to the start. */
  bookingDeadline?: string | null | undefined;
  /** Defaults to two days before the start. */
  cancellationDeadline?: string | null | undefined;
  capacity: number;
  courseId: string | number;
  endsAt: string;
  language?: string;
  onlineUrl?: string | null | undefined;
  region?: string;
  seatCapPerOrganisation?: number | null | undefined;
  startsAt: string;
  timeZone?: string;
  trainer?: string;
  venue?: string;
};

export type SessionStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'SCHEDULED';

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type SuspendGrantInput = {
  grantId: string | number;
  reason: string;
  /** The suspension ends by itself after this date. */
  until?: string | null | undefined;
};

/** Who suspended: a person, or the partner organisation's own suspension. */
export type SuspensionCause =
  | 'MANUAL'
  | 'ORGANISATION';

export type TierRequestFilterInput = {
  partnerId?: string | number | null | undefined;
  status?: TierRequestStatus | null | undefined;
};

export type TierRequestStatus =
  | 'APPROVED'
  | 'OPEN'
  | 'REJECTED'
  | 'WITHDRAWN';

export type TrainingNeedInput = {
  /** A course from the catalogue, or … */
  courseId?: string | number | null | undefined;
  format?: CourseFormat | null | undefined;
  people: number;
  preferredFrom: string;
  preferredTo: string;
  region?: string;
  /** … a free topic. */
  topic?: string | null | undefined;
};

export type TrainingNeedStatus =
  | 'CLOSED'
  | 'OPEN'
  | 'PLANNED';

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

export type LocatorCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type LocatorCatalogueQuery = { productLines: Array<{ id: string, code: string, nameDe: string, nameEn: string, active: boolean }>, serviceCategories: Array<{ id: string, code: string, nameDe: string, nameEn: string, active: boolean }> };

export type FindPartnersQueryVariables = Exact<{
  productLineId: string | number;
  serviceCategoryId?: string | number | null | undefined;
  postalCode?: string | null | undefined;
  place?: string | null | undefined;
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
  radiusKm?: number | null | undefined;
}>;


export type FindPartnersQuery = { findPartners: { totalCount: number, items: Array<{ partnerId: string, name: string, tierCode: string, tierNameDe: string, tierNameEn: string, tierRank: number, distanceKm: number | null, street: string, postalCode: string, city: string, phone: string, openingHours: string, services: Array<string> }> } };

export type VerifyBadgeQueryVariables = Exact<{
  code: string;
}>;


export type VerifyBadgeQuery = { verifyBadge: { status: BadgeStatus, badgeAllowed: boolean, partnerName: string | null, city: string | null, tierCode: string | null, tierNameDe: string | null, tierNameEn: string | null, productLineNameDe: string | null, productLineNameEn: string | null, validUntil: string | null } };

export type VerifyCertificateQueryVariables = Exact<{
  code: string;
}>;


export type VerifyCertificateQuery = { verifyCertificate: { validity: CertificateValidity, holderName: string | null, organisationName: string | null, courseTitleDe: string | null, courseTitleEn: string | null, validUntil: string | null } };

export type MyBadgesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyBadgesQuery = { myBadges: Array<{ code: string, productLineId: string, productLineCode: string, snippet: string, svgUrl: string, verifyUrl: string }> };

export type PartnerPresenceQueryVariables = Exact<{
  organisationId?: string | number | null | undefined;
}>;


export type PartnerPresenceQuery = { partnerPresence: { locations: Array<{ id: string, name: string, street: string, postalCode: string, city: string, country: string, phone: string, openingHours: string, latitude: number, longitude: number }>, areas: Array<{ postalPrefix: string, productLineId: string | null }> } };

export type SaveLocationMutationVariables = Exact<{
  id?: string | number | null | undefined;
  input: LocationInput;
}>;


export type SaveLocationMutation = { saveLocation: { id: string } };

export type DeleteLocationMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteLocationMutation = { deleteLocation: boolean };

export type SetServiceAreasMutationVariables = Exact<{
  areas: Array<ServiceAreaInput> | ServiceAreaInput;
  organisationId?: string | number | null | undefined;
}>;


export type SetServiceAreasMutation = { setServiceAreas: Array<{ postalPrefix: string }> };

export type ArticleFieldsFragment = { id: string, kind: ArticleKind, status: ArticleStatus, title: string, summary: string, body: string, language: ArticleLanguage, audience: ArticleAudience, minTierRank: number | null, limitedToProductLines: boolean, reviewBy: string | null, productLineIds: Array<string>, serviceCategoryIds: Array<string>, tags: Array<string>, codes: Array<string>, authorId: string | null, authorName: string | null, authorOrganisationId: string, authorOrganisationName: string, ownerId: string | null, ownerName: string | null, lastEditorName: string | null, version: number, revision: number, publishedAt: string | null, firstPublishedAt: string | null, createdAt: string, updatedAt: string, helpfulCount: number, unhelpfulCount: number, solvedCount: number, viewCount: number, openFlagCount: number, myRating: boolean | null, usedBySelf: boolean, allowedActions: Array<ArticleAction> };

export type ArticleSummaryFieldsFragment = { id: string, kind: ArticleKind, status: ArticleStatus, title: string, summary: string, language: ArticleLanguage, audience: ArticleAudience, productLineIds: Array<string>, serviceCategoryIds: Array<string>, codes: Array<string>, tags: Array<string>, authorOrganisationName: string, version: number, publishedAt: string | null, updatedAt: string, reviewBy: string | null, openFlagCount: number, helpfulCount: number, unhelpfulCount: number };

export type KnowledgeSearchQueryVariables = Exact<{
  input: KnowledgeSearchInput;
}>;


export type KnowledgeSearchQuery = { knowledgeSearch: { query: string, total: number, totalIsLowerBound: boolean, hasMore: boolean, offset: number, correctedQuery: string | null, didYouMean: string | null, searchId: string | null, hits: Array<{ titleRuns: Array<string>, snippetRuns: Array<string>, article: { id: string, kind: ArticleKind, language: ArticleLanguage, codes: Array<string> } }>, facets: { productLines: Array<{ value: string, count: number }>, serviceCategories: Array<{ value: string, count: number }>, kinds: Array<{ value: string, count: number }>, languages: Array<{ value: string, count: number }> } } };

export type ArticleQueryVariables = Exact<{
  id: string | number;
}>;


export type ArticleQuery = { article: { id: string, kind: ArticleKind, status: ArticleStatus, title: string, summary: string, body: string, language: ArticleLanguage, audience: ArticleAudience, minTierRank: number | null, limitedToProductLines: boolean, reviewBy: string | null, productLineIds: Array<string>, serviceCategoryIds: Array<string>, tags: Array<string>, codes: Array<string>, authorId: string | null, authorName: string | null, authorOrganisationId: string, authorOrganisationName: string, ownerId: string | null, ownerName: string | null, lastEditorName: string | null, version: number, revision: number, publishedAt: string | null, firstPublishedAt: string | null, createdAt: string, updatedAt: string, helpfulCount: number, unhelpfulCount: number, solvedCount: number, viewCount: number, openFlagCount: number, myRating: boolean | null, usedBySelf: boolean, allowedActions: Array<ArticleAction> } };

export type ArticlesQueryVariables = Exact<{
  scope: ArticleListScope;
  status?: ArticleStatus | null | undefined;
  sort: ArticleSort;
  page?: PageInput | null | undefined;
}>;


export type ArticlesQuery = { articles: { totalCount: number, offset: number, hasMore: boolean, items: Array<{ id: string, kind: ArticleKind, status: ArticleStatus, title: string, summary: string, language: ArticleLanguage, audience: ArticleAudience, productLineIds: Array<string>, serviceCategoryIds: Array<string>, codes: Array<string>, tags: Array<string>, authorOrganisationName: string, version: number, publishedAt: string | null, updatedAt: string, reviewBy: string | null, openFlagCount: number, helpfulCount: number, unhelpfulCount: number }> } };

export type ArticleVersionsQueryVariables = Exact<{
  id: string | number;
}>;


export type ArticleVersionsQuery = { articleVersions: Array<{ version: number, title: string, summary: string, body: string, createdAt: string, editedByName: string | null }> };

export type ArticleEventsQueryVariables = Exact<{
  id: string | number;
}>;


export type ArticleEventsQuery = { articleEvents: Array<{ id: string, action: string, actorName: string | null, comment: string, fromStatus: ArticleStatus | null, toStatus: ArticleStatus, occurredAt: string }> };

export type ArticleFlagsQueryVariables = Exact<{
  status: ArticleFlagStatus;
  page?: PageInput | null | undefined;
}>;


export type ArticleFlagsQuery = { articleFlags: { totalCount: number, offset: number, hasMore: boolean, items: Array<{ id: string, articleId: string, articleTitle: string, reason: ArticleFlagReason, comment: string, status: ArticleFlagStatus, resolution: string | null, createdAt: string, raisedByName: string | null, raisedByOrganisationName: string }> } };

export type SearchAnalyticsQueryVariables = Exact<{
  days: number;
}>;


export type SearchAnalyticsQuery = { knowledgeSearchAnalytics: { days: number, searches: number, clickThrough: number, topQueries: Array<{ query: string, searches: number, averageResults: number, clickThrough: number }>, zeroResultQueries: Array<{ query: string, searches: number, averageResults: number, clickThrough: number }> } };

export type CreateArticleMutationVariables = Exact<{
  input: ArticleInput;
}>;


export type CreateArticleMutation = { createArticle: { id: string, kind: ArticleKind, status: ArticleStatus, title: string, summary: string, body: string, language: ArticleLanguage, audience: ArticleAudience, minTierRank: number | null, limitedToProductLines: boolean, reviewBy: string | null, productLineIds: Array<string>, serviceCategoryIds: Array<string>, tags: Array<string>, codes: Array<string>, authorId: string | null, authorName: string | null, authorOrganisationId: string, authorOrganisationName: string, ownerId: string | null, ownerName: string | null, lastEditorName: string | null, version: number, revision: number, publishedAt: string | null, firstPublishedAt: string | null, createdAt: string, updatedAt: string, helpfulCount: number, unhelpfulCount: number, solvedCount: number, viewCount: number, openFlagCount: number, myRating: boolean | null, usedBySelf: boolean, allowedActions: Array<ArticleAction> } };

export type UpdateArticleMutationVariables = Exact<{
  id: string | number;
  expectedRevision: number;
  input: ArticleInput;
}>;


export type UpdateArticleMutation = { updateArticle: { id: string, kind: ArticleKind, status: ArticleStatus, title: string, summary: string, body: string, language: ArticleLanguage, audience: ArticleAudience, minTierRank: number | null, limitedToProductLines: boolean, reviewBy: string | null, productLineIds: Array<string>, serviceCategoryIds: Array<string>, tags: Array<string>, codes: Array<string>, authorId: string | null, authorName: string | null, authorOrganisationId: string, authorOrganisationName: string, ownerId: string | null, ownerName: string | null, lastEditorName: string | null, version: number, revision: number, publishedAt: string | null, firstPublishedAt: string | null, createdAt: string, updatedAt: string, helpfulCount: number, unhelpfulCount: number, solvedCount: number, viewCount: number, openFlagCount: number, myRating: boolean | null, usedBySelf: boolean, allowedActions: Array<ArticleAction> } };

export type TransitionArticleMutationVariables = Exact<{
  id: string | number;
  action: ArticleTransition;
  expectedRevision: number;
  comment: string;
}>;


export type TransitionArticleMutation = { transitionArticle: { id: string, kind: ArticleKind, status: ArticleStatus, title: string, summary: string, body: string, language: ArticleLanguage, audience: ArticleAudience, minTierRank: number | null, limitedToProductLines: boolean, reviewBy: string | null, productLineIds: Array<string>, serviceCategoryIds: Array<string>, tags: Array<string>, codes: Array<string>, authorId: string | null, authorName: string | null, authorOrganisationId: string, authorOrganisationName: string, ownerId: string | null, ownerName: string | null, lastEditorName: string | null, version: number, revision: number, publishedAt: string | null, firstPublishedAt: string | null, createdAt: string, updatedAt: string, helpfulCount: number, unhelpfulCount: number, solvedCount: number, viewCount: number, openFlagCount: number, myRating: boolean | null, usedBySelf: boolean, allowedActions: Array<ArticleAction> } };

export type CommentOnArticleMutationVariables = Exact<{
  id: string | number;
  comment: string;
}>;


export type CommentOnArticleMutation = { commentOnArticle: { id: string } };

export type RateArticleMutationVariables = Exact<{
  id: string | number;
  helpful: boolean;
}>;


export type RateArticleMutation = { rateArticle: { id: string, kind: ArticleKind, status: ArticleStatus, title: string, summary: string, body: string, language: ArticleLanguage, audience: ArticleAudience, minTierRank: number | null, limitedToProductLines: boolean, reviewBy: string | null, productLineIds: Array<string>, serviceCategoryIds: Array<string>, tags: Array<string>, codes: Array<string>, authorId: string | null, authorName: string | null, authorOrganisationId: string, authorOrganisationName: string, ownerId: string | null, ownerName: string | null, lastEditorName: string | null, version: number, revision: number, publishedAt: string | null, firstPublishedAt: string | null, createdAt: string, updatedAt: string, helpfulCount: number, unhelpfulCount: number, solvedCount: number, viewCount: number, openFlagCount: number, myRating: boolean | null, usedBySelf: boolean, allowedActions: Array<ArticleAction> } };

export type WithdrawArticleRatingMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawArticleRatingMutation = { withdrawArticleRating: { id: string, kind: ArticleKind, status: ArticleStatus, title: string, summary: string, body: string, language: ArticleLanguage, audience: ArticleAudience, minTierRank: number | null, limitedToProductLines: boolean, reviewBy: string | null, productLineIds: Array<string>, serviceCategoryIds: Array<string>, tags: Array<string>, codes: Array<string>, authorId: string | null, authorName: string | null, authorOrganisationId: string, authorOrganisationName: string, ownerId: string | null, ownerName: string | null, lastEditorName: string | null, version: number, revision: number, publishedAt: string | null, firstPublishedAt: string | null, createdAt: string, updatedAt: string, helpfulCount: number, unhelpfulCount: number, solvedCount: number, viewCount: number, openFlagCount: number, myRating: boolean | null, usedBySelf: boolean, allowedActions: Array<ArticleAction> } };

export type FlagArticleMutationVariables = Exact<{
  id: string | number;
  reason: ArticleFlagReason;
  comment: string;
}>;


export type FlagArticleMutation = { flagArticle: { id: string } };

export type ResolveArticleFlagMutationVariables = Exact<{
  flagId: string | number;
  resolution: string;
}>;


export type ResolveArticleFlagMutation = { resolveArticleFlag: { id: string, status: ArticleFlagStatus } };

export type RecordArticleViewMutationVariables = Exact<{
  id: string | number;
  searchId?: string | number | null | undefined;
  position?: number | null | undefined;
}>;


export type RecordArticleViewMutation = { recordArticleView: { id: string, viewCount: number } };

export type MarkArticleSolvedMutationVariables = Exact<{
  id: string | number;
  searchId?: string | number | null | undefined;
  position?: number | null | undefined;
}>;


export type MarkArticleSolvedMutation = { markArticleSolved: { id: string, kind: ArticleKind, status: ArticleStatus, title: string, summary: string, body: string, language: ArticleLanguage, audience: ArticleAudience, minTierRank: number | null, limitedToProductLines: boolean, reviewBy: string | null, productLineIds: Array<string>, serviceCategoryIds: Array<string>, tags: Array<string>, codes: Array<string>, authorId: string | null, authorName: string | null, authorOrganisationId: string, authorOrganisationName: string, ownerId: string | null, ownerName: string | null, lastEditorName: string | null, version: number, revision: number, publishedAt: string | null, firstPublishedAt: string | null, createdAt: string, updatedAt: string, helpfulCount: number, unhelpfulCount: number, solvedCount: number, viewCount: number, openFlagCount: number, myRating: boolean | null, usedBySelf: boolean, allowedActions: Array<ArticleAction> } };

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

export type SubcontractingCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type SubcontractingCatalogueQuery = { productLines: Array<{ id: string, code: string, nameDe: string, nameEn: string, active: boolean }>, serviceCategories: Array<{ id: string, code: string, nameDe: string, nameEn: string, active: boolean }> };

export type SubcontractorFieldsFragment = { id: string, subcontractorId: string, name: string, street: string, postalCode: string, city: string, tradeRegisterNumber: string | null, contactName: string | null, contactEmail: string | null, contactPhone: string | null, partnerId: string, partnerName: string, status: string, createdAt: string, activeDelegations: number };

export type DelegationFieldsFragment = { id: string, relationshipId: string, partnerId: string, partnerName: string, subcontractorId: string, subcontractorName: string, productLineId: string, serviceCategoryId: string, status: DelegationStatus, suspensionCause: DelegationSuspensionCause | null, validFrom: string, validUntil: string, justification: string, decisionReason: string | null, decidedAt: string | null, createdAt: string, updatedAt: string };

export type SubcontractorsQueryVariables = Exact<{
  includeEnded: boolean;
}>;


export type SubcontractorsQuery = { subcontractors: Array<{ id: string, subcontractorId: string, name: string, street: string, postalCode: string, city: string, tradeRegisterNumber: string | null, contactName: string | null, contactEmail: string | null, contactPhone: string | null, partnerId: string, partnerName: string, status: string, createdAt: string, activeDelegations: number }> };

export type SubcontractorQueryVariables = Exact<{
  id: string | number;
}>;


export type SubcontractorQuery = { subcontractor: { id: string, subcontractorId: string, name: string, street: string, postalCode: string, city: string, tradeRegisterNumber: string | null, contactName: string | null, contactEmail: string | null, contactPhone: string | null, partnerId: string, partnerName: string, status: string, createdAt: string, activeDelegations: number } };

export type DelegationsQueryVariables = Exact<{
  status?: DelegationStatus | null | undefined;
  partnerId?: string | number | null | undefined;
  subcontractorId?: string | number | null | undefined;
  productLineId?: string | number | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type DelegationsQuery = { delegations: { offset: number, totalCount: number, hasMore: boolean, items: Array<{ id: string, relationshipId: string, partnerId: string, partnerName: string, subcontractorId: string, subcontractorName: string, productLineId: string, serviceCategoryId: string, status: DelegationStatus, suspensionCause: DelegationSuspensionCause | null, validFrom: string, validUntil: string, justification: string, decisionReason: string | null, decidedAt: string | null, createdAt: string, updatedAt: string }> } };

export type DelegationHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type DelegationHistoryQuery = { delegationHistory: Array<{ id: string, action: string, fromStatus: DelegationStatus | null, toStatus: DelegationStatus, reason: string, actorName: string | null, occurredAt: string }> };

export type RegisterSubcontractorMutationVariables = Exact<{
  input: RegisterSubcontractorInput;
}>;


export type RegisterSubcontractorMutation = { registerSubcontractor: { id: string, subcontractorId: string, name: string, street: string, postalCode: string, city: string, tradeRegisterNumber: string | null, contactName: string | null, contactEmail: string | null, contactPhone: string | null, partnerId: string, partnerName: string, status: string, createdAt: string, activeDelegations: number } };

export type EndSubcontractorRelationshipMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type EndSubcontractorRelationshipMutation = { endSubcontractorRelationship: { id: string, subcontractorId: string, name: string, street: string, postalCode: string, city: string, tradeRegisterNumber: string | null, contactName: string | null, contactEmail: string | null, contactPhone: string | null, partnerId: string, partnerName: string, status: string, createdAt: string, activeDelegations: number } };

export type InviteSubcontractorUserMutationVariables = Exact<{
  relationshipId: string | number;
  email: string;
  displayName: string;
  locale: string;
}>;


export type InviteSubcontractorUserMutation = { inviteSubcontractorUser: { invitationUrl: string, expiresAt: string, user: { id: string, email: string } } };

export type RequestDelegationMutationVariables = Exact<{
  input: RequestDelegationInput;
}>;


export type RequestDelegationMutation = { requestDelegation: { id: string, relationshipId: string, partnerId: string, partnerName: string, subcontractorId: string, subcontractorName: string, productLineId: string, serviceCategoryId: string, status: DelegationStatus, suspensionCause: DelegationSuspensionCause | null, validFrom: string, validUntil: string, justification: string, decisionReason: string | null, decidedAt: string | null, createdAt: string, updatedAt: string } };

export type DecideDelegationMutationVariables = Exact<{
  id: string | number;
  decision: DelegationDecision;
  reason: string;
  validFrom?: string | null | undefined;
  validUntil?: string | null | undefined;
}>;


export type DecideDelegationMutation = { decideDelegation: { id: string, relationshipId: string, partnerId: string, partnerName: string, subcontractorId: string, subcontractorName: string, productLineId: string, serviceCategoryId: string, status: DelegationStatus, suspensionCause: DelegationSuspensionCause | null, validFrom: string, validUntil: string, justification: string, decisionReason: string | null, decidedAt: string | null, createdAt: string, updatedAt: string } };

export type PermittedKnowledgeQueryVariables = Exact<{
  input: KnowledgeSearchInput;
}>;


export type PermittedKnowledgeQuery = { knowledgeSearch: { total: number, totalIsLowerBound: boolean, hasMore: boolean, hits: Array<{ article: { id: string, title: string, summary: string, kind: ArticleKind, productLineIds: Array<string>, serviceCategoryIds: Array<string> } }> } };

export type TierCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type TierCatalogueQuery = { productLines: Array<{ id: string, code: string, nameDe: string, nameEn: string, active: boolean }>, serviceCategories: Array<{ id: string, code: string, nameDe: string, nameEn: string, active: boolean }>, tiers: Array<{ id: string, code: string, rank: number, nameDe: string, nameEn: string, descriptionDe: string, descriptionEn: string, knowledgeLevel: number, mayDelegate: boolean, listedInLocator: boolean, mayShowBadge: boolean, entitlements: Array<{ productLineId: string, serviceCategoryIds: Array<string> }>, requirements: { certifiedTechnicians: number, courseCodes: Array<string>, annualTraining: boolean } }> };

export type GrantFieldsFragment = { id: string, partnerId: string, partnerName: string, status: GrantStatus, validFrom: string, validUntil: string, suspendedUntil: string | null, suspensionCause: SuspensionCause | null, createdAt: string, updatedAt: string, productLine: { id: string, code: string, nameDe: string, nameEn: string }, tier: { id: string, code: string, rank: number, nameDe: string, nameEn: string } };

export type GrantHistoryFieldsFragment = { id: string, grantId: string, action: string, reason: string, actorName: string | null, occurredAt: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null };

export type TierRequestFieldsFragment = { id: string, partnerId: string, partnerName: string, justification: string, status: TierRequestStatus, requestedAt: string, requestedByName: string, decidedAt: string | null, decisionReason: string | null, grantId: string | null, productLine: { id: string, code: string, nameDe: string, nameEn: string }, tier: { id: string, code: string, rank: number, nameDe: string, nameEn: string } };

export type PartnerNetworkQueryVariables = Exact<{
  filter?: NetworkFilterInput | null | undefined;
  sort?: NetworkSortInput | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type PartnerNetworkQuery = { partnerNetwork: { totalCount: number, offset: number, hasMore: boolean, items: Array<{ id: string, name: string, city: string, postalCode: string, status: string, atRisk: boolean, grants: Array<{ id: string, partnerId: string, partnerName: string, status: GrantStatus, validFrom: string, validUntil: string, suspendedUntil: string | null, suspensionCause: SuspensionCause | null, createdAt: string, updatedAt: string, productLine: { id: string, code: string, nameDe: string, nameEn: string }, tier: { id: string, code: string, rank: number, nameDe: string, nameEn: string } }> }> } };

export type PartnerGrantsQueryVariables = Exact<{
  partnerId: string | number;
}>;


export type PartnerGrantsQuery = { tierGrants: { totalCount: number, items: Array<{ id: string, partnerId: string, partnerName: string, status: GrantStatus, validFrom: string, validUntil: string, suspendedUntil: string | null, suspensionCause: SuspensionCause | null, createdAt: string, updatedAt: string, history: Array<{ id: string, grantId: string, action: string, reason: string, actorName: string | null, occurredAt: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null }>, productLine: { id: string, code: string, nameDe: string, nameEn: string }, tier: { id: string, code: string, rank: number, nameDe: string, nameEn: string } }> } };

export type PartnerOrganisationQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnerOrganisationQuery = { organisation: { id: string, name: string, legalName: string, kind: OrganisationKind, status: OrganisationStatus, street: string, postalCode: string, city: string, country: string, createdAt: string } };

export type TierRequestsQueryVariables = Exact<{
  filter?: TierRequestFilterInput | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type TierRequestsQuery = { tierRequests: { totalCount: number, offset: number, hasMore: boolean, items: Array<{ id: string, partnerId: string, partnerName: string, justification: string, status: TierRequestStatus, requestedAt: string, requestedByName: string, decidedAt: string | null, decisionReason: string | null, grantId: string | null, productLine: { id: string, code: string, nameDe: string, nameEn: string }, tier: { id: string, code: string, rank: number, nameDe: string, nameEn: string } }> } };

export type GrantTierMutationVariables = Exact<{
  input: GrantTierInput;
}>;


export type GrantTierMutation = { grantTier: { id: string, partnerId: string, partnerName: string, status: GrantStatus, validFrom: string, validUntil: string, suspendedUntil: string | null, suspensionCause: SuspensionCause | null, createdAt: string, updatedAt: string, productLine: { id: string, code: string, nameDe: string, nameEn: string }, tier: { id: string, code: string, rank: number, nameDe: string, nameEn: string } } };

export type RenewTierGrantMutationVariables = Exact<{
  input: RenewGrantInput;
}>;


export type RenewTierGrantMutation = { renewTierGrant: { id: string, partnerId: string, partnerName: string, status: GrantStatus, validFrom: string, validUntil: string, suspendedUntil: string | null, suspensionCause: SuspensionCause | null, createdAt: string, updatedAt: string, productLine: { id: string, code: string, nameDe: string, nameEn: string }, tier: { id: string, code: string, rank: number, nameDe: string, nameEn: string } } };

export type ChangeGrantTierMutationVariables = Exact<{
  input: ChangeGrantTierInput;
}>;


export type ChangeGrantTierMutation = { changeGrantTier: { id: string, partnerId: string, partnerName: string, status: GrantStatus, validFrom: string, validUntil: string, suspendedUntil: string | null, suspensionCause: SuspensionCause | null, createdAt: string, updatedAt: string, productLine: { id: string, code: string, nameDe: string, nameEn: string }, tier: { id: string, code: string, rank: number, nameDe: string, nameEn: string } } };

export type SuspendTierGrantMutationVariables = Exact<{
  input: SuspendGrantInput;
}>;


export type SuspendTierGrantMutation = { suspendTierGrant: { id: string, partnerId: string, partnerName: string, status: GrantStatus, validFrom: string, validUntil: string, suspendedUntil: string | null, suspensionCause: SuspensionCause | null, createdAt: string, updatedAt: string, productLine: { id: string, code: string, nameDe: string, nameEn: string }, tier: { id: string, code: string, rank: number, nameDe: string, nameEn: string } } };

export type LiftTierGrantSuspensionMutationVariables = Exact<{
  input: GrantReasonInput;
}>;


export type LiftTierGrantSuspensionMutation = { liftTierGrantSuspension: { id: string, partnerId: string, partnerName: string, status: GrantStatus, validFrom: string, validUntil: string, suspendedUntil: string | null, suspensionCause: SuspensionCause | null, createdAt: string, updatedAt: string, productLine: { id: string, code: string, nameDe: string, nameEn: string }, tier: { id: string, code: string, rank: number, nameDe: string, nameEn: string } } };

export type RevokeTierGrantMutationVariables = Exact<{
  input: GrantReasonInput;
}>;


export type RevokeTierGrantMutation = { revokeTierGrant: { id: string, partnerId: string, partnerName: string, status: GrantStatus, validFrom: string, validUntil: string, suspendedUntil: string | null, suspensionCause: SuspensionCause | null, createdAt: string, updatedAt: string, productLine: { id: string, code: string, nameDe: string, nameEn: string }, tier: { id: string, code: string, rank: number, nameDe: string, nameEn: string } } };

export type RequestTierMutationVariables = Exact<{
  input: RequestTierInput;
}>;


export type RequestTierMutation = { requestTier: { id: string, partnerId: string, partnerName: string, justification: string, status: TierRequestStatus, requestedAt: string, requestedByName: string, decidedAt: string | null, decisionReason: string | null, grantId: string | null, productLine: { id: string, code: string, nameDe: string, nameEn: string }, tier: { id: string, code: string, rank: number, nameDe: string, nameEn: string } } };

export type WithdrawTierRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawTierRequestMutation = { withdrawTierRequest: { id: string, status: TierRequestStatus } };

export type ApproveTierRequestMutationVariables = Exact<{
  input: ApproveTierRequestInput;
}>;


export type ApproveTierRequestMutation = { approveTierRequest: { id: string, status: TierRequestStatus } };

export type RejectTierRequestMutationVariables = Exact<{
  input: RejectTierRequestInput;
}>;


export type RejectTierRequestMutation = { rejectTierRequest: { id: string, status: TierRequestStatus } };

export type TierComplianceQueryVariables = Exact<{
  partnerId?: string | number | null | undefined;
}>;


export type TierComplianceQuery = { tierCompliance: { partnerId: string, expiringCertificates: Array<{ id: string, holderName: string, courseCode: string, validUntil: string }>, productLines: Array<{ productLineId: string, current: { tierId: string, tierCode: string, rank: number, fulfilled: boolean, requirements: Array<{ kind: RequirementKind, courseCode: string | null, required: number, actual: number, fulfilled: boolean }> }, next: { tierId: string, tierCode: string, rank: number, fulfilled: boolean, requirements: Array<{ kind: RequirementKind, courseCode: string | null, required: number, actual: number, fulfilled: boolean }> } | null }> } };

export type TierComplianceFieldsFragment = { tierId: string, tierCode: string, rank: number, fulfilled: boolean, requirements: Array<{ kind: RequirementKind, courseCode: string | null, required: number, actual: number, fulfilled: boolean }> };

export type CoursesQueryVariables = Exact<{ [key: string]: never; }>;


export type CoursesQuery = { courses: Array<{ id: string, code: string, titleDe: string, titleEn: string, format: CourseFormat, productLineId: string | null }> };

export type TrainingSessionsQueryVariables = Exact<{
  filter?: SessionFilterInput | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type TrainingSessionsQuery = { trainingSessions: { totalCount: number, offset: number, hasMore: boolean, items: Array<{ id: string, courseId: string, courseCode: string, courseTitleDe: string, courseTitleEn: string, format: CourseFormat, startsAt: string, endsAt: string, language: string, region: string, venue: string, capacity: number, seatsLeft: number, waitlistLength: number, status: SessionStatus, timeZone: string, trainer: string, onlineUrl: string | null, seatCapPerOrganisation: number | null, bookingDeadline: string, cancellationDeadline: string }> } };

export type BookingsQueryVariables = Exact<{
  sessionId?: string | number | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type BookingsQuery = { bookings: { totalCount: number, offset: number, hasMore: boolean, items: Array<{ id: string, sessionId: string, courseTitleDe: string, courseTitleEn: string, startsAt: string, participantId: string, participantName: string, organisationName: string, status: BookingStatus, waitlistPosition: number | null }> } };

export type CertificatesQueryVariables = Exact<{ [key: string]: never; }>;


export type CertificatesQuery = { certificates: Array<{ id: string, code: string, courseCode: string, courseTitleDe: string, courseTitleEn: string, holderName: string, issuedOn: string, validUntil: string, revokedAt: string | null }> };

export type TeamMembersQueryVariables = Exact<{
  page?: PageInput | null | undefined;
}>;


export type TeamMembersQuery = { users: { items: Array<{ id: string, displayName: string, email: string }> } };

export type BookSeatMutationVariables = Exact<{
  input: BookSeatInput;
}>;


export type BookSeatMutation = { bookSeat: { id: string, participantName: string, status: BookingStatus, waitlistPosition: number | null } };

export type CancelBookingMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelBookingMutation = { cancelBooking: { id: string, status: BookingStatus } };

export type MarkAttendanceMutationVariables = Exact<{
  input: AttendanceInput;
}>;


export type MarkAttendanceMutation = { markAttendance: { id: string, status: BookingStatus } };

export type CreateTrainingSessionMutationVariables = Exact<{
  input: SessionInput;
}>;


export type CreateTrainingSessionMutation = { createTrainingSession: { id: string } };

export type TrainingNeedsQueryVariables = Exact<{
  status?: TrainingNeedStatus | null | undefined;
}>;


export type TrainingNeedsQuery = { trainingNeeds: Array<{ id: string, organisationName: string, courseId: string | null, courseCode: string | null, topic: string | null, people: number, preferredFrom: string, preferredTo: string, region: string, format: CourseFormat | null, status: TrainingNeedStatus, sessionId: string | null, createdAt: string }> };

export type TrainingNeedSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type TrainingNeedSummaryQuery = { trainingNeedSummary: Array<{ courseId: string | null, courseCode: string | null, topic: string | null, region: string, month: string, people: number, partners: number, needIds: Array<string> }> };

export type StateTrainingNeedMutationVariables = Exact<{
  input: TrainingNeedInput;
}>;


export type StateTrainingNeedMutation = { stateTrainingNeed: { id: string, status: TrainingNeedStatus } };

export type CloseTrainingNeedMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseTrainingNeedMutation = { closeTrainingNeed: { id: string, status: TrainingNeedStatus } };

export type PlanSessionFromNeedsMutationVariables = Exact<{
  needIds: Array<string | number> | string | number;
  session: SessionInput;
  priorityDays: number;
}>;


export type PlanSessionFromNeedsMutation = { planSessionFromNeeds: { id: string, startsAt: string } };

export type UpdateTrainingSessionMutationVariables = Exact<{
  id: string | number;
  input: SessionInput;
}>;


export type UpdateTrainingSessionMutation = { updateTrainingSession: { id: string, startsAt: string, venue: string } };

export type CancelTrainingSessionMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type CancelTrainingSessionMutation = { cancelTrainingSession: { id: string, status: SessionStatus } };

export type EnrolmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type EnrolmentsQuery = { enrolments: Array<{ id: string, courseId: string, courseCode: string, courseTitleDe: string, courseTitleEn: string, participantId: string, participantName: string, status: string, enrolledAt: string, completedAt: string | null }> };

export type EnrolInCourseMutationVariables = Exact<{
  courseId: string | number;
  participantId?: string | number | null | undefined;
}>;


export type EnrolInCourseMutation = { enrolInCourse: { id: string, participantName: string, status: string } };

export type WithdrawEnrolmentMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawEnrolmentMutation = { withdrawEnrolment: { id: string, status: string } };

export type CompleteEnrolmentMutationVariables = Exact<{
  id: string | number;
}>;


export type CompleteEnrolmentMutation = { completeEnrolment: { id: string, status: string, completedAt: string | null } };

export type CalendarFeedQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarFeedQuery = { calendarFeedCreatedAt: string | null };

export type CreateCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateCalendarFeedMutation = { createCalendarFeed: string };

export type RevokeCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type RevokeCalendarFeedMutation = { revokeCalendarFeed: boolean };

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

export type UnreadNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationsQuery = { notifications: { unreadCount: number } };

export type NotificationsQueryVariables = Exact<{
  page?: PageInput | null | undefined;
}>;


export type NotificationsQuery = { notifications: { unreadCount: number, totalCount: number, items: Array<{ id: string, kind: string, params: Record<string, unknown>, createdAt: string, readAt: string | null }> }, productLines: Array<{ id: string, code: string, nameDe: string, nameEn: string }>, tiers: Array<{ id: string, code: string, nameDe: string, nameEn: string }> };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

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
export const ArticleFieldsFragmentDoc = new TypedDocumentString(`
    fragment ArticleFields on Article {
  id
  kind
  status
  title
  summary
  body
  language
  audience
  minTierRank
  limitedToProductLines
  reviewBy
  productLineIds
  serviceCategoryIds
  tags
  codes
  authorId
  authorName
  authorOrganisationId
  authorOrganisationName
  ownerId
  ownerName
  lastEditorName
  version
  revision
  publishedAt
  firstPublishedAt
  createdAt
  updatedAt
  helpfulCount
  unhelpfulCount
  solvedCount
  viewCount
  openFlagCount
  myRating
  usedBySelf
  allowedActions
}
    `, {"fragmentName":"ArticleFields"}) as unknown as TypedDocumentString<ArticleFieldsFragment, unknown>;
export const ArticleSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment ArticleSummaryFields on ArticleSummary {
  id
  kind
  status
  title
  summary
  language
  audience
  productLineIds
  serviceCategoryIds
  codes
  tags
  authorOrganisationName
  version
  publishedAt
  updatedAt
  reviewBy
  openFlagCount
  helpfulCount
  unhelpfulCount
}
    `, {"fragmentName":"ArticleSummaryFields"}) as unknown as TypedDocumentString<ArticleSummaryFieldsFragment, unknown>;
export const SubcontractorFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"SubcontractorFields"}) as unknown as TypedDocumentString<SubcontractorFieldsFragment, unknown>;
export const DelegationFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"DelegationFields"}) as unknown as TypedDocumentString<DelegationFieldsFragment, unknown>;
export const GrantFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"GrantFields"}) as unknown as TypedDocumentString<GrantFieldsFragment, unknown>;
export const GrantHistoryFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"GrantHistoryFields"}) as unknown as TypedDocumentString<GrantHistoryFieldsFragment, unknown>;
export const TierRequestFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"TierRequestFields"}) as unknown as TypedDocumentString<TierRequestFieldsFragment, unknown>;
export const TierComplianceFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"TierComplianceFields"}) as unknown as TypedDocumentString<TierComplianceFieldsFragment, unknown>;
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
export const LocatorCatalogueDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<LocatorCatalogueQuery, LocatorCatalogueQueryVariables>;
export const FindPartnersDocument = new TypedDocumentString(`
    query FindPartners($productLineId: ID!, $serviceCategoryId: ID, $postalCode: String, $place: String, $latitude: Float, $longitude: Float, $radiusKm: Float) {
  findPartners(
    productLineId: $productLineId
    serviceCategoryId: $serviceCategoryId
    postalCode: $postalCode
    place: $place
    latitude: $latitude
    longitude: $longitude
    radiusKm: $radiusKm
    page: {limit: 50}
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
    `) as unknown as TypedDocumentString<FindPartnersQuery, FindPartnersQueryVariables>;
export const VerifyBadgeDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<VerifyBadgeQuery, VerifyBadgeQueryVariables>;
export const VerifyCertificateDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<VerifyCertificateQuery, VerifyCertificateQueryVariables>;
export const MyBadgesDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<MyBadgesQuery, MyBadgesQueryVariables>;
export const PartnerPresenceDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<PartnerPresenceQuery, PartnerPresenceQueryVariables>;
export const SaveLocationDocument = new TypedDocumentString(`
    mutation SaveLocation($id: ID, $input: LocationInput!) {
  saveLocation(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SaveLocationMutation, SaveLocationMutationVariables>;
export const DeleteLocationDocument = new TypedDocumentString(`
    mutation DeleteLocation($id: ID!) {
  deleteLocation(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteLocationMutation, DeleteLocationMutationVariables>;
export const SetServiceAreasDocument = new TypedDocumentString(`
    mutation SetServiceAreas($areas: [ServiceAreaInput!]!, $organisationId: ID) {
  setServiceAreas(areas: $areas, organisationId: $organisationId) {
    postalPrefix
  }
}
    `) as unknown as TypedDocumentString<SetServiceAreasMutation, SetServiceAreasMutationVariables>;
export const KnowledgeSearchDocument = new TypedDocumentString(`
    query KnowledgeSearch($input: KnowledgeSearchInput!) {
  knowledgeSearch(input: $input) {
    query
    total
    totalIsLowerBound
    hasMore
    offset
    correctedQuery
    didYouMean
    searchId
    hits {
      titleRuns
      snippetRuns
      article {
        id
        kind
        language
        codes
      }
    }
    facets {
      productLines {
        value
        count
      }
      serviceCategories {
        value
        count
      }
      kinds {
        value
        count
      }
      languages {
        value
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KnowledgeSearchQuery, KnowledgeSearchQueryVariables>;
export const ArticleDocument = new TypedDocumentString(`
    query Article($id: ID!) {
  article(id: $id) {
    ...ArticleFields
  }
}
    fragment ArticleFields on Article {
  id
  kind
  status
  title
  summary
  body
  language
  audience
  minTierRank
  limitedToProductLines
  reviewBy
  productLineIds
  serviceCategoryIds
  tags
  codes
  authorId
  authorName
  authorOrganisationId
  authorOrganisationName
  ownerId
  ownerName
  lastEditorName
  version
  revision
  publishedAt
  firstPublishedAt
  createdAt
  updatedAt
  helpfulCount
  unhelpfulCount
  solvedCount
  viewCount
  openFlagCount
  myRating
  usedBySelf
  allowedActions
}`) as unknown as TypedDocumentString<ArticleQuery, ArticleQueryVariables>;
export const ArticlesDocument = new TypedDocumentString(`
    query Articles($scope: ArticleListScope!, $status: ArticleStatus, $sort: ArticleSort!, $page: PageInput) {
  articles(scope: $scope, status: $status, sort: $sort, page: $page) {
    totalCount
    offset
    hasMore
    items {
      ...ArticleSummaryFields
    }
  }
}
    fragment ArticleSummaryFields on ArticleSummary {
  id
  kind
  status
  title
  summary
  language
  audience
  productLineIds
  serviceCategoryIds
  codes
  tags
  authorOrganisationName
  version
  publishedAt
  updatedAt
  reviewBy
  openFlagCount
  helpfulCount
  unhelpfulCount
}`) as unknown as TypedDocumentString<ArticlesQuery, ArticlesQueryVariables>;
export const ArticleVersionsDocument = new TypedDocumentString(`
    query ArticleVersions($id: ID!) {
  articleVersions(id: $id) {
    version
    title
    summary
    body
    createdAt
    editedByName
  }
}
    `) as unknown as TypedDocumentString<ArticleVersionsQuery, ArticleVersionsQueryVariables>;
export const ArticleEventsDocument = new TypedDocumentString(`
    query ArticleEvents($id: ID!) {
  articleEvents(id: $id) {
    id
    action
    actorName
    comment
    fromStatus
    toStatus
    occurredAt
  }
}
    `) as unknown as TypedDocumentString<ArticleEventsQuery, ArticleEventsQueryVariables>;
export const ArticleFlagsDocument = new TypedDocumentString(`
    query ArticleFlags($status: ArticleFlagStatus!, $page: PageInput) {
  articleFlags(status: $status, page: $page) {
    totalCount
    offset
    hasMore
    items {
      id
      articleId
      articleTitle
      reason
      comment
      status
      resolution
      createdAt
      raisedByName
      raisedByOrganisationName
    }
  }
}
    `) as unknown as TypedDocumentString<ArticleFlagsQuery, ArticleFlagsQueryVariables>;
export const SearchAnalyticsDocument = new TypedDocumentString(`
    query SearchAnalytics($days: Int!) {
  knowledgeSearchAnalytics(days: $days) {
    days
    searches
    clickThrough
    topQueries {
      query
      searches
      averageResults
      clickThrough
    }
    zeroResultQueries {
      query
      searches
      averageResults
      clickThrough
    }
  }
}
    `) as unknown as TypedDocumentString<SearchAnalyticsQuery, SearchAnalyticsQueryVariables>;
export const CreateArticleDocument = new TypedDocumentString(`
    mutation CreateArticle($input: ArticleInput!) {
  createArticle(input: $input) {
    ...ArticleFields
  }
}
    fragment ArticleFields on Article {
  id
  kind
  status
  title
  summary
  body
  language
  audience
  minTierRank
  limitedToProductLines
  reviewBy
  productLineIds
  serviceCategoryIds
  tags
  codes
  authorId
  authorName
  authorOrganisationId
  authorOrganisationName
  ownerId
  ownerName
  lastEditorName
  version
  revision
  publishedAt
  firstPublishedAt
  createdAt
  updatedAt
  helpfulCount
  unhelpfulCount
  solvedCount
  viewCount
  openFlagCount
  myRating
  usedBySelf
  allowedActions
}`) as unknown as TypedDocumentString<CreateArticleMutation, CreateArticleMutationVariables>;
export const UpdateArticleDocument = new TypedDocumentString(`
    mutation UpdateArticle($id: ID!, $expectedRevision: Int!, $input: ArticleInput!) {
  updateArticle(id: $id, expectedRevision: $expectedRevision, input: $input) {
    ...ArticleFields
  }
}
    fragment ArticleFields on Article {
  id
  kind
  status
  title
  summary
  body
  language
  audience
  minTierRank
  limitedToProductLines
  reviewBy
  productLineIds
  serviceCategoryIds
  tags
  codes
  authorId
  authorName
  authorOrganisationId
  authorOrganisationName
  ownerId
  ownerName
  lastEditorName
  version
  revision
  publishedAt
  firstPublishedAt
  createdAt
  updatedAt
  helpfulCount
  unhelpfulCount
  solvedCount
  viewCount
  openFlagCount
  myRating
  usedBySelf
  allowedActions
}`) as unknown as TypedDocumentString<UpdateArticleMutation, UpdateArticleMutationVariables>;
export const TransitionArticleDocument = new TypedDocumentString(`
    mutation TransitionArticle($id: ID!, $action: ArticleTransition!, $expectedRevision: Int!, $comment: String!) {
  transitionArticle(
    id: $id
    action: $action
    expectedRevision: $expectedRevision
    comment: $comment
  ) {
    ...ArticleFields
  }
}
    fragment ArticleFields on Article {
  id
  kind
  status
  title
  summary
  body
  language
  audience
  minTierRank
  limitedToProductLines
  reviewBy
  productLineIds
  serviceCategoryIds
  tags
  codes
  authorId
  authorName
  authorOrganisationId
  authorOrganisationName
  ownerId
  ownerName
  lastEditorName
  version
  revision
  publishedAt
  firstPublishedAt
  createdAt
  updatedAt
  helpfulCount
  unhelpfulCount
  solvedCount
  viewCount
  openFlagCount
  myRating
  usedBySelf
  allowedActions
}`) as unknown as TypedDocumentString<TransitionArticleMutation, TransitionArticleMutationVariables>;
export const CommentOnArticleDocument = new TypedDocumentString(`
    mutation CommentOnArticle($id: ID!, $comment: String!) {
  commentOnArticle(id: $id, comment: $comment) {
    id
  }
}
    `) as unknown as TypedDocumentString<CommentOnArticleMutation, CommentOnArticleMutationVariables>;
export const RateArticleDocument = new TypedDocumentString(`
    mutation RateArticle($id: ID!, $helpful: Boolean!) {
  rateArticle(id: $id, helpful: $helpful) {
    ...ArticleFields
  }
}
    fragment ArticleFields on Article {
  id
  kind
  status
  title
  summary
  body
  language
  audience
  minTierRank
  limitedToProductLines
  reviewBy
  productLineIds
  serviceCategoryIds
  tags
  codes
  authorId
  authorName
  authorOrganisationId
  authorOrganisationName
  ownerId
  ownerName
  lastEditorName
  version
  revision
  publishedAt
  firstPublishedAt
  createdAt
  updatedAt
  helpfulCount
  unhelpfulCount
  solvedCount
  viewCount
  openFlagCount
  myRating
  usedBySelf
  allowedActions
}`) as unknown as TypedDocumentString<RateArticleMutation, RateArticleMutationVariables>;
export const WithdrawArticleRatingDocument = new TypedDocumentString(`
    mutation WithdrawArticleRating($id: ID!) {
  withdrawArticleRating(id: $id) {
    ...ArticleFields
  }
}
    fragment ArticleFields on Article {
  id
  kind
  status
  title
  summary
  body
  language
  audience
  minTierRank
  limitedToProductLines
  reviewBy
  productLineIds
  serviceCategoryIds
  tags
  codes
  authorId
  authorName
  authorOrganisationId
  authorOrganisationName
  ownerId
  ownerName
  lastEditorName
  version
  revision
  publishedAt
  firstPublishedAt
  createdAt
  updatedAt
  helpfulCount
  unhelpfulCount
  solvedCount
  viewCount
  openFlagCount
  myRating
  usedBySelf
  allowedActions
}`) as unknown as TypedDocumentString<WithdrawArticleRatingMutation, WithdrawArticleRatingMutationVariables>;
export const FlagArticleDocument = new TypedDocumentString(`
    mutation FlagArticle($id: ID!, $reason: ArticleFlagReason!, $comment: String!) {
  flagArticle(id: $id, reason: $reason, comment: $comment) {
    id
  }
}
    `) as unknown as TypedDocumentString<FlagArticleMutation, FlagArticleMutationVariables>;
export const ResolveArticleFlagDocument = new TypedDocumentString(`
    mutation ResolveArticleFlag($flagId: ID!, $resolution: String!) {
  resolveArticleFlag(flagId: $flagId, resolution: $resolution) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ResolveArticleFlagMutation, ResolveArticleFlagMutationVariables>;
export const RecordArticleViewDocument = new TypedDocumentString(`
    mutation RecordArticleView($id: ID!, $searchId: ID, $position: Int) {
  recordArticleView(id: $id, searchId: $searchId, position: $position) {
    id
    viewCount
  }
}
    `) as unknown as TypedDocumentString<RecordArticleViewMutation, RecordArticleViewMutationVariables>;
export const MarkArticleSolvedDocument = new TypedDocumentString(`
    mutation MarkArticleSolved($id: ID!, $searchId: ID, $position: Int) {
  markArticleSolved(id: $id, searchId: $searchId, position: $position) {
    ...ArticleFields
  }
}
    fragment ArticleFields on Article {
  id
  kind
  status
  title
  summary
  body
  language
  audience
  minTierRank
  limitedToProductLines
  reviewBy
  productLineIds
  serviceCategoryIds
  tags
  codes
  authorId
  authorName
  authorOrganisationId
  authorOrganisationName
  ownerId
  ownerName
  lastEditorName
  version
  revision
  publishedAt
  firstPublishedAt
  createdAt
  updatedAt
  helpfulCount
  unhelpfulCount
  solvedCount
  viewCount
  openFlagCount
  myRating
  usedBySelf
  allowedActions
}`) as unknown as TypedDocumentString<MarkArticleSolvedMutation, MarkArticleSolvedMutationVariables>;
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
export const SubcontractingCatalogueDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<SubcontractingCatalogueQuery, SubcontractingCatalogueQueryVariables>;
export const SubcontractorsDocument = new TypedDocumentString(`
    query Subcontractors($includeEnded: Boolean!) {
  subcontractors(includeEnded: $includeEnded) {
    ...SubcontractorFields
  }
}
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
}`) as unknown as TypedDocumentString<SubcontractorsQuery, SubcontractorsQueryVariables>;
export const SubcontractorDocument = new TypedDocumentString(`
    query Subcontractor($id: ID!) {
  subcontractor(id: $id) {
    ...SubcontractorFields
  }
}
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
}`) as unknown as TypedDocumentString<SubcontractorQuery, SubcontractorQueryVariables>;
export const DelegationsDocument = new TypedDocumentString(`
    query Delegations($status: DelegationStatus, $partnerId: ID, $subcontractorId: ID, $productLineId: ID, $page: PageInput) {
  delegations(
    status: $status
    partnerId: $partnerId
    subcontractorId: $subcontractorId
    productLineId: $productLineId
    page: $page
  ) {
    items {
      ...DelegationFields
    }
    offset
    totalCount
    hasMore
  }
}
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
}`) as unknown as TypedDocumentString<DelegationsQuery, DelegationsQueryVariables>;
export const DelegationHistoryDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<DelegationHistoryQuery, DelegationHistoryQueryVariables>;
export const RegisterSubcontractorDocument = new TypedDocumentString(`
    mutation RegisterSubcontractor($input: RegisterSubcontractorInput!) {
  registerSubcontractor(input: $input) {
    ...SubcontractorFields
  }
}
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
}`) as unknown as TypedDocumentString<RegisterSubcontractorMutation, RegisterSubcontractorMutationVariables>;
export const EndSubcontractorRelationshipDocument = new TypedDocumentString(`
    mutation EndSubcontractorRelationship($id: ID!, $reason: String!) {
  endSubcontractorRelationship(id: $id, reason: $reason) {
    ...SubcontractorFields
  }
}
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
}`) as unknown as TypedDocumentString<EndSubcontractorRelationshipMutation, EndSubcontractorRelationshipMutationVariables>;
export const InviteSubcontractorUserDocument = new TypedDocumentString(`
    mutation InviteSubcontractorUser($relationshipId: ID!, $email: String!, $displayName: String!, $locale: String!) {
  inviteSubcontractorUser(
    relationshipId: $relationshipId
    email: $email
    displayName: $displayName
    locale: $locale
  ) {
    invitationUrl
    expiresAt
    user {
      id
      email
    }
  }
}
    `) as unknown as TypedDocumentString<InviteSubcontractorUserMutation, InviteSubcontractorUserMutationVariables>;
export const RequestDelegationDocument = new TypedDocumentString(`
    mutation RequestDelegation($input: RequestDelegationInput!) {
  requestDelegation(input: $input) {
    ...DelegationFields
  }
}
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
}`) as unknown as TypedDocumentString<RequestDelegationMutation, RequestDelegationMutationVariables>;
export const DecideDelegationDocument = new TypedDocumentString(`
    mutation DecideDelegation($id: ID!, $decision: DelegationDecision!, $reason: String!, $validFrom: LocalDate, $validUntil: LocalDate) {
  decideDelegation(
    id: $id
    decision: $decision
    reason: $reason
    validFrom: $validFrom
    validUntil: $validUntil
  ) {
    ...DelegationFields
  }
}
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
}`) as unknown as TypedDocumentString<DecideDelegationMutation, DecideDelegationMutationVariables>;
export const PermittedKnowledgeDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<PermittedKnowledgeQuery, PermittedKnowledgeQueryVariables>;
export const TierCatalogueDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<TierCatalogueQuery, TierCatalogueQueryVariables>;
export const PartnerNetworkDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<PartnerNetworkQuery, PartnerNetworkQueryVariables>;
export const PartnerGrantsDocument = new TypedDocumentString(`
    query PartnerGrants($partnerId: ID!) {
  tierGrants(filter: {partnerId: $partnerId}, page: {limit: 100}) {
    totalCount
    items {
      ...GrantFields
      history {
        ...GrantHistoryFields
      }
    }
  }
}
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
fragment GrantHistoryFields on TierGrantEvent {
  id
  grantId
  action
  reason
  actorName
  occurredAt
  before
  after
}`) as unknown as TypedDocumentString<PartnerGrantsQuery, PartnerGrantsQueryVariables>;
export const PartnerOrganisationDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<PartnerOrganisationQuery, PartnerOrganisationQueryVariables>;
export const TierRequestsDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<TierRequestsQuery, TierRequestsQueryVariables>;
export const GrantTierDocument = new TypedDocumentString(`
    mutation GrantTier($input: GrantTierInput!) {
  grantTier(input: $input) {
    ...GrantFields
  }
}
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
}`) as unknown as TypedDocumentString<GrantTierMutation, GrantTierMutationVariables>;
export const RenewTierGrantDocument = new TypedDocumentString(`
    mutation RenewTierGrant($input: RenewGrantInput!) {
  renewTierGrant(input: $input) {
    ...GrantFields
  }
}
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
}`) as unknown as TypedDocumentString<RenewTierGrantMutation, RenewTierGrantMutationVariables>;
export const ChangeGrantTierDocument = new TypedDocumentString(`
    mutation ChangeGrantTier($input: ChangeGrantTierInput!) {
  changeGrantTier(input: $input) {
    ...GrantFields
  }
}
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
}`) as unknown as TypedDocumentString<ChangeGrantTierMutation, ChangeGrantTierMutationVariables>;
export const SuspendTierGrantDocument = new TypedDocumentString(`
    mutation SuspendTierGrant($input: SuspendGrantInput!) {
  suspendTierGrant(input: $input) {
    ...GrantFields
  }
}
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
}`) as unknown as TypedDocumentString<SuspendTierGrantMutation, SuspendTierGrantMutationVariables>;
export const LiftTierGrantSuspensionDocument = new TypedDocumentString(`
    mutation LiftTierGrantSuspension($input: GrantReasonInput!) {
  liftTierGrantSuspension(input: $input) {
    ...GrantFields
  }
}
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
}`) as unknown as TypedDocumentString<LiftTierGrantSuspensionMutation, LiftTierGrantSuspensionMutationVariables>;
export const RevokeTierGrantDocument = new TypedDocumentString(`
    mutation RevokeTierGrant($input: GrantReasonInput!) {
  revokeTierGrant(input: $input) {
    ...GrantFields
  }
}
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
}`) as unknown as TypedDocumentString<RevokeTierGrantMutation, RevokeTierGrantMutationVariables>;
export const RequestTierDocument = new TypedDocumentString(`
    mutation RequestTier($input: RequestTierInput!) {
  requestTier(input: $input) {
    ...TierRequestFields
  }
}
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
}`) as unknown as TypedDocumentString<RequestTierMutation, RequestTierMutationVariables>;
export const WithdrawTierRequestDocument = new TypedDocumentString(`
    mutation WithdrawTierRequest($id: ID!) {
  withdrawTierRequest(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WithdrawTierRequestMutation, WithdrawTierRequestMutationVariables>;
export const ApproveTierRequestDocument = new TypedDocumentString(`
    mutation ApproveTierRequest($input: ApproveTierRequestInput!) {
  approveTierRequest(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ApproveTierRequestMutation, ApproveTierRequestMutationVariables>;
export const RejectTierRequestDocument = new TypedDocumentString(`
    mutation RejectTierRequest($input: RejectTierRequestInput!) {
  rejectTierRequest(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RejectTierRequestMutation, RejectTierRequestMutationVariables>;
export const TierComplianceDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<TierComplianceQuery, TierComplianceQueryVariables>;
export const CoursesDocument = new TypedDocumentString(`
    query Courses {
  courses {
    id
    code
    titleDe
    titleEn
    format
    productLineId
  }
}
    `) as unknown as TypedDocumentString<CoursesQuery, CoursesQueryVariables>;
export const TrainingSessionsDocument = new TypedDocumentString(`
    query TrainingSessions($filter: SessionFilterInput, $page: PageInput) {
  trainingSessions(filter: $filter, page: $page) {
    totalCount
    offset
    hasMore
    items {
      id
      courseId
      courseCode
      courseTitleDe
      courseTitleEn
      format
      startsAt
      endsAt
      language
      region
      venue
      capacity
      seatsLeft
      waitlistLength
      status
      timeZone
      trainer
      onlineUrl
      seatCapPerOrganisation
      bookingDeadline
      cancellationDeadline
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingSessionsQuery, TrainingSessionsQueryVariables>;
export const BookingsDocument = new TypedDocumentString(`
    query Bookings($sessionId: ID, $page: PageInput) {
  bookings(sessionId: $sessionId, page: $page) {
    totalCount
    offset
    hasMore
    items {
      id
      sessionId
      courseTitleDe
      courseTitleEn
      startsAt
      participantId
      participantName
      organisationName
      status
      waitlistPosition
    }
  }
}
    `) as unknown as TypedDocumentString<BookingsQuery, BookingsQueryVariables>;
export const CertificatesDocument = new TypedDocumentString(`
    query Certificates {
  certificates {
    id
    code
    courseCode
    courseTitleDe
    courseTitleEn
    holderName
    issuedOn
    validUntil
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<CertificatesQuery, CertificatesQueryVariables>;
export const TeamMembersDocument = new TypedDocumentString(`
    query TeamMembers($page: PageInput) {
  users(filter: {status: ACTIVE}, page: $page) {
    items {
      id
      displayName
      email
    }
  }
}
    `) as unknown as TypedDocumentString<TeamMembersQuery, TeamMembersQueryVariables>;
export const BookSeatDocument = new TypedDocumentString(`
    mutation BookSeat($input: BookSeatInput!) {
  bookSeat(input: $input) {
    id
    participantName
    status
    waitlistPosition
  }
}
    `) as unknown as TypedDocumentString<BookSeatMutation, BookSeatMutationVariables>;
export const CancelBookingDocument = new TypedDocumentString(`
    mutation CancelBooking($id: ID!) {
  cancelBooking(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CancelBookingMutation, CancelBookingMutationVariables>;
export const MarkAttendanceDocument = new TypedDocumentString(`
    mutation MarkAttendance($input: AttendanceInput!) {
  markAttendance(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<MarkAttendanceMutation, MarkAttendanceMutationVariables>;
export const CreateTrainingSessionDocument = new TypedDocumentString(`
    mutation CreateTrainingSession($input: SessionInput!) {
  createTrainingSession(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateTrainingSessionMutation, CreateTrainingSessionMutationVariables>;
export const TrainingNeedsDocument = new TypedDocumentString(`
    query TrainingNeeds($status: TrainingNeedStatus) {
  trainingNeeds(status: $status) {
    id
    organisationName
    courseId
    courseCode
    topic
    people
    preferredFrom
    preferredTo
    region
    format
    status
    sessionId
    createdAt
  }
}
    `) as unknown as TypedDocumentString<TrainingNeedsQuery, TrainingNeedsQueryVariables>;
export const TrainingNeedSummaryDocument = new TypedDocumentString(`
    query TrainingNeedSummary {
  trainingNeedSummary {
    courseId
    courseCode
    topic
    region
    month
    people
    partners
    needIds
  }
}
    `) as unknown as TypedDocumentString<TrainingNeedSummaryQuery, TrainingNeedSummaryQueryVariables>;
export const StateTrainingNeedDocument = new TypedDocumentString(`
    mutation StateTrainingNeed($input: TrainingNeedInput!) {
  stateTrainingNeed(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<StateTrainingNeedMutation, StateTrainingNeedMutationVariables>;
export const CloseTrainingNeedDocument = new TypedDocumentString(`
    mutation CloseTrainingNeed($id: ID!) {
  closeTrainingNeed(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CloseTrainingNeedMutation, CloseTrainingNeedMutationVariables>;
export const PlanSessionFromNeedsDocument = new TypedDocumentString(`
    mutation PlanSessionFromNeeds($needIds: [ID!]!, $session: SessionInput!, $priorityDays: Int!) {
  planSessionFromNeeds(
    needIds: $needIds
    session: $session
    priorityDays: $priorityDays
  ) {
    id
    startsAt
  }
}
    `) as unknown as TypedDocumentString<PlanSessionFromNeedsMutation, PlanSessionFromNeedsMutationVariables>;
export const UpdateTrainingSessionDocument = new TypedDocumentString(`
    mutation UpdateTrainingSession($id: ID!, $input: SessionInput!) {
  updateTrainingSession(id: $id, input: $input) {
    id
    startsAt
    venue
  }
}
    `) as unknown as TypedDocumentString<UpdateTrainingSessionMutation, UpdateTrainingSessionMutationVariables>;
export const CancelTrainingSessionDocument = new TypedDocumentString(`
    mutation CancelTrainingSession($id: ID!, $reason: String!) {
  cancelTrainingSession(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CancelTrainingSessionMutation, CancelTrainingSessionMutationVariables>;
export const EnrolmentsDocument = new TypedDocumentString(`
    query Enrolments {
  enrolments {
    id
    courseId
    courseCode
    courseTitleDe
    courseTitleEn
    participantId
    participantName
    status
    enrolledAt
    completedAt
  }
}
    `) as unknown as TypedDocumentString<EnrolmentsQuery, EnrolmentsQueryVariables>;
export const EnrolInCourseDocument = new TypedDocumentString(`
    mutation EnrolInCourse($courseId: ID!, $participantId: ID) {
  enrolInCourse(courseId: $courseId, participantId: $participantId) {
    id
    participantName
    status
  }
}
    `) as unknown as TypedDocumentString<EnrolInCourseMutation, EnrolInCourseMutationVariables>;
export const WithdrawEnrolmentDocument = new TypedDocumentString(`
    mutation WithdrawEnrolment($id: ID!) {
  withdrawEnrolment(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WithdrawEnrolmentMutation, WithdrawEnrolmentMutationVariables>;
export const CompleteEnrolmentDocument = new TypedDocumentString(`
    mutation CompleteEnrolment($id: ID!) {
  completeEnrolment(id: $id) {
    id
    status
    completedAt
  }
}
    `) as unknown as TypedDocumentString<CompleteEnrolmentMutation, CompleteEnrolmentMutationVariables>;
export const CalendarFeedDocument = new TypedDocumentString(`
    query CalendarFeed {
  calendarFeedCreatedAt
}
    `) as unknown as TypedDocumentString<CalendarFeedQuery, CalendarFeedQueryVariables>;
export const CreateCalendarFeedDocument = new TypedDocumentString(`
    mutation CreateCalendarFeed {
  createCalendarFeed
}
    `) as unknown as TypedDocumentString<CreateCalendarFeedMutation, CreateCalendarFeedMutationVariables>;
export const RevokeCalendarFeedDocument = new TypedDocumentString(`
    mutation RevokeCalendarFeed {
  revokeCalendarFeed
}
    `) as unknown as TypedDocumentString<RevokeCalendarFeedMutation, RevokeCalendarFeedMutationVariables>;
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
export const UnreadNotificationsDocument = new TypedDocumentString(`
    query UnreadNotifications {
  notifications(unreadOnly: true, page: {limit: 1}) {
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<UnreadNotificationsQuery, UnreadNotificationsQueryVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications($page: PageInput) {
  notifications(page: $page) {
    unreadCount
    totalCount
    items {
      id
      kind
      params
      createdAt
      readAt
    }
  }
  productLines {
    id
    code
    nameDe
    nameEn
  }
  tiers {
    id
    code
    nameDe
    nameEn
  }
}
    `) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]) {
  markNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;