import { GraphQLError } from 'graphql';
import { AppError, fieldError } from '../errors/app-error.js';
import { createErrorFormatter, pickLanguage } from './format-error.js';

const wrap = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['field'] });

describe('the GraphQL error formatter', () => {
  const logged: unknown[] = [];
  const format = createErrorFormatter({ exposeDetails: false, log: (error) => logged.push(error) });

  it('keeps an application error’s code and field messages in both languages', () => {
    const error = AppError.badInput([fieldError('title', 'tooLong', { max: 200 })]);
    const formatted = format({ message: error.message }, wrap(error));
    expect(formatted.message).toBe('Los datos enviados no son válidos.');
    expect(formatted.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          field: 'title',
          key: 'tooLong',
          message: 'No puede tener más de 200 caracteres.',
          messages: { es: 'No puede tener más de 200 caracteres.', en: 'It cannot be longer than 200 characters.' },
        },
      ],
    });
    expect(format({ message: error.message }, wrap(error), 'en').message).toBe('The data sent is not valid.');
  });

  it('hides an unexpected error’s text (SQL, stack) and logs it instead', () => {
    const error = new Error('relation "secret_table" does not exist');
    const formatted = format({ message: error.message, path: ['field'], extensions: { stacktrace: ['at x'] } }, wrap(error));
    expect(formatted).toEqual({
      message: 'Ocurrió un error inesperado.',
      path: ['field'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', messages: { es: 'Ocurrió un error inesperado.', en: 'An unexpected error occurred.' } },
    });
    expect(logged).toContain(error);
  });

  it('prefers English only when the request asks for it first', () => {
    expect(pickLanguage('en-US,en;q=0.9')).toBe('en');
    expect(pickLanguage('es-EC,en;q=0.5')).toBe('es');
    expect(pickLanguage(undefined)).toBe('es');
  });
});
