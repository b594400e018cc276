import { Inject, Injectable } from '@nestjs/common';
import type { Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { DocumentAccess } from '@ruta/shared-domain';
import { APP_CONFIG, type AppConfig } from '@ruta/server-core';
import { SessionsService } from '@ruta/server-identity';
import { verifyCollaborationToken } from './collaboration-token.js';
import { DocumentsService } from '@ruta/server-documents';
import { documentIdOf, type CollaborationContext } from './collaboration-context.js';

/**
 * Authentication of every collaboration connection: a valid, unexpired collaboration token for
 * this very document, issued under a session that is still live; then the documents policy
 * decides edit, read-only (comment or read) or refusal. A read-only connection's updates are
 * never applied (Hocuspocus answers them with "not saved").
 */
@Injectable()
export class AuthenticationExtension implements Extension {
  extensionName = 'ruta-authentication';
  priority = 1000;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionsService,
    private readonly documents: DocumentsService,
  ) {}

  async onAuthenticate({ token, documentName, connectionConfig }: onAuthenticatePayload): Promise<CollaborationContext> {
    const documentId = documentIdOf(documentName);
    const claims = verifyCollaborationToken(this.config.auth.sessionSecret, token ?? '');
    if (!documentId || !claims || claims.documentId !== documentId) throw new Error('Unauthorized');
    const user = await this.sessions.authenticateSession(claims.sessionId);
    if (!user) throw new Error('Unauthorized');
    const { access, conversatorioId } = await this.documents.accessOf(user, documentId);
    connectionConfig.readOnly = access !== DocumentAccess.EDIT;
    return { user: { id: user.id, displayName: user.displayName }, sessionId: user.sessionId, documentId, conversatorioId, access };
  }
}
