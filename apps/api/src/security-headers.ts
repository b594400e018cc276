import type { AppConfig } from '@ruta/server-core';
import type { NextFunction, Request, Response } from 'express';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * Security headers for every response, with a content security policy the web app lives within:
 * scripts, fonts, images and connections (HTTP and WebSocket) from this origin only; inline
 * styles allowed (Mantine sets style attributes and injects its CSS variables); no framing, no
 * plugins. Downloads that need a stricter policy (the memoria's HTML) set their own. HSTS only in
 * production, where the site is served over HTTPS. Outside production GraphiQL (at `/graphql`,
 * loaded from its CDN) goes without the policy.
 */
export function securityHeaders(config: AppConfig) {
  const options: HelmetOptions = {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(config.mode === 'production' ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: config.mode === 'production' ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  };
  const strict = helmet(options);
  if (config.mode === 'production') return strict;
  const forGraphiql = helmet({ ...options, contentSecurityPolicy: false });
  return (req: Request, res: Response, next: NextFunction) => (req.path === '/graphql' ? forGraphiql : strict)(req, res, next);
}
