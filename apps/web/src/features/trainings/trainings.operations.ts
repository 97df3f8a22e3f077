import { graphql } from '../../gql';

export const CoursesQuery = graphql(`
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
`);

export const TrainingSessionsQuery = graphql(`
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
`);

export const BookingsQuery = graphql(`
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
`);

export const CertificatesQuery = graphql(`
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
`);

export const TeamMembersQuery = graphql(`
  query TeamMembers($page: PageInput) {
    users(filter: { status: ACTIVE }, page: $page) {
      items {
        id
        displayName
        email
      }
    }
  }
`);

export const BookSeatMutation = graphql(`
  mutation BookSeat($input: BookSeatInput!) {
    bookSeat(input: $input) {
      id
      participantName
      status
      waitlistPosition
    }
  }
`);

export const CancelBookingMutation = graphql(`
  mutation CancelBooking($id: ID!) {
    cancelBooking(id: $id) {
      id
      status
    }
  }
`);

export const MarkAttendanceMutation = graphql(`
  mutation MarkAttendance($input: AttendanceInput!) {
    markAttendance(input: $input) {
      id
      status
    }
  }
`);

export const CreateTrainingSessionMutation = graphql(`
  mutation CreateTrainingSession($input: SessionInput!) {
    createTrainingSession(input: $input) {
      id
    }
  }
`);

export const TrainingNeedsQuery = graphql(`
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
`);

export const TrainingNeedSummaryQuery = graphql(`
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
`);

export const StateTrainingNeedMutation = graphql(`
  mutation StateTrainingNeed($input: TrainingNeedInput!) {
    stateTrainingNeed(input: $input) {
      id
      status
    }
  }
`);

export const CloseTrainingNeedMutation = graphql(`
  mutation CloseTrainingNeed($id: ID!) {
    closeTrainingNeed(id: $id) {
      id
      status
    }
  }
`);

export const PlanSessionFromNeedsMutation = graphql(`
  mutation PlanSessionFromNeeds($needIds: [ID!]!, $session: SessionInput!, $priorityDays: Int!) {
    planSessionFromNeeds(needIds: $needIds, session: $session, priorityDays: $priorityDays) {
      id
      startsAt
    }
  }
`);

export const UpdateTrainingSessionMutation = graphql(`
  mutation UpdateTrainingSession($id: ID!, $input: SessionInput!) {
    updateTrainingSession(id: $id, input: $input) {
      id
      startsAt
      venue
    }
  }
`);

export const CancelTrainingSessionMutation = graphql(`
  mutation CancelTrainingSession($id: ID!, $reason: String!) {
    cancelTrainingSession(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const EnrolmentsQuery = graphql(`
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
`);

export const EnrolInCourseMutation = graphql(`
  mutation EnrolInCourse($courseId: ID!, $participantId: ID) {
    enrolInCourse(courseId: $courseId, participantId: $participantId) {
      id
      participantName
      status
    }
  }
`);

export const WithdrawEnrolmentMutation = graphql(`
  mutation WithdrawEnrolment($id: ID!) {
    withdrawEnrolment(id: $id) {
      id
      status
    }
  }
`);

export const CompleteEnrolmentMutation = graphql(`
  mutation CompleteEnrolment($id: ID!) {
    completeEnrolment(id: $id) {
      id
      status
      completedAt
    }
  }
`);

export const CalendarFeedQuery = graphql(`
  query CalendarFeed {
    calendarFeedCreatedAt
  }
`);

export const CreateCalendarFeedMutation = graphql(`
  mutation CreateCalendarFeed {
    createCalendarFeed
  }
`);

export const RevokeCalendarFeedMutation = graphql(`
  mutation RevokeCalendarFeed {
    revokeCalendarFeed
  }
`);
