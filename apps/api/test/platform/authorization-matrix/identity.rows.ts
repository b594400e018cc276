import { Role } from '@ruta/shared-domain';
import { demoUserId, organizationId } from '@ruta/server-seed';
import { type Operation, targets } from './operation.js';

const { ADMIN, ANALYST } = Role;

/** Identity: sessions, people and organisations. */
export const identityRows: Record<string, Operation> = {
  me: { allowed: 'ANYONE', document: '{ me { id } }' },
  passwordLink: { allowed: 'ANYONE', document: '{ passwordLink(token: "not-a-token") { email } }' },
  login: {
    allowed: 'ANYONE',
    document: 'mutation { login(email: "moderador@demo.ruta.ec", password: "ruta-demo") { token } }',
  },
  logout: { allowed: 'ANYONE', document: 'mutation { logout }' },
  setPasswordWithLink: {
    allowed: 'ANYONE',
    document: 'mutation { setPasswordWithLink(input: { token: "not-a-token", password: "a-long-password" }) { token } }',
  },
  logoutEverywhere: { allowed: 'SIGNED_IN', document: 'mutation { logoutEverywhere }' },
  changePassword: {
    allowed: 'SIGNED_IN',
    document: 'mutation { changePassword(input: { currentPassword: "wrong-password", newPassword: "another-long-one" }) }',
  },
  users: { allowed: [ADMIN, ANALYST], document: '{ users { id } }' },
  user: {
    allowed: [ADMIN, ANALYST],
    document: 'query ($id: ID!) { user(id: $id) { id } }',
    variables: () => ({ id: demoUserId('admin@demo.ruta.ec') }),
  },
  createUser: {
    allowed: [ADMIN],
    document: 'mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id } } }',
    variables: (actor) => ({ input: { email: `matrix.${actor.toLowerCase()}@example.org`, displayName: 'Matrix', role: 'MODERATOR' } }),
  },
  updateUser: {
    allowed: [ADMIN],
    document: 'mutation ($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }',
    variables: () => ({ id: targets.userId, input: { displayName: 'Persona de prueba', role: 'MODERATOR' } }),
  },
  setUserDisabled: {
    allowed: [ADMIN],
    document: 'mutation ($id: ID!) { setUserDisabled(id: $id, disabled: false) { id } }',
    variables: () => ({ id: targets.userId }),
  },
  createPasswordLink: {
    allowed: [ADMIN],
    document: 'mutation ($id: ID!) { createPasswordLink(id: $id) { url } }',
    variables: () => ({ id: targets.userId }),
  },
  organizations: { allowed: 'SIGNED_IN', document: '{ organizations { id } }' },
  organization: {
    allowed: 'SIGNED_IN',
    document: 'query ($id: ID!) { organization(id: $id) { id } }',
    variables: () => ({ id: organizationId('congope') }),
  },
  createOrganization: {
    allowed: [ADMIN],
    document: 'mutation ($input: OrganizationInput!) { createOrganization(input: $input) { id } }',
    variables: (actor) => ({ input: { name: `Red de prueba ${actor}`, kind: 'INTERNATIONAL_NETWORK' } }),
  },
  updateOrganization: {
    allowed: [ADMIN],
    document: 'mutation ($id: ID!, $input: OrganizationInput!) { updateOrganization(id: $id, input: $input) { id } }',
    variables: () => ({ id: targets.organizationId, input: { name: 'Fundación de prueba', kind: 'CIVIL_SOCIETY' } }),
  },
};
