import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Logger, LoggerModule } from 'nestjs-pino';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import {
  AccessGuard,
  GraphQLWebSockets,
  WebSocketGateModule,
  PubSubModule,
  DomainEventsModule,
  JobQueueModule,
  RemovalChecksModule,
  RedisModule,
  Metrics,
  MetricsModule,
  buildDataSourceOptions,
  buildGraphQLOptions,
  ConfigModule,
  DateTimeScalar,
  HealthModule,
  buildLoggerOptions,
  type AppConfig,
} from '@ruta/server-core';
import { CollaborationModule } from '@ruta/server-collaboration';
import { ContributionsModule } from '@ruta/server-contributions';
import { DocumentsModule } from '@ruta/server-documents';
import { DownloadsModule } from '@ruta/server-downloads';
import { ConversatoriosModule } from '@ruta/server-conversatorios';
import { EventsModule } from '@ruta/server-events';
import { IdentityModule } from '@ruta/server-identity';
import { MemoriaModule } from '@ruta/server-memoria';
import { NotificationsModule } from '@ruta/server-notifications';
import { OrganizationsModule } from '@ruta/server-organizations';
import { QuestionsModule } from '@ruta/server-questions';
import { RoadmapModule } from '@ruta/server-roadmap';
import { ReferenceModule } from '@ruta/server-reference';
import { SearchModule } from '@ruta/server-search';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(buildLoggerOptions(config)),
        TypeOrmModule.forRoot(buildDataSourceOptions(databaseUrl, entities, migrations)),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [Logger, Metrics],
          useFactory: (logger: Logger, metrics: Metrics) =>
            buildGraphQLOptions(config, (error) => logger.error(error, 'Unexpected error while resolving a GraphQL operation'), metrics),
        }),
        RedisModule,
        MetricsModule,
        WebSocketGateModule,
        HealthModule,
        PubSubModule,
        JobQueueModule,
        DomainEventsModule,
        RemovalChecksModule,
        ReferenceModule,
        OrganizationsModule,
        IdentityModule,
        EventsModule,
        ConversatoriosModule,
        ContributionsModule,
        QuestionsModule,
        RoadmapModule,
        DocumentsModule,
        CollaborationModule,
        SearchModule,
        MemoriaModule,
        DownloadsModule,
        NotificationsModule,
      ],
      providers: [DateTimeScalar, GraphQLWebSockets, { provide: APP_GUARD, useClass: AccessGuard }],
    };
  }
}
