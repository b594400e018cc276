import { Inject, Injectable } from '@nestjs/common';
import { collaborationDocumentName } from '@ruta/shared-domain';
import { APP_CONFIG, type AppConfig, type AuthUser } from '@ruta/server-core';
import { DocumentsService } from '@ruta/server-documents';
import { COLLABORATION_PATH } from './collaboration-path.js';
import { COLLABORATION_TOKEN_TTL_MS, signCollaborationToken } from './collaboration-token.js';
import type { CollaborationTicket } from './collaboration.model.js';

/** Short-lived tokens that open a document in the editor, for one person's session. */
@Injectable()
export class CollaborationTickets {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly documents: DocumentsService,
  ) {}

  async issue(actor: AuthUser, documentId: string): Promise<CollaborationTicket> {
    const access = await this.documents.readableAccess(actor, documentId);
    const expiresAt = Date.now() + COLLABORATION_TOKEN_TTL_MS;
    return {
      token: signCollaborationToken(this.config.auth.sessionSecret, { sessionId: actor.sessionId, documentId, expiresAt }),
      documentName: collaborationDocumentName(documentId),
      path: COLLABORATION_PATH,
      access,
      expiresAt: new Date(expiresAt),
    };
  }
}
