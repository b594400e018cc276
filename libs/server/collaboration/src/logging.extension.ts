import { Injectable } from '@nestjs/common';
import type { connectedPayload, Extension, onDisconnectPayload } from '@hocuspocus/server';
import { PinoLogger } from 'nestjs-pino';
import { CollaborationMetrics } from './collaboration-metrics.js';
import type { CollaborationContext } from './collaboration-context.js';

/** Logs who opens and closes which document (never the content), and counts the open connections. */
@Injectable()
export class LoggingExtension implements Extension {
  extensionName = 'ruta-logging';

  constructor(
    private readonly logger: PinoLogger,
    private readonly metrics: CollaborationMetrics,
  ) {
    this.logger.setContext('Collaboration');
  }

  async connected({ context, documentName, socketId }: connectedPayload<CollaborationContext>): Promise<void> {
    this.metrics.connections += 1;
    this.logger.info({ documentName, socketId, userId: context.user.id, access: context.access }, 'collaboration connection opened');
  }

  async onDisconnect({ context, documentName, socketId }: onDisconnectPayload<CollaborationContext>): Promise<void> {
    this.metrics.connections = Math.max(0, this.metrics.connections - 1);
    this.logger.info({ documentName, socketId, userId: context?.user?.id }, 'collaboration connection closed');
  }
}
