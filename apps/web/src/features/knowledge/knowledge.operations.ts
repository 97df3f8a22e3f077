import { graphql } from '../../gql';

export const ArticleFieldsFragment = graphql(`
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
`);

export const ArticleSummaryFieldsFragment = graphql(`
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
`);

export const KnowledgeSearchQuery = graphql(`
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
`);

export const ArticleQuery = graphql(`
  query Article($id: ID!) {
    article(id: $id) {
      ...ArticleFields
    }
  }
`);

export const ArticlesQuery = graphql(`
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
`);

export const ArticleVersionsQuery = graphql(`
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
`);

export const ArticleEventsQuery = graphql(`
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
`);

export const ArticleFlagsQuery = graphql(`
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
`);

export const SearchAnalyticsQuery = graphql(`
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
`);

export const CreateArticleMutation = graphql(`
  mutation CreateArticle($input: ArticleInput!) {
    createArticle(input: $input) {
      ...ArticleFields
    }
  }
`);

export const UpdateArticleMutation = graphql(`
  mutation UpdateArticle($id: ID!, $expectedRevision: Int!, $input: ArticleInput!) {
    updateArticle(id: $id, expectedRevision: $expectedRevision, input: $input) {
      ...ArticleFields
    }
  }
`);

export const TransitionArticleMutation = graphql(`
  mutation TransitionArticle($id: ID!, $action: ArticleTransition!, $expectedRevision: Int!, $comment: String!) {
    transitionArticle(id: $id, action: $action, expectedRevision: $expectedRevision, comment: $comment) {
      ...ArticleFields
    }
  }
`);

export const CommentOnArticleMutation = graphql(`
  mutation CommentOnArticle($id: ID!, $comment: String!) {
    commentOnArticle(id: $id, comment: $comment) {
      id
    }
  }
`);

export const RateArticleMutation = graphql(`
  mutation RateArticle($id: ID!, $helpful: Boolean!) {
    rateArticle(id: $id, helpful: $helpful) {
      ...ArticleFields
    }
  }
`);

export const WithdrawArticleRatingMutation = graphql(`
  mutation WithdrawArticleRating($id: ID!) {
    withdrawArticleRating(id: $id) {
      ...ArticleFields
    }
  }
`);

export const FlagArticleMutation = graphql(`
  mutation FlagArticle($id: ID!, $reason: ArticleFlagReason!, $comment: String!) {
    flagArticle(id: $id, reason: $reason, comment: $comment) {
      id
    }
  }
`);

export const ResolveArticleFlagMutation = graphql(`
  mutation ResolveArticleFlag($flagId: ID!, $resolution: String!) {
    resolveArticleFlag(flagId: $flagId, resolution: $resolution) {
      id
      status
    }
  }
`);

export const RecordArticleViewMutation = graphql(`
  mutation RecordArticleView($id: ID!, $searchId: ID, $position: Int) {
    recordArticleView(id: $id, searchId: $searchId, position: $position) {
      id
      viewCount
    }
  }
`);

export const MarkArticleSolvedMutation = graphql(`
  mutation MarkArticleSolved($id: ID!, $searchId: ID, $position: Int) {
    markArticleSolved(id: $id, searchId: $searchId, position: $position) {
      ...ArticleFields
    }
  }
`);
