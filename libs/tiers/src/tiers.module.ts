import { Module } from '@nestjs/common';
import { NotificationsModule } from '@portal/notifications';
import { CatalogueService } from './catalogue.service';
import { EntitlementService } from './entitlement.service';
import { GrantExpiryService } from './grant-expiry.service';
import { GrantFieldsResolver } from './grant-fields.resolver';
import { GrantHistoryService } from './grant-history.service';
import { GrantsService } from './grants.service';
import { NetworkService } from './network.service';
import { TierRequestsResolver } from './tier-requests.resolver';
import { TierRequestsService } from './tier-requests.service';
import { TiersResolver } from './tiers.resolver';

@Module({
  imports: [NotificationsModule],
  providers: [
    CatalogueService,
    GrantHistoryService,
    GrantsService,
    EntitlementService,
    NetworkService,
    TierRequestsService,
    GrantExpiryService,
    TiersResolver,
    GrantFieldsResolver,
    TierRequestsResolver,
  ],
  exports: [EntitlementService, GrantsService, GrantExpiryService],
})
export class TiersModule {}
