import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@ruta/server-core';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, MoreThan, type DataSource, type EntityManager } from 'typeorm';
import { hashToken, newToken } from './tokens.js';
import { UserTokenEntity, type UserTokenKind } from './user-token.entity.js';

export const PASSWORD_LINK_VALID_MS = 72 * 60 * 60 * 1000;
export const passwordLinkPath = (token: string) => `/definir-contrasena/${token}`;

/** One-time links to set a password (invitations and resets): issued, looked up, used once. */
@Injectable()
export class PasswordLinksService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Issues a link for a person, cancelling any earlier unused one. */
  async issue(manager: EntityManager, userId: string, kind: UserTokenKind, createdById: string | null) {
    const now = new Date();
    await manager.update(UserTokenEntity, { userId, usedAt: IsNull() }, { usedAt: now });
    const token = newToken();
    const expiresAt = new Date(now.getTime() + PASSWORD_LINK_VALID_MS);
    await manager.insert(UserTokenEntity, { userId, kind, tokenHash: this.hash(token), expiresAt, createdById });
    return { kind, token, path: passwordLinkPath(token), expiresAt };
  }

  /** The live (unused, unexpired) link for a token, or null. Locks it when given a transaction. */
  findLive(token: string, transaction?: EntityManager): Promise<UserTokenEntity | null> {
    const manager = transaction ?? this.dataSource.manager;
    if (token.length > 200) return Promise.resolve(null);
    return manager.findOne(UserTokenEntity, {
      where: { tokenHash: this.hash(token), usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      relations: { user: true },
      ...(transaction && { lock: { mode: 'pessimistic_write', tables: ['user_token'] } }),
    });
  }

  private hash(token: string): string {
    return hashToken(this.config.auth.sessionSecret, token);
  }
}
