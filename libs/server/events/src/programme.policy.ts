import { Role } from '@ruta/shared-domain';
import { definePolicy, hasRole } from '@ruta/server-core';

/** The programme (event texts, themes, agenda, speakers, their English versions) is read by anyone and kept by administrators. */
export const programmePolicy = definePolicy<'programme:manage'>('programme', { 'programme:manage': hasRole(Role.ADMIN) });
