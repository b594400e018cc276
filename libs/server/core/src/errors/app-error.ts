import { ErrorCode, type FieldError } from '@ruta/shared-domain';
import { errorMessage, type Messages } from '@ruta/shared-i18n';

export type ErrorKey = keyof Messages['errors'];

/**
 * The one error the services throw. The GraphQL error formatter turns it into
 * `extensions.code` (and `extensions.fields` for bad input), in Spanish and English.
 */
export class AppError extends Error {
  readonly messages: { es: string; en: string };

  constructor(
    readonly code: ErrorCode,
    key: ErrorKey,
    readonly fields: FieldError[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    const messages = errorMessage(key);
    super(messages.en);
    this.name = 'AppError';
    this.messages = messages;
  }

  static notFound(): AppError {
    return new AppError(ErrorCode.NotFound, 'notFound');
  }

  static unauthenticated(): AppError {
    return new AppError(ErrorCode.Unauthenticated, 'unauthenticated');
  }

  static forbidden(): AppError {
    return new AppError(ErrorCode.Forbidden, 'forbidden');
  }

  static badInput(fields: FieldError[]): AppError {
    return new AppError(ErrorCode.BadUserInput, 'invalidInput', fields);
  }

  static versionConflict(current: Record<string, unknown>): AppError {
    return new AppError(ErrorCode.VersionConflict, 'versionConflict', [], { current });
  }
}

/** A field error from a catalogue key, e.g. `fieldError('title', 'tooLong', { max: 200 })`. */
export function fieldError(field: string, key: ErrorKey, values: Record<string, string | number> = {}): FieldError {
  return { field, key, message: errorMessage(key, values) };
}
