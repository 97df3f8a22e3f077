import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../access/access.decorators';
import { Permission } from '../access/permissions';
import { Ctx } from '../context/ctx.decorator';
import type { RequestContext } from '../context/request-context';
import type { Page } from '../pagination/page';
import { AuditEventsArgs } from './audit-filter.input';
import { AuditEventModel, AuditEventPage } from './audit-event.model';
import { AuditService } from './audit.service';

@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEventPage, { description: 'The audit log: manufacturer admins see all, partners their own organisation.' })
  @Allow(Permission.AuditRead)
  auditEvents(@Ctx() ctx: RequestContext, @Args() args: AuditEventsArgs): Promise<Page<AuditEventModel>> {
    return this.audit.list(ctx, args.filter, args.page);
  }
}
