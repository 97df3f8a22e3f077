import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PassportModule } from '@nestjs/passport';
import { type AppConfig, AuditEventEntity, CoreModule, type Logger, SESSION_AUTHENTICATOR, SessionStrategy } from '@portal/core';
import { dataSourceOptions } from '@portal/db';
import { NotificationsModule } from '@portal/notifications';
import { OrganisationsModule, SessionService } from '@portal/organisations';
import { TiersModule } from '@portal/tiers';
import { TrainingsModule } from '@portal/trainings';
import { KnowledgeModule } from '@portal/knowledge';
import { SubcontractingModule } from '@portal/subcontracting';
import { DirectoryModule } from '@portal/directory';
import { graphqlOptions } from './graphql.options';
import { HealthController } from './health.controller';

/** The composition root: wires config, database, GraphQL and every domain module. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string, logger: Logger, extraModules: Type[] = []): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config),
        TypeOrmModule.forRoot({
          ...dataSourceOptions({ url: databaseUrl, poolSize: config.databasePoolSize, entities: [AuditEventEntity] }),
          autoLoadEntities: true,
        }),
        PassportModule,
        DiscoveryModule,
        GraphQLModule.forRoot(graphqlOptions(config, logger)),
        OrganisationsModule,
        NotificationsModule,
        TiersModule,
        TrainingsModule,
        KnowledgeModule,
        SubcontractingModule,
        DirectoryModule,
        ...extraModules,
      ],
      controllers: [HealthController],
      providers: [{ provide: SESSION_AUTHENTICATOR, useExisting: SessionService }, SessionStrategy],
    };
  }
}
