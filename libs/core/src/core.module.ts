import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { AccessGuard } from './access/access.guard';
import { MutationRateLimitGuard } from './access/mutation-rate-limit.guard';
import { AuditResolver } from './audit/audit.resolver';
import { AuditService } from './audit/audit.service';
import { AppConfig } from './config/app-config';
import { TransactionService } from './database/transaction.service';
import { DomainEvents } from './events/domain-events';
import { JobScheduler } from './jobs/job-scheduler';
import { AppErrorHttpFilter } from './errors/app-error-http.filter';
import { InputValidationPipe } from './graphql/input-validation.pipe';

/**
 * Cross-cutting services every domain uses. The session authenticator behind the guard is bound
 * by the composition root (apps/api), because core knows no domain.
 */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: AppConfig, useValue: config },
        TransactionService,
        AuditService,
        DomainEvents,
        JobScheduler,
        AuditResolver,
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_GUARD, useClass: MutationRateLimitGuard },
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_FILTER, useClass: AppErrorHttpFilter },
      ],
      exports: [AppConfig, TransactionService, AuditService, DomainEvents, JobScheduler],
    };
  }
}
