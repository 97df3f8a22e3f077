import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { InvitationEntity } from './entities/invitation.entity';
import { OrganisationEntity } from './entities/organisation.entity';
import { SessionEntity } from './entities/session.entity';
import { UserEntity, UserRoleEntity } from './entities/user.entity';
import { InvitationService } from './invitation.service';
import { LoginThrottleService } from './login-throttle.service';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';
import { PrincipalCache } from './principal-cache';
import { SessionService } from './session.service';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([OrganisationEntity, UserEntity, UserRoleEntity, SessionEntity, InvitationEntity])],
  providers: [
    PrincipalCache,
    SessionService,
    LoginThrottleService,
    AuthService,
    InvitationService,
    UsersService,
    OrganisationsService,
    AuthResolver,
    UsersResolver,
    OrganisationsResolver,
  ],
  exports: [SessionService, OrganisationsService, UsersService],
})
export class OrganisationsModule {}
