import { Module } from '@nestjs/common';
import { BadgeController } from './badge.controller';
import { BadgesService } from './badges.service';
import { DirectoryResolver } from './directory.resolver';
import { GrantCertificateController } from './grant-certificate.controller';
import { LocationsService } from './locations.service';
import { LocatorService } from './locator.service';

@Module({
  controllers: [BadgeController, GrantCertificateController],
  providers: [LocationsService, LocatorService, BadgesService, DirectoryResolver],
})
export class DirectoryModule {}
