import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar, Paginated } from '@portal/core';

export enum CourseFormat {
  CLASSROOM = 'CLASSROOM',
  VIRTUAL_CLASSROOM = 'VIRTUAL_CLASSROOM',
  E_LEARNING = 'E_LEARNING',
  WORKSHOP = 'WORKSHOP',
}
registerEnumType(CourseFormat, { name: 'CourseFormat' });

export enum SessionStatus {
  SCHEDULED = 'SCHEDULED',
  CANCELLED = 'CANCELLED',
  COMPLETED = 'COMPLETED',
}
registerEnumType(SessionStatus, { name: 'SessionStatus' });

export enum BookingStatus {
  CONFIRMED = 'CONFIRMED',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
  LATE_CANCELLED = 'LATE_CANCELLED',
  ATTENDED = 'ATTENDED',
  NO_SHOW = 'NO_SHOW',
}
registerEnumType(BookingStatus, { name: 'BookingStatus' });

@ObjectType('Course')
export class CourseModel {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field()
  titleDe: string;

  @Field()
  titleEn: string;

  @Field()
  descriptionDe: string;

  @Field()
  descriptionEn: string;

  @Field(() => CourseFormat)
  format: CourseFormat;

  @Field(() => Int)
  durationMinutes: number;

  @Field(() => ID, { nullable: true })
  productLineId: string | null;

  @Field(() => Int)
  certificateValidityMonths: number;

  @Field(() => [ID], { description: 'Courses that must be completed first.' })
  prerequisiteIds: string[];

  @Field(() => [ID], { description: 'Courses accepted in place of this one.' })
  equivalentIds: string[];

  @Field()
  active: boolean;
}

@ObjectType('TrainingSession')
export class TrainingSessionModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  courseId: string;

  @Field()
  courseCode: string;

  @Field()
  courseTitleDe: string;

  @Field()
  courseTitleEn: string;

  @Field(() => CourseFormat)
  format: CourseFormat;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  endsAt: Date;

  @Field({ description: 'IANA time zone the session is held in, e.g. Europe/Berlin.' })
  timeZone: string;

  @Field()
  venue: string;

  @Field(() => String, { nullable: true })
  onlineUrl: string | null;

  @Field()
  region: string;

  @Field()
  language: string;

  @Field()
  trainer: string;

  @Field(() => Int)
  capacity: number;

  @Field(() => Int)
  seatsTaken: number;

  @Field(() => Int)
  seatsLeft: number;

  @Field(() => Int)
  waitlistLength: number;

  @Field(() => Int, { nullable: true })
  seatCapPerOrganisation: number | null;

  @Field(() => GraphQLISODateTime)
  bookingDeadline: Date;

  @Field(() => GraphQLISODateTime)
  cancellationDeadline: Date;

  @Field(() => SessionStatus)
  status: SessionStatus;
}

export const TrainingSessionPage = Paginated(TrainingSessionModel, 'TrainingSessionPage');

@ObjectType('Booking')
export class BookingModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  sessionId: string;

  @Field()
  courseTitleDe: string;

  @Field()
  courseTitleEn: string;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => ID)
  participantId: string;

  @Field()
  participantName: string;

  @Field()
  organisationName: string;

  @Field(() => BookingStatus)
  status: BookingStatus;

  @Field(() => Int, { nullable: true, description: '1 for the first person waiting; null unless waitlisted.' })
  waitlistPosition: number | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

export const BookingPage = Paginated(BookingModel, 'BookingPage');

@ObjectType('Certificate')
export class CertificateModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Verification code, printed on the certificate.' })
  code: string;

  @Field()
  holderName: string;

  @Field()
  courseCode: string;

  @Field()
  courseTitleDe: string;

  @Field()
  courseTitleEn: string;

  @Field(() => LocalDateScalar)
  issuedOn: string;

  @Field(() => LocalDateScalar)
  validUntil: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  revokedAt: Date | null;
}

export enum CertificateValidity {
  VALID = 'VALID',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(CertificateValidity, { name: 'CertificateValidity' });

@ObjectType('CertificateVerification', { description: 'What anyone may learn from a certificate code.' })
export class CertificateVerificationModel {
  @Field(() => CertificateValidity)
  validity: CertificateValidity;

  @Field(() => String, { nullable: true })
  holderName: string | null;

  @Field(() => String, { nullable: true })
  organisationName: string | null;

  @Field(() => String, { nullable: true })
  courseTitleDe: string | null;

  @Field(() => String, { nullable: true })
  courseTitleEn: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  validUntil: string | null;
}
