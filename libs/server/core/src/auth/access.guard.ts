import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError } from '../errors/app-error.js';
import { Authenticator } from './auth-user.js';
import { AUTHORIZE_KEY, type AuthorizeRule } from './authorize.decorator.js';
import { readSessionToken, requestOf } from './request-user.js';

/**
 * The one auth guard: resolves the session (once per request), then applies the operation's
 * declared rule. Anonymous and refused → UNAUTHENTICATED; signed in and refused → FORBIDDEN;
 * nothing declared → FORBIDDEN for everyone (fail closed).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = requestOf(context);
    if (req.user === undefined) {
      const token = readSessionToken(req);
      req.user = token ? await this.authenticator.authenticate(token) : null;
    }
    const rule = this.reflector.getAllAndOverride<AuthorizeRule | undefined>(AUTHORIZE_KEY, [context.getHandler(), context.getClass()]);
    if (!rule) throw AppError.forbidden();
    if (rule.kind === 'public') return true;
    if (rule.policy.can(req.user, rule.action)) return true;
    throw req.user ? AppError.forbidden() : AppError.unauthenticated();
  }
}
