import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '@ruta/web-data-access';

const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

const LogoutEverywhereMutation = graphql(`
  mutation LogoutEverywhere {
    logoutEverywhere
  }
`);

/** Signs out (here, or on every device) and forgets everything cached for the person. */
export function useSignOut() {
  const client = useApolloClient();
  const [logout] = useMutation(LogoutMutation);
  const [logoutEverywhere] = useMutation(LogoutEverywhereMutation);
  return {
    signOut: async () => {
      await logout();
      await client.resetStore();
    },
    signOutEverywhere: async () => {
      await logoutEverywhere();
      await client.resetStore();
    },
  };
}
