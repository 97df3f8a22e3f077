import { Args, ArgsType, Field, GraphQLISODateTime, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, type Page, Permission, Public, type RequestContext, Trimmed } from '@portal/core';
import { IsBoolean, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { BookingsService } from './bookings.service';
import { CertificatesService } from './certificates.service';
import { CalendarService } from './calendar.service';
import { ComplianceService } from './compliance.service';
import { EnrolmentsService } from './enrolments.service';
import { EnrolmentModel } from './models/enrolment.model';
import { PlanSessionArgs, TrainingNeedInput, TrainingNeedsArgs } from './dto/need.input';
import { TrainingNeedGroupModel, TrainingNeedModel } from './models/need.model';
import { NeedsService } from './needs.service';
import { CoursesService } from './courses.service';
import { PartnerComplianceModel } from './models/compliance.model';
import {
  AttendanceInput,
  BookingIdArgs,
  BookingsArgs,
  BookSeatInput,
  CertificateCodeArgs,
  CourseInput,
  SessionInput,
  SessionsArgs,
  UpdateCourseArgs,
  UpdateSessionArgs,
  UuidArgs,
} from './dto/training.input';
import {
  BookingModel,
  BookingPage,
  CertificateModel,
  CertificateVerificationModel,
  CourseModel,
  TrainingSessionModel,
  TrainingSessionPage,
} from './models/training.model';
import { SessionsService } from './sessions.service';

@ArgsType()
export class CoursesArgs {
  @Field({ defaultValue: true })
  @IsBoolean()
  activeOnly: boolean = true;
}

@ArgsType()
export class OptionalPartnerArgs {
  @Field(() => ID, { nullable: true, description: "Defaults to the viewer's organisation." })
  @IsOptional()
  @IsUUID()
  partnerId?: string;
}

@ArgsType()
export class EnrolArgs {
  @Field(() => ID)
  @IsUUID()
  courseId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  participantId?: string;
}

@ArgsType()
export class ReasonArgs extends UuidArgs {
  @Field()
  @Trimmed()
  @IsString()
  @Length(3, 1000, { message: 'reason must be between 3 and 1000 characters' })
  reason: string;
}

@Resolver()
export class TrainingsResolver {
  constructor(
    private readonly courseService: CoursesService,
    private readonly sessions: SessionsService,
    private readonly bookingService: BookingsService,
    private readonly certificateService: CertificatesService,
    private readonly compliance: ComplianceService,
    private readonly needs: NeedsService,
    private readonly calendar: CalendarService,
    private readonly enrolmentService: EnrolmentsService,
  ) {}

  @Query(() => [CourseModel])
  @Allow(Permission.TrainingRead)
  courses(@Args() args: CoursesArgs): Promise<CourseModel[]> {
    return this.courseService.list(args.activeOnly);
  }

  @Mutation(() => CourseModel)
  @Allow(Permission.TrainingManage)
  createCourse(@Ctx() ctx: RequestContext, @Args('input') input: CourseInput): Promise<CourseModel> {
    return this.courseService.create(ctx, input);
  }

  @Mutation(() => CourseModel)
  @Allow(Permission.TrainingManage)
  updateCourse(@Ctx() ctx: RequestContext, @Args() args: UpdateCourseArgs): Promise<CourseModel> {
    return this.courseService.update(ctx, args.id, args.input);
  }

  @Query(() => TrainingSessionPage, { description: 'Sessions (upcoming and scheduled by default) with seats left.' })
  @Allow(Permission.TrainingRead)
  trainingSessions(@Args() args: SessionsArgs): Promise<Page<TrainingSessionModel>> {
    return this.sessions.list(args);
  }

  @Query(() => TrainingSessionModel)
  @Allow(Permission.TrainingRead)
  trainingSession(@Args() args: UuidArgs): Promise<TrainingSessionModel> {
    return this.sessions.get(args.id);
  }

  @Mutation(() => TrainingSessionModel)
  @Allow(Permission.TrainingManage)
  createTrainingSession(@Ctx() ctx: RequestContext, @Args('input') input: SessionInput): Promise<TrainingSessionModel> {
    return this.sessions.create(ctx, input);
  }

  @Mutation(() => TrainingSessionModel, {
    description: 'Changes time, place or capacity; booked people are told, the waiting list moves up.',
  })
  @Allow(Permission.TrainingManage)
  updateTrainingSession(@Ctx() ctx: RequestContext, @Args() args: UpdateSessionArgs): Promise<TrainingSessionModel> {
    return this.sessions.update(ctx, args.id, args.input);
  }

  @Mutation(() => TrainingSessionModel)
  @Allow(Permission.TrainingManage)
  cancelTrainingSession(@Ctx() ctx: RequestContext, @Args() args: ReasonArgs): Promise<TrainingSessionModel> {
    return this.sessions.cancel(ctx, args.id, args.reason);
  }

  @Query(() => BookingPage, { description: "Bookings: a technician sees their own, a partner admin the team's, the manufacturer all." })
  @Allow(Permission.BookingRead)
  bookings(@Ctx() ctx: RequestContext, @Args() args: BookingsArgs): Promise<Page<BookingModel>> {
    return this.bookingService.list(ctx, args);
  }

  @Mutation(() => BookingModel, { description: 'Books a seat, or a place on the waiting list when the session is full.' })
  @Allow(Permission.BookingCreate)
  bookSeat(@Ctx() ctx: RequestContext, @Args('input') input: BookSeatInput): Promise<BookingModel> {
    return this.bookingService.book(ctx, input);
  }

  @Mutation(() => BookingModel)
  @Allow(Permission.BookingCreate, Permission.TrainingManage)
  cancelBooking(@Ctx() ctx: RequestContext, @Args() args: BookingIdArgs): Promise<BookingModel> {
    return this.bookingService.cancel(ctx, args.id);
  }

  @Mutation(() => BookingModel, { description: 'ATTENDED issues a certificate; NO_SHOW does not.' })
  @Allow(Permission.TrainingManage)
  markAttendance(@Ctx() ctx: RequestContext, @Args('input') input: AttendanceInput): Promise<BookingModel> {
    return this.certificateService.markAttendance(ctx, input);
  }

  @Query(() => [CertificateModel])
  @Allow(Permission.BookingRead)
  certificates(@Ctx() ctx: RequestContext): Promise<CertificateModel[]> {
    return this.certificateService.list(ctx);
  }

  @Mutation(() => CertificateModel)
  @Allow(Permission.TrainingManage)
  revokeCertificate(@Ctx() ctx: RequestContext, @Args() args: ReasonArgs): Promise<CertificateModel> {
    return this.certificateService.revoke(ctx, args.id, args.reason);
  }

  @Query(() => PartnerComplianceModel, {
    description: 'Tier requirements against training records: a partner for itself, the manufacturer for any.',
  })
  @Allow(Permission.GrantRead)
  tierCompliance(@Ctx() ctx: RequestContext, @Args() args: OptionalPartnerArgs): Promise<PartnerComplianceModel> {
    return this.compliance.forPartner(ctx, args.partnerId);
  }

  @Query(() => [TrainingNeedModel], { description: "Training needs: a partner's own, or all for the training manager." })
  @Allow(Permission.TrainingNeedManage, Permission.TrainingNeedRead)
  trainingNeeds(@Ctx() ctx: RequestContext, @Args() args: TrainingNeedsArgs): Promise<TrainingNeedModel[]> {
    return this.needs.list(ctx, args.status);
  }

  @Query(() => [TrainingNeedGroupModel], { description: 'Open needs summed up by course or topic, region and month.' })
  @Allow(Permission.TrainingNeedRead)
  trainingNeedSummary(): Promise<TrainingNeedGroupModel[]> {
    return this.needs.summary();
  }

  @Mutation(() => TrainingNeedModel)
  @Allow(Permission.TrainingNeedManage)
  stateTrainingNeed(@Ctx() ctx: RequestContext, @Args('input') input: TrainingNeedInput): Promise<TrainingNeedModel> {
    return this.needs.create(ctx, input);
  }

  @Mutation(() => TrainingNeedModel, { description: 'Withdraws an open need of the own organisation (it becomes CLOSED).' })
  @Allow(Permission.TrainingNeedManage)
  closeTrainingNeed(@Ctx() ctx: RequestContext, @Args() args: UuidArgs): Promise<TrainingNeedModel> {
    return this.needs.close(ctx, args.id);
  }

  @Mutation(() => TrainingSessionModel, { description: 'Creates a session answering a group of needs; their partners may book first.' })
  @Allow(Permission.TrainingManage)
  planSessionFromNeeds(@Ctx() ctx: RequestContext, @Args() args: PlanSessionArgs): Promise<TrainingSessionModel> {
    return this.needs.plan(ctx, args);
  }

  @Query(() => GraphQLISODateTime, { nullable: true, description: "When the viewer's calendar feed was created; null when there is none." })
  @Allow(Permission.BookingRead)
  calendarFeedCreatedAt(@Ctx() ctx: RequestContext): Promise<Date | null> {
    return this.calendar.feedCreatedAt(ctx);
  }

  @Mutation(() => String, { description: 'A private iCalendar feed URL of the own bookings; replaces the previous one.' })
  @Allow(Permission.BookingRead)
  createCalendarFeed(@Ctx() ctx: RequestContext): Promise<string> {
    return this.calendar.createFeed(ctx);
  }

  @Mutation(() => Boolean)
  @Allow(Permission.BookingRead)
  revokeCalendarFeed(@Ctx() ctx: RequestContext): Promise<boolean> {
    return this.calendar.revokeFeed(ctx);
  }

  @Query(() => [EnrolmentModel], { description: "E-learning enrolments: own, the team's, or all for the manufacturer." })
  @Allow(Permission.BookingRead)
  enrolments(@Ctx() ctx: RequestContext): Promise<EnrolmentModel[]> {
    return this.enrolmentService.list(ctx);
  }

  @Mutation(() => EnrolmentModel, { description: 'Enrols the viewer (or a team member) in an e-learning course.' })
  @Allow(Permission.BookingCreate)
  enrolInCourse(@Ctx() ctx: RequestContext, @Args() args: EnrolArgs): Promise<EnrolmentModel> {
    return this.enrolmentService.enrol(ctx, args.courseId, args.participantId);
  }

  @Mutation(() => EnrolmentModel, { description: 'Marks an e-learning course completed and issues the certificate.' })
  @Allow(Permission.TrainingManage)
  completeEnrolment(@Ctx() ctx: RequestContext, @Args() args: UuidArgs): Promise<EnrolmentModel> {
    return this.enrolmentService.complete(ctx, args.id);
  }

  @Mutation(() => EnrolmentModel, {
    description: "Withdraws an open e-learning enrolment (own, a team member's, or any for training staff).",
  })
  @Allow(Permission.BookingCreate, Permission.TrainingManage)
  withdrawEnrolment(@Ctx() ctx: RequestContext, @Args() args: UuidArgs): Promise<EnrolmentModel> {
    return this.enrolmentService.withdraw(ctx, args.id);
  }

  @Query(() => CertificateVerificationModel, { description: 'Public check of a certificate code: valid, expired, revoked or unknown.' })
  @Public()
  verifyCertificate(@Args() args: CertificateCodeArgs): Promise<CertificateVerificationModel> {
    return this.certificateService.verify(args.code);
  }
}
