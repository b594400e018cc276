import { CombinedGraphQLErrors } from '@apollo/client';

interface FieldErrorExtension {
  field: string;
  message: string;
}

/** The API's field messages (already in the interface language), keyed by field. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const fields = error.errors.flatMap((item) => (item.extensions?.fields as FieldErrorExtension[] | undefined) ?? []);
  return Object.fromEntries(fields.map(({ field, message }) => [field, message]));
}

/** The API's error code, e.g. `UNAUTHENTICATED`, `RATE_LIMITED`. */
export function errorCodeOf(error: unknown): string | undefined {
  return CombinedGraphQLErrors.is(error) ? (error.errors[0]?.extensions?.code as string | undefined) : undefined;
}

/** A message for the person: the API's own (localized) one, or a generic one for network failures. */
export function errorMessageOf(error: unknown, fallback: string): string {
  return CombinedGraphQLErrors.is(error) ? (error.errors[0]?.message ?? fallback) : fallback;
}

/**
 * Puts the API's field messages on a form. Returns the message to show instead when the error
 * names no field (a refusal, a network failure), else null.
 */
export function applyFieldErrors(
  error: unknown,
  form: { setErrors(errors: Record<string, string>): void },
  fallback: string,
): string | null {
  const fields = fieldErrorsOf(error);
  if (Object.keys(fields).length === 0) return errorMessageOf(error, fallback);
  form.setErrors(fields);
  return null;
}
