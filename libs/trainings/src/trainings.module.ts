import { Module } from '@nestjs/common';
import { NotificationsModule } from '@portal/notifications';
import { BookingsService } from './bookings.service';
import { CertificatesService } from './certificates.service';
import { CalendarController } from './calendar.controller';
import { CertificateController } from './certificate.controller';
import { EnrolmentsService } from './enrolments.service';
import { RemindersService } from './reminders.service';
import { CalendarService } from './calendar.service';
import { ComplianceService } from './compliance.service';
import { NeedsService } from './needs.service';
import { CoursesService } from './courses.service';
import { SessionsService } from './sessions.service';
import { TrainingsResolver } from './trainings.resolver';
import { NetworkRiskResolver } from './network-risk.resolver';

@Module({
  imports: [NotificationsModule],
  controllers: [CalendarController, CertificateController],
  providers: [
    RemindersService,
    EnrolmentsService,
    CalendarService,
    NeedsService,
    ComplianceService,
    CoursesService,
    SessionsService,
    BookingsService,
    CertificatesService,
    TrainingsResolver,
    NetworkRiskResolver,
  ],
  exports: [BookingsService],
})
export class TrainingsModule {}
