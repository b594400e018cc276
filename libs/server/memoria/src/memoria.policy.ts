import { Role } from '@ruta/shared-domain';
import { anyone, definePolicy, hasRole } from '@ruta/server-core';

export type MemoriaAction = 'memoria:generate' | 'memoria:publish' | 'memoria:read';

/** Analysts and administrators generate drafts and publish them; published memorias are public. */
export const memoriaPolicy = definePolicy<MemoriaAction>('memoria', {
  'memoria:generate': hasRole(Role.ADMIN, Role.ANALYST),
  'memoria:publish': hasRole(Role.ADMIN, Role.ANALYST),
  'memoria:read': anyone,
});
