import { graphql } from '../gql';

/** The bell only needs the count; the list itself loads when the popover opens. */
export const UnreadNotificationsQuery = graphql(`
  query UnreadNotifications {
    notifications(unreadOnly: true, page: { limit: 1 }) {
      unreadCount
    }
  }
`);

export const NotificationsQuery = graphql(`
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
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);
