import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode } from '@ruta/shared-domain';
import { AppError, fieldError, type AuthUser } from '@ruta/server-core';
import type { DataSource } from 'typeorm';
import { PasswordLinksService } from './password-links.service.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { SessionsService } from './sessions.service.js';
import { SignInFailureEntity } from './sign-in-failure.entity.js';
import { UserTokenEntity } from './user-token.entity.js';
import { UserEntity } from './user.entity.js';

/** Sign-in throttling: failures counted over a window, per account and per client address. */
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

export interface ClientInfo {
  ip: string;
  userAgent?: string;
}

/** Signing in and out, and setting passwords. */
@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly links: PasswordLinksService,
  ) {}

  /**
   * Signs a person in. An unknown address, a wrong password and a disabled account give the same
   * error after the same work (one argon2 verification); too many recent failures for the account
   * or the address give RATE_LIMITED before any check.
   */
  async login(email: string, password: string, client: ClientInfo): Promise<{ token: string; user: UserEntity }> {
    await this.assertNotThrottled(email, client.ip);
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('person')
      .addSelect('person.passwordHash')
      .where('person.email = :email', { email })
      .getOne();
    const valid = await verifyPassword(user?.passwordHash, password);
    if (!user || !valid || user.disabledAt) {
      await this.dataSource.getRepository(SignInFailureEntity).insert({ email, ip: client.ip });
      throw new AppError(ErrorCode.Unauthenticated, 'invalidCredentials');
    }
    await this.dataSource.getRepository(SignInFailureEntity).delete({ email });
    await this.dataSource.getRepository(UserEntity).update(user.id, { lastSignInAt: new Date() });
    const { token } = await this.sessions.create(user.id, client);
    return { token, user };
  }

  /** Sets a password through an invitation or reset link (used once), and signs the person in. */
  async setPasswordWithLink(token: string, password: string, client: ClientInfo): Promise<{ token: string; user: UserEntity }> {
    const passwordHash = await hashPassword(password);
    const user = await this.dataSource.transaction(async (manager) => {
      const link = await this.links.findLive(token, manager);
      if (!link || link.user.disabledAt) throw AppError.badInput([fieldError('token', 'tokenInvalid')]);
      await manager.update(UserTokenEntity, { id: link.id }, { usedAt: new Date() });
      await manager.update(UserEntity, link.userId, { passwordHash, lastSignInAt: new Date() });
      return link.user;
    });
    await this.sessions.revokeAll(user.id);
    const session = await this.sessions.create(user.id, client);
    return { token: session.token, user };
  }

  /** Changes the signed-in person's password; their other sessions end. */
  async changePassword(actor: AuthUser, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('person')
      .addSelect('person.passwordHash')
      .where('person.id = :id', { id: actor.id })
      .getOneOrFail();
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      throw AppError.badInput([fieldError('currentPassword', 'wrongPassword')]);
    }
    await this.dataSource.getRepository(UserEntity).update(user.id, { passwordHash: await hashPassword(newPassword) });
    await this.dataSource
      .createQueryBuilder()
      .update('session')
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL AND id <> :current', { userId: actor.id, current: actor.sessionId })
      .execute();
  }

  private async assertNotThrottled(email: string, ip: string): Promise<void> {
    const [counts] = (await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE email = $1)::int AS account, count(*) FILTER (WHERE ip = $2)::int AS address
         FROM sign_in_failure WHERE created_at > now() - make_interval(secs => $3) AND (email = $1 OR ip = $2)`,
      [email, ip, SIGN_IN_WINDOW_MS / 1000],
    )) as Array<{ account: number; address: number }>;
    if (counts.account >= MAX_FAILURES_PER_ACCOUNT || counts.address >= MAX_FAILURES_PER_ADDRESS) {
      throw new AppError(ErrorCode.RateLimited, 'rateLimited');
    }
  }
}
