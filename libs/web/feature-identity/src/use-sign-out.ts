import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql, switchSession } from '@ruta/web-data-access';

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
      await switchSession(client);
    },
    signOutEverywhere: async () => {
      await logoutEverywhere();
      await switchSession(client);
    },
  };
}
