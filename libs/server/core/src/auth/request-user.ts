import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { SESSION_COOKIE, type AuthUser } from './auth-user.js';

export type RequestWithUser = Request & { user?: AuthUser | null };

/** The HTTP request behind a GraphQL operation or a controller route. */
export function requestOf(context: ExecutionContext): RequestWithUser {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext<{ req: RequestWithUser }>().req;
  return context.switchToHttp().getRequest<RequestWithUser>();
}

/** The session token of a request: `Authorization: Bearer …` for scripts, the cookie for browsers. */
export function readSessionToken(req: Request): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || null;
  const cookie = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
  return cookie || null;
}

/** The signed-in person (null when anonymous), as the guard resolved them. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext) => requestOf(context).user ?? null);
