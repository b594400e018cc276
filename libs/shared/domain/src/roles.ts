/** Roles of the people who sign in, as the public contract names them. */
export const Role = {
  ADMIN: 'ADMIN',
  ANALYST: 'ANALYST',
  TECHNICIAN: 'TECHNICIAN',
  PARTNER: 'PARTNER',
  MODERATOR: 'MODERATOR',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
