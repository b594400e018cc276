import { graphql } from '@ruta/web-data-access';

export const PeopleQuery = graphql(`
  query People {
    users {
      id
      email
      displayName
      role
      disabled
      invitationPending
      lastSignInAt
      province {
        code
        name
      }
      organization {
        id
        name
        shortName
      }
    }
  }
`);

export const ScopeOptionsQuery = graphql(`
  query ScopeOptions {
    provinces {
      code
      name
      hasPrefectura
    }
    organizations {
      id
      name
      shortName
      kind
      province {
        code
        name
      }
      website
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        id
        displayName
      }
      invitation {
        kind
        url
        expiresAt
      }
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
      displayName
      role
      province {
        code
        name
      }
      organization {
        id
        name
        shortName
      }
    }
  }
`);

export const SetUserDisabledMutation = graphql(`
  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {
    setUserDisabled(id: $id, disabled: $disabled) {
      id
      disabled
    }
  }
`);

export const CreatePasswordLinkMutation = graphql(`
  mutation CreatePasswordLink($id: ID!) {
    createPasswordLink(id: $id) {
      kind
      url
      expiresAt
    }
  }
`);

export const CreateOrganizationMutation = graphql(`
  mutation CreateOrganization($input: OrganizationInput!) {
    createOrganization(input: $input) {
      id
    }
  }
`);

export const UpdateOrganizationMutation = graphql(`
  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {
    updateOrganization(id: $id, input: $input) {
      id
      name
      shortName
      kind
      website
      province {
        code
        name
      }
    }
  }
`);
