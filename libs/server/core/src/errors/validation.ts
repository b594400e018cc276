import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import type { FieldError } from '@ruta/shared-domain';
import { AppError, fieldError } from './app-error.js';

/** The numbers a length constraint was declared with, read back from its message (`…{{max}}…`). */
function constraintArguments(error: ValidationError, constraint: string): Record<string, number> {
  const numbers = (error.constraints?.[constraint] ?? '').match(/\d+/g)?.map(Number) ?? [];
  if (constraint === 'maxLength' || constraint === 'arrayMaxSize') return { max: numbers.at(-1) ?? 0 };
  if (constraint === 'minLength' || constraint === 'min') return { min: numbers.at(-1) ?? 0 };
  return {};
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
    case 'arrayMaxSize':
      return fieldError(field, 'tooMany', { max: args.max ?? '' });
    case 'minLength':
      return fieldError(field, 'tooShort', { min: args.min ?? '' });
    case 'min':
      return fieldError(field, 'tooSmall', { min: args.min ?? '' });
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

/** `GqlParamtype.ARGS` of @nestjs/graphql. */
const GRAPHQL_ARGS = 3;

/** A UTF-16 surrogate without its pair: text no UTF-8 store (PostgreSQL, JSON) can hold. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The fields (paths, as the other field errors name them) whose text is not well-formed Unicode. */
export function malformedTextFields(value: unknown, path: string): string[] {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => malformedTextFields(item, path ? `${path}.${index}` : String(index)));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => malformedTextFields(item, path ? `${path}.${key}` : key));
  }
  return [];
}

/**
 * Every argument's text is checked before anything else: a lone surrogate (`"\ud800"`, valid in
 * a JSON request, impossible in UTF-8) is `BAD_USER_INPUT` on its field, never a database error.
 */
class RutaValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // What a client sent: GraphQL arguments (Nest gives them the numeric type 3) and HTTP bodies,
    // queries and route parameters; never the parent, context or resolve info.
    const sent = (metadata.type as unknown) === GRAPHQL_ARGS || ['body', 'query', 'param'].includes(metadata.type);
    if (!sent) return super.transform(value, metadata);
    const primitive = typeof value !== 'object' || value === null;
    const fields = malformedTextFields(value, primitive ? (metadata.data ?? 'value') : '');
    if (fields.length > 0) throw AppError.badInput(fields.map((field) => fieldError(field, 'malformedText')));
    return super.transform(value, metadata);
  }
}

/** The global pipe: validates every `@InputType`/`@ArgsType` and rejects with `BAD_USER_INPUT`. */
export function createValidationPipe(): ValidationPipe {
  return new RutaValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => AppError.badInput(flattenValidationErrors(errors)),
  });
}
