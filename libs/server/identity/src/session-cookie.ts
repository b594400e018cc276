import { SESSION_COOKIE, type AppConfig } from '@ruta/server-core';
import type { Request, Response } from 'express';
import type { ClientInfo } from './auth.service.js';
import { SESSION_MAX_MS } from './sessions.service.js';

/** The browser's copy of the session token: httpOnly, SameSite=Lax, Secure in production. */
export function setSessionCookie(res: Response, token: string, config: AppConfig): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.mode === 'production',
    path: '/',
    maxAge: SESSION_MAX_MS,
  });
}

export function clearSessionCookie(res: Response, config: AppConfig): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: config.mode === 'production', path: '/' });
}

export const clientInfo = (req: Request): ClientInfo => ({
  ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
  userAgent: req.get('user-agent') ?? undefined,
});

/** An absolute link on the address the request came to. */
export const absoluteUrl = (req: Request, path: string): string => `${req.protocol}://${req.get('host') ?? 'localhost'}${path}`;
