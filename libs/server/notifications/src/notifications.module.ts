import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DocumentsModule } from '@ruta/server-documents';
import { IdentityModule } from '@ruta/server-identity';
import { OrganizationsModule } from '@ruta/server-organizations';
import { QuestionsModule } from '@ruta/server-questions';
import { RoadmapModule } from '@ruta/server-roadmap';
import { NotificationEntity } from './notification.entity.js';
import { NotificationRouter } from './notification-router.js';
import { NotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';

export const notificationEntities = [NotificationEntity];

/** Telling people what concerns them: routed from domain events on the job queue, read in the app. */
@Module({
  imports: [
    TypeOrmModule.forFeature(notificationEntities),
    DocumentsModule,
    IdentityModule,
    OrganizationsModule,
    QuestionsModule,
    RoadmapModule,
  ],
  providers: [NotificationsService, NotificationRouter, NotificationsResolver],
  exports: [NotificationsService],
})
export class NotificationsModule {}
