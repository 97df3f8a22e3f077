import { Module } from '@nestjs/common';
import { NotificationsModule } from '@portal/notifications';
import { BookingsService } from './bookings.service';
import { CertificatesService } from './certificates.service';
import { ComplianceService } from './compliance.service';
import { CoursesService } from './courses.service';
import { SessionsService } from './sessions.service';
import { TrainingsResolver } from './trainings.resolver';

@Module({
  imports: [NotificationsModule],
  providers: [ComplianceService, CoursesService, SessionsService, BookingsService, CertificatesService, TrainingsResolver],
  exports: [BookingsService],
})
export class TrainingsModule {}
