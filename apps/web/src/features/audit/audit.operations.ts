import { graphql } from '../../gql';

export const AuditEventsQuery = graphql(`
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
`);
