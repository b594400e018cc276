import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ACCESS_CHANGED, DomainEvents, APP_CONFIG, Authenticator, type AppConfig, type AuthUser } from '@ruta/server-core';
import { IsNull, type Repository } from 'typeorm';
import { SessionEntity } from './session.entity.js';
import { hashToken, newToken } from './tokens.js';
import { UserEntity } from './user.entity.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** A session ends after a week without use, and in any case a month after sign-in. */
export const SESSION_IDLE_MS = 7 * DAY;
export const SESSION_MAX_MS = 30 * DAY;

export const toAuthUser = (user: UserEntity, sessionId: string): AuthUser => ({
  id: user.id,
  email: user.email,
  displayName: user.displayName,
  role: user.role,
  provinceCode: user.provinceCode,
  organizationId: user.organizationId,
  sessionId,
});

/** Sessions: issued at sign-in, looked up on every request, revoked at sign-out or when disabled. */
@Injectable()
export class SessionsService extends Authenticator {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: DomainEvents,
  ) {
    super();
  }

  /** Opens a session for a person; returns the token, which is never stored. */
  async create(userId: string, client: { userAgent?: string; ip?: string } = {}): Promise<{ token: string; sessionId: string }> {
    const token = newToken();
    const session = await this.sessions.save(
      this.sessions.create({
        userId,
        tokenHash: hashToken(this.config.auth.sessionSecret, token),
        lastSeenAt: new Date(),
        userAgent: client.userAgent?.slice(0, 300) ?? null,
        ip: client.ip ?? null,
      }),
    );
    return { token, sessionId: session.id };
  }

  /** The person behind a live session token, or null (unknown, revoked, expired, or person disabled). */
  async authenticate(token: string): Promise<AuthUser | null> {
    if (token.length > 200) return null;
    // One statement per request: the session and its person in a single join.
    const session = await this.sessions
      .createQueryBuilder('session')
      .innerJoinAndSelect('session.user', 'person')
      .where('session.tokenHash = :tokenHash AND session.revokedAt IS NULL', {
        tokenHash: hashToken(this.config.auth.sessionSecret, token),
      })
      .getOne();
    if (!session || session.user.disabledAt) return null;
    const now = Date.now();
    if (now - session.lastSeenAt.getTime() > SESSION_IDLE_MS || now - session.createdAt.getTime() > SESSION_MAX_MS) return null;
    if (now - session.lastSeenAt.getTime() > MINUTE) {
      await this.sessions.update(session.id, { lastSeenAt: new Date(now) });
    }
    return toAuthUser(session.user, session.id);
  }

  /** The person behind a live session, by its id (for connections authenticated by a derived token). */
  async authenticateSession(sessionId: string): Promise<AuthUser | null> {
    const session = await this.sessions
      .createQueryBuilder('session')
      .innerJoinAndSelect('session.user', 'person')
      .where('session.id = :sessionId AND session.revokedAt IS NULL', { sessionId })
      .getOne();
    if (!session || session.user.disabledAt) return null;
    const now = Date.now();
    if (now - session.lastSeenAt.getTime() > SESSION_IDLE_MS || now - session.createdAt.getTime() > SESSION_MAX_MS) return null;
    return toAuthUser(session.user, session.id);
  }

  /** Ends one session, and closes the connections opened with it. */
  async revoke(sessionId: string): Promise<void> {
    await this.sessions.manager.transaction(async (manager) => {
      await manager.update(SessionEntity, { id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
      await this.events.record(manager, ACCESS_CHANGED, { sessionId });
    });
  }

  /** Ends every other session of a person (a new password), and closes their connections. */
  async revokeOthers(userId: string, keepSessionId: string): Promise<number> {
    return this.sessions.manager.transaction(async (manager) => {
      const [rows] = (await manager.query(
        `UPDATE session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL AND id <> $2 RETURNING id`,
        [userId, keepSessionId],
      )) as [Array<{ id: string }>, number];
      if (rows.length > 0) await this.events.record(manager, ACCESS_CHANGED, { sessionIds: rows.map((row) => row.id) });
      return rows.length;
    });
  }

  /** Ends every session of a person ("sign out everywhere", a disabled person, a password set through a link). */
  async revokeAll(userId: string): Promise<number> {
    return this.sessions.manager.transaction(async (manager) => {
      const result = await manager.update(SessionEntity, { userId, revokedAt: IsNull() }, { revokedAt: new Date() });
      await this.events.record(manager, ACCESS_CHANGED, { userId });
      return result.affected ?? 0;
    });
  }
}
