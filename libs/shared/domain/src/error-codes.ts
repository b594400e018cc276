/** The stable error codes of the API, carried in GraphQL `extensions.code`. */
export const ErrorCode = {
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  NotFound: 'NOT_FOUND',
  BadUserInput: 'BAD_USER_INPUT',
  VersionConflict: 'VERSION_CONFLICT',
  TooComplex: 'TOO_COMPLEX',
  RateLimited: 'RATE_LIMITED',
  /** The database cannot be reached right now: nothing was changed; the same request may be sent again. */
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A field-level message, in both languages the interface speaks. */
export interface FieldError {
  field: string;
  /** Message key in the `errors` namespace of the i18n catalogue. */
  key: string;
  message: { es: string; en: string };
}
