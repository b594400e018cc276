import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { ErrorCode } from '@ruta/shared-domain';
import type { Request, Response } from 'express';
import { pickLanguage } from '../graphql/format-error.js';
import { AppError } from './app-error.js';

const statusOf: Record<string, number> = {
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.VersionConflict]: 409,
  [ErrorCode.TooComplex]: 400,
  [ErrorCode.RateLimited]: 429,
};

/**
 * The HTTP routes' side of the one error shape (exports, downloads): the status that fits, and
 * `{ error: { code, message, messages, fields } }` in the request's language. Applied to HTTP
 * controllers with `@UseFilters(HttpErrorFilter)`; GraphQL errors go through the GraphQL formatter.
 */
@Catch(AppError)
export class HttpErrorFilter implements ExceptionFilter<AppError> {
  catch(error: AppError, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const language = pickLanguage(request.headers['accept-language']);
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
