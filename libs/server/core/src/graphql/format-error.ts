import { HttpException } from '@nestjs/common';
import { ErrorCode, type FieldError } from '@ruta/shared-domain';
import { errorMessage } from '@ruta/shared-i18n';
import type { GraphQLFormattedError } from 'graphql';
import { AppError, fieldError } from '../errors/app-error.js';
import { isDatabaseUnavailable } from '../errors/unavailable.js';

type Language = 'es' | 'en';

/** The language of error messages: the request's `Accept-Language` when it prefers English, else Spanish. */
export function pickLanguage(acceptLanguage: string | undefined): Language {
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'es';
}

const httpStatusCodes: Record<number, ErrorCode> = {
  400: ErrorCode.BadUserInput,
  401: ErrorCode.Unauthenticated,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  429: ErrorCode.RateLimited,
};

// graphql-js and Apollo report their own request errors with these codes; they pass through.
const passThroughCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * graphql-js rejects a variable of the wrong type before any resolver runs; its message names the
 * variable and the path inside it. Turned into the same field errors the validation pipe gives.
 */
function variableFieldErrors(message: string): FieldError[] {
  const match = /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?; (.*)$/s.exec(message);
  if (!match) return [];
  const [, variable, at, reason] = match;
  const missing = /^Field "([^"]+)" of required type .* was not provided/.exec(reason);
  const path = at ? at.split('.').slice(1).join('.') || variable : variable;
  if (missing) return [fieldError(path === variable && !at ? missing[1] : `${path}.${missing[1]}`, 'required')];
  return [fieldError(path, 'invalid')];
}

function unwrap(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object' && 'originalError' in current; depth += 1) {
    const next = (current as { originalError?: unknown }).originalError;
    if (!next) break;
    current = next;
  }
  return current;
}

/**
 * The one error formatter: application errors keep their code, field messages and both languages;
 * anything unexpected becomes `INTERNAL_SERVER_ERROR` without a stack trace or SQL text.
 */
export function createErrorFormatter(options: { exposeDetails: boolean; log: (error: unknown) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown, language: Language = 'es'): GraphQLFormattedError => {
    const original = unwrap(error);
    const base = { ...(formatted.locations && { locations: formatted.locations }), ...(formatted.path && { path: formatted.path }) };

    if (original instanceof AppError) {
      return {
        ...base,
        message: original.messages[language],
        extensions: {
          code: original.code,
          messages: original.messages,
          ...(original.fields.length > 0 && {
            fields: original.fields.map(({ field, key, message }) => ({ field, key, message: message[language], messages: message })),
          }),
          ...original.details,
        },
      };
    }
    if (original instanceof HttpException && httpStatusCodes[original.getStatus()]) {
      const code = httpStatusCodes[original.getStatus()];
      const key =
        code === ErrorCode.RateLimited
          ? 'rateLimited'
          : code === ErrorCode.NotFound
            ? 'notFound'
            : code === ErrorCode.Forbidden
              ? 'forbidden'
              : code === ErrorCode.Unauthenticated
                ? 'unauthenticated'
                : 'invalidInput';
      const messages = errorMessage(key);
      return { ...base, message: messages[language], extensions: { code, messages } };
    }
    const code = formatted.extensions?.code;
    if (code === ErrorCode.BadUserInput) {
      const fields = variableFieldErrors(formatted.message);
      if (fields.length > 0) {
        const messages = errorMessage('invalidInput');
        return {
          ...base,
          message: messages[language],
          extensions: {
            code,
            messages,
            fields: fields.map(({ field, key, message }) => ({ field, key, message: message[language], messages: message })),
          },
        };
      }
    }
    if (typeof code === 'string' && passThroughCodes.has(code)) {
      return { ...base, message: formatted.message, extensions: { code } };
    }

    if (isDatabaseUnavailable(original)) {
      options.log(original);
      const messages = errorMessage('serviceUnavailable');
      return { ...base, message: messages[language], extensions: { code: ErrorCode.ServiceUnavailable, retryable: true, messages } };
    }
    options.log(original);
    const messages = errorMessage('internal');
    return {
      ...base,
      message: options.exposeDetails ? formatted.message : messages[language],
      extensions: { code: ErrorCode.Internal, messages },
    };
  };
}
