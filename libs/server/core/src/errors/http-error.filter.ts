import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { ErrorCode } from '@ruta/shared-domain';
import type { Request, Response } from 'express';
import { pickLanguage } from '../graphql/format-error.js';
import { AppError } from './app-error.js';
import { isDatabaseUnavailable } from './unavailable.js';

const statusOf: Record<string, number> = {
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.VersionConflict]: 409,
  [ErrorCode.TooComplex]: 400,
  [ErrorCode.RateLimited]: 429,
  [ErrorCode.ServiceUnavailable]: 503,
};

/**
 * The HTTP routes' side of the one error shape (exports, downloads): the status that fits, and
 * `{ error: { code, message, messages, fields } }` in the request's language. Applied to HTTP
 * controllers with `@UseFilters(HttpErrorFilter)`; GraphQL errors go through the GraphQL formatter.
 */
@Catch()
export class HttpErrorFilter extends BaseExceptionFilter {
  override catch(caught: unknown, host: ArgumentsHost): void {
    // A database that cannot be reached is said as such (503, retryable); anything else that is not
    // an application error is Nest's to answer (500 without details, or the HttpException's status).
    const error =
      caught instanceof AppError
        ? caught
        : isDatabaseUnavailable(caught)
          ? new AppError(ErrorCode.ServiceUnavailable, 'serviceUnavailable')
          : null;
    if (!error) return super.catch(caught, host);
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const language = pickLanguage(request.headers['accept-language']);
    if (error.code === ErrorCode.ServiceUnavailable) response.setHeader('Retry-After', '5');
    response.status(statusOf[error.code] ?? 500).json({
      error: {
        code: error.code,
        message: error.messages[language],
        messages: error.messages,
        fields: error.fields.map((field) => ({ field: field.field, message: field.message[language], messages: field.message })),
      },
    });
  }
}
