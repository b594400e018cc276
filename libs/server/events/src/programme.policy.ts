import { Role } from '@ruta/shared-domain';
import { definePolicy, hasRole } from '@ruta/server-core';

/** The programme (themes, agenda, speakers) is read by anyone and kept by administrators. */
export const programmePolicy = definePolicy<'programme:manage'>('programme', { 'programme:manage': hasRole(Role.ADMIN) });
