import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RemovalChecks } from '@ruta/server-core';
import { IdentityModule } from '@ruta/server-identity';
import { RoadmapModule } from '@ruta/server-roadmap';
import { CommentsResolver } from './comments.resolver.js';
import { CommentsService } from './comments.service.js';
import { CommentEntity, CommentThreadEntity, DocumentEntity, DocumentSnapshotEntity, DocumentUpdateEntity } from './document.entity.js';
import { DocumentRenderer } from './document-renderer.js';
import { DocumentStore } from './document-store.js';
import { DocumentsResolver } from './documents.resolver.js';
import { TalkFieldsResolver } from './talk-fields.resolver.js';
import { DocumentsService } from './documents.service.js';
import { keepWrittenPonencias } from './documents-keep.js';
import { DocumentsAbilitiesResolver } from './documents.abilities.js';

export const documentEntities = [DocumentEntity, DocumentUpdateEntity, DocumentSnapshotEntity, CommentThreadEntity, CommentEntity];

/** Documents: their records, stored content, comments and renderings (editing together is the collaboration library's). */
@Module({
  imports: [TypeOrmModule.forFeature(documentEntities), IdentityModule, RoadmapModule],
  providers: [
    DocumentsAbilitiesResolver,
    DocumentsService,
    DocumentStore,
    DocumentRenderer,
    CommentsService,
    DocumentsResolver,
    CommentsResolver,
    TalkFieldsResolver,
  ],
  exports: [DocumentsService, DocumentRenderer, DocumentStore, CommentsService],
})
export class DocumentsModule {
  constructor(removals: RemovalChecks) {
    keepWrittenPonencias(removals);
  }
}
