import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authorize, CurrentUser, IdArgs, type AuthUser } from '@ruta/server-core';
import { documentsPolicy, DocumentSnapshotModel } from '@ruta/server-documents';
import { CollaborationTicket } from './collaboration.model.js';
import { CollaborationTickets } from './collaboration-tickets.js';
import { DocumentVersionsService } from './document-versions.service.js';
import { DocumentIdArgs, CreateSnapshotArgs } from './collaboration.args.js';

/** Opening a document in the editor, and its saved versions (restoring one goes through the live document). */
@Resolver()
export class CollaborationResolver {
  constructor(
    private readonly tickets: CollaborationTickets,
    private readonly versions: DocumentVersionsService,
  ) {}

  @Mutation(() => CollaborationTicket, { description: 'A short-lived token to open a document in the collaborative editor.' })
  @Authorize(documentsPolicy, 'document:read')
  collaborationTicket(@CurrentUser() actor: AuthUser, @Args() { documentId }: DocumentIdArgs): Promise<CollaborationTicket> {
    return this.tickets.issue(actor, documentId);
  }

  @Query(() => [DocumentSnapshotModel], { description: 'Saved versions of a document, newest first.' })
  @Authorize(documentsPolicy, 'document:read')
  documentSnapshots(@CurrentUser() actor: AuthUser, @Args() { documentId }: DocumentIdArgs): Promise<DocumentSnapshotModel[]> {
    return this.versions.list(actor, documentId);
  }

  @Mutation(() => DocumentSnapshotModel, { description: 'Saves the document as it is now under a name.' })
  @Authorize(documentsPolicy, 'document:edit')
  createDocumentSnapshot(@CurrentUser() actor: AuthUser, @Args() { documentId, name }: CreateSnapshotArgs): Promise<DocumentSnapshotModel> {
    return this.versions.create(actor, documentId, name);
  }

  @Mutation(() => DocumentSnapshotModel, { description: 'Restores a saved version (the current one is saved first).' })
  @Authorize(documentsPolicy, 'document:edit')
  restoreDocumentSnapshot(@CurrentUser() actor: AuthUser, @Args() { id }: IdArgs): Promise<DocumentSnapshotModel> {
    return this.versions.restore(actor, id);
  }
}
