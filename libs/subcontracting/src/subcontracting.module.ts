import { Module } from '@nestjs/common';
import { NotificationsModule } from '@portal/notifications';
import { OrganisationsModule } from '@portal/organisations';
import { TiersModule } from '@portal/tiers';
import { DelegationCascadeService } from './delegation-cascade.service';
import { DelegationsService } from './delegations.service';
import { SubcontractingResolver } from './subcontracting.resolver';
import { SubcontractorsService } from './subcontractors.service';

@Module({
  imports: [NotificationsModule, OrganisationsModule, TiersModule],
  providers: [DelegationCascadeService, DelegationsService, SubcontractorsService, SubcontractingResolver],
  exports: [DelegationCascadeService],
})
export class SubcontractingModule {}
