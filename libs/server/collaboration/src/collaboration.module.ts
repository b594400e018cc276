import { Module } from '@nestjs/common';
import { DocumentsModule } from '@ruta/server-documents';
import { IdentityModule } from '@ruta/server-identity';
import { AuthenticationExtension } from './authentication.extension.js';
import { CollaborationMetrics } from './collaboration-metrics.js';
import { CollaborationResolver } from './collaboration.resolver.js';
import { CollaborationServer } from './collaboration.server.js';
import { CollaborationTickets } from './collaboration-tickets.js';
import { DocumentVersionsService } from './document-versions.service.js';
import { LoggingExtension } from './logging.extension.js';
import { PersistenceExtension } from './persistence.extension.js';

/** Editing documents together: the Hocuspocus server, its tickets, persistence, and versions restored live. */
@Module({
  imports: [DocumentsModule, IdentityModule],
  providers: [
    CollaborationTickets,
    DocumentVersionsService,
    CollaborationMetrics,
    AuthenticationExtension,
    PersistenceExtension,
    LoggingExtension,
    CollaborationServer,
    CollaborationResolver,
  ],
  exports: [CollaborationServer, CollaborationMetrics],
})
export class CollaborationModule {}
