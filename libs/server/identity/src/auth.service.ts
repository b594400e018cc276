import { setTimeout as sleep } from 'node:timers/promises';
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

/**
 * Sign-in throttling, over the failures of the last 15 minutes (`sign_in_failure`), that protects
 * accounts without handing anyone a way to lock their owners out:
 * - 5 for one account from one address: that address gets RATE_LIMITED for that account, whatever
 *   the password; other addresses still may sign in to it;
 * - 5 or more for one account from anywhere: every attempt at it waits before the password check,
 *   `SIGN_IN_DELAY_PER_FAILURE_MS` per failure from the fifth on, at most `MAX_SIGN_IN_DELAY_MS`,
 *   so guessing from many addresses stays slow;
 * - 30 from one address across accounts: that address gets RATE_LIMITED, except for accounts that
 *   have signed in from it before (a session with that ip), so one guesser behind an office's
 *   shared address does not lock out the people who work there.
 */
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;
export const SLOW_DOWN_AFTER_ACCOUNT_FAILURES = 5;
export const SIGN_IN_DELAY_PER_FAILURE_MS = 250;
export const MAX_SIGN_IN_DELAY_MS = 3_000;
export const MAX_FAILURES_PER_ADDRESS = 30;

/** How long an attempt at an account with that many recent failures waits before the password check. */
export function signInDelayMs(accountFailures: number): number {
  if (accountFailures < SLOW_DOWN_AFTER_ACCOUNT_FAILURES) return 0;
  return Math.min(MAX_SIGN_IN_DELAY_MS, (accountFailures - SLOW_DOWN_AFTER_ACCOUNT_FAILURES + 1) * SIGN_IN_DELAY_PER_FAILURE_MS);
}

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
   * error after the same work (one argon2 verification). Before any check, the throttling above:
   * RATE_LIMITED for too many recent failures of this account from this client address, or from
   * this address across accounts (unless the account has signed in from it before); a short wait
   * when the account has failed often from anywhere. Signing in clears the failures of this
   * account from this address only, so guesses made elsewhere keep counting.
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
    await this.dataSource.getRepository(SignInFailureEntity).delete({ email, ip: client.ip });
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
    await this.sessions.revokeOthers(actor.id, actor.sessionId);
  }

  private async assertNotThrottled(email: string, ip: string): Promise<void> {
    const [failures] = (await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE email = $1 AND ip = $2)::int AS "fromAddressForAccount",
              count(*) FILTER (WHERE email = $1)::int AS "forAccount",
              count(*) FILTER (WHERE ip = $2)::int AS "fromAddress"
         FROM sign_in_failure WHERE created_at > now() - make_interval(secs => $3) AND (email = $1 OR ip = $2)`,
      [email, ip, SIGN_IN_WINDOW_MS / 1000],
    )) as Array<{ fromAddressForAccount: number; forAccount: number; fromAddress: number }>;
    if (failures.fromAddressForAccount >= MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS) {
      throw new AppError(ErrorCode.RateLimited, 'rateLimited');
    }
    if (failures.fromAddress >= MAX_FAILURES_PER_ADDRESS && !(await this.hasSignedInFrom(email, ip))) {
      throw new AppError(ErrorCode.RateLimited, 'rateLimited');
    }
    const delay = signInDelayMs(failures.forAccount);
    if (delay > 0) await sleep(delay);
  }

  /** Whether the account has had a session from this address (ended ones count). */
  private async hasSignedInFrom(email: string, ip: string): Promise<boolean> {
    const [row] = (await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM session JOIN app_user ON app_user.id = session.user_id
                       WHERE app_user.email = $1 AND session.ip = $2) AS known`,
      [email, ip],
    )) as Array<{ known: boolean }>;
    return row.known;
  }
}
