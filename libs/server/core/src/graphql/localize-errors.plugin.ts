import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { pickLanguage } from './format-error.js';

interface Localizable {
  message: string;
  extensions?: { messages?: { es: string; en: string }; fields?: Array<{ message: string; messages: { es: string; en: string } }> };
}

/**
 * Error messages go out in Spanish unless the request prefers English (`Accept-Language: en`);
 * `extensions.messages` always carries both.
 */
export const localizeErrorsPlugin: ApolloServerPlugin<BaseContext> = {
  async requestDidStart({ request }) {
    const language = pickLanguage(request.http?.headers.get('accept-language') ?? undefined);
    if (language === 'es') return;
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        for (const error of (response.body.singleResult.errors ?? []) as Localizable[]) {
          if (error.extensions?.messages) error.message = error.extensions.messages.en;
          for (const field of error.extensions?.fields ?? []) field.message = field.messages.en;
        }
      },
    };
  },
};
