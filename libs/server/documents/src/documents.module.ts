import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@ruta/server-identity';
import { RoadmapModule } from '@ruta/server-roadmap';
import { AuthenticationExtension } from './collaboration/authentication.extension.js';
import { CollaborationMetrics } from './collaboration/collaboration-metrics.js';
import { CollaborationServer } from './collaboration/collaboration.server.js';
import { LoggingExtension } from './collaboration/logging.extension.js';
import { PersistenceExtension } from './collaboration/persistence.extension.js';
import { CommentsResolver } from './comments.resolver.js';
import { CommentsService } from './comments.service.js';
import { CommentEntity, CommentThreadEntity, DocumentEntity, DocumentSnapshotEntity, DocumentUpdateEntity } from './document.entity.js';
import { DocumentRenderer } from './document-renderer.js';
import { DocumentStore } from './document-store.js';
import { DocumentVersionsService } from './document-versions.service.js';
import { DocumentsResolver } from './documents.resolver.js';
import { TalkFieldsResolver } from './talk-fields.resolver.js';
import { DocumentsService } from './documents.service.js';
import { SearchResolver, SearchService } from './search.js';

export const documentEntities = [DocumentEntity, DocumentUpdateEntity, DocumentSnapshotEntity, CommentThreadEntity, CommentEntity];

/** Collaborative documents: the collaboration server, persistence, versions, comments, renderings, search. */
@Module({
  imports: [TypeOrmModule.forFeature(documentEntities), IdentityModule, RoadmapModule],
  providers: [
    DocumentsService,
    DocumentStore,
    DocumentRenderer,
    DocumentVersionsService,
    CommentsService,
    SearchService,
    CollaborationMetrics,
    AuthenticationExtension,
    PersistenceExtension,
    LoggingExtension,
    CollaborationServer,
    DocumentsResolver,
    CommentsResolver,
    SearchResolver,
    TalkFieldsResolver,
  ],
  exports: [DocumentsService, DocumentRenderer, DocumentStore, CollaborationServer, CollaborationMetrics],
})
export class DocumentsModule {}
