import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { createApolloClient, currentSessionQuery } from '@ruta/web-data-access';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router/dom';
import { i18n } from './i18n.js';
import { router } from './routes.js';
import { cssVariablesResolver, theme } from './theme.js';

const client = createApolloClient({
  language: () => i18n.language,
  // The API refused an operation for want of a session while the app believed one was open: it
  // expired or was ended elsewhere. Forget what was cached and ask to sign in again.
  onUnauthenticated: () => {
    if (!client.readQuery({ query: currentSessionQuery })?.me) return;
    const here = window.location.pathname + window.location.search;
    void client.clearStore().then(() => router.navigate(`/ingresar?sesion=expirada&volver=${encodeURIComponent(here)}`));
  },
});

export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
        <ApolloProvider client={client}>
          <RouterProvider router={router} />
        </ApolloProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
