import { Role } from '@ruta/shared-domain';
import { hashPassword, UserEntity, verifyPassword } from '@ruta/server-identity';
import type { DataSource } from 'typeorm';
import { assignDemoModerator } from './conversatorios.js';
import { insertDemoContributions } from './demo-contributions.js';
import { insertDemoDocuments } from './demo-documents.js';
import { insertDemoRoadmap } from './demo-roadmap.js';
import { assignDemoSessionModerator } from './demo-session-moderators.js';
import { organizationId } from './organizations.js';
import { seedId } from './seed-id.js';

interface DemoAccount {
  email: string;
  displayName: string;
  role: Role;
  provinceCode?: string;
  organizationKey?: string;
}

/** The demo accounts of the public contract, one per role (demo mode only). */
export const demoAccounts: DemoAccount[] = [
  { email: 'admin@demo.ruta.ec', displayName: 'Administración (demo)', role: Role.ADMIN, organizationKey: 'congope' },
  { email: 'analista@demo.ruta.ec', displayName: 'Analista de CONGOPE (demo)', role: Role.ANALYST, organizationKey: 'congope' },
  {
    email: 'tecnico.azuay@demo.ruta.ec',
    displayName: 'Técnica de Azuay (demo)',
    role: Role.TECHNICIAN,
    provinceCode: '01',
    organizationKey: 'gad-01',
  },
  {
    email: 'tecnico.pichincha@demo.ruta.ec',
    displayName: 'Técnico de Pichincha (demo)',
    role: Role.TECHNICIAN,
    provinceCode: '17',
    organizationKey: 'gad-17',
  },
  { email: 'socio.aecid@demo.ruta.ec', displayName: 'Socio AECID (demo)', role: Role.PARTNER, organizationKey: 'aecid' },
  { email: 'socio.giz@demo.ruta.ec', displayName: 'Socia GIZ (demo)', role: Role.PARTNER, organizationKey: 'giz' },
  { email: 'moderador@demo.ruta.ec', displayName: 'Moderación (demo)', role: Role.MODERATOR },
];

export const demoUserId = (email: string) => seedId(`user:${email}`);

/**
 * Creates the demo accounts that are missing and makes every demo account's password the one
 * given (`DEMO_PASSWORD`, default `ruta-demo`), enabled; then gives the seeded conversatorios
 * their demo moderator and demo contributions, the demo moderator its agenda sessions, the demo
 * roadmap and a first draft of one relatoría. Idempotent.
 */
export async function seedDemoAccounts(dataSource: DataSource, password: string): Promise<void> {
  const repository = dataSource.getRepository(UserEntity);
  let passwordHash: string | undefined;
  for (const account of demoAccounts) {
    const existing = await repository
      .createQueryBuilder('person')
      .addSelect('person.passwordHash')
      .where('person.email = :email', { email: account.email })
      .getOne();
    if (existing && existing.disabledAt === null && (await verifyPassword(existing.passwordHash, password))) continue;
    passwordHash ??= await hashPassword(password);
    if (existing) {
      await repository.update(existing.id, { passwordHash, disabledAt: null });
      continue;
    }
    await repository.insert({
      id: demoUserId(account.email),
      email: account.email,
      displayName: account.displayName,
      role: account.role,
      provinceCode: account.provinceCode ?? null,
      organizationId: account.organizationKey ? organizationId(account.organizationKey) : null,
      passwordHash,
    });
  }
  await assignDemoModerator(dataSource.manager, demoUserId('moderador@demo.ruta.ec'));
  await assignDemoSessionModerator(dataSource.manager, demoUserId('moderador@demo.ruta.ec'));
  await insertDemoContributions(dataSource.manager, demoUserId);
  await insertDemoRoadmap(dataSource.manager, demoUserId);
  await insertDemoDocuments(dataSource.manager, demoUserId);
}
