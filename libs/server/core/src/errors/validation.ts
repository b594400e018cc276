import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldError } from '@ruta/shared-domain';
import { AppError, fieldError } from './app-error.js';

/** The numbers a length constraint was declared with, read back from its message (`…{{max}}…`). */
function constraintArguments(error: ValidationError, constraint: string): Record<string, number> {
  const numbers = (error.constraints?.[constraint] ?? '').match(/\d+/g)?.map(Number) ?? [];
  return constraint === 'maxLength' ? { max: numbers.at(-1) ?? 0 } : constraint === 'minLength' ? { min: numbers.at(-1) ?? 0 } : {};
}

/** Maps class-validator constraint names to catalogue keys and the values their messages need. */
function toFieldError(field: string, constraint: string, error: ValidationError): FieldError {
  const args = constraintArguments(error, constraint);
  switch (constraint) {
    case 'isNotEmpty':
    case 'isDefined':
      return fieldError(field, 'required');
    case 'maxLength':
      return fieldError(field, 'tooLong', { max: args.max ?? '' });
    case 'minLength':
      return fieldError(field, 'tooShort', { min: args.min ?? '' });
    case 'isEmail':
      return fieldError(field, 'invalidEmail');
    case 'isPlainText':
      return fieldError(field, 'plainText');
    case 'isUrl':
      return fieldError(field, 'invalidUrl');
    default:
      return fieldError(field, 'invalid');
  }
}

export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.keys(error.constraints ?? {}).map((constraint) => toFieldError(field, constraint, error));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** The global pipe: validates every `@InputType`/`@ArgsType` and rejects with `BAD_USER_INPUT`. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => AppError.badInput(flattenValidationErrors(errors)),
  });
}
