import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@ruta/shared-domain';
import { ACCESS_CHANGED, DomainEvents, AppError, fieldError, type AuthUser } from '@ruta/server-core';
import type { DataSource, EntityManager } from 'typeorm';
import { identityPolicy } from './identity.policy.js';
import { PasswordLinksService } from './password-links.service.js';
import { checkScope, type Scope } from './scope-rules.js';
import { SessionsService } from './sessions.service.js';
import { UserTokenKind } from './user-token.entity.js';
import { UserEntity } from './user.entity.js';
import type { User } from './user.model.js';
import type { CreateUserInput, UpdateUserInput } from './user.inputs.js';

export function toUserModel(user: UserEntity & { hasPassword?: boolean }): User {
  return {
    ...user,
    province: user.province ?? null,
    organization: user.organization ?? null,
    disabled: user.disabledAt !== null,
    invitationPending: user.hasPassword === false,
  };
}

/** People: listed, created with an invitation, re-scoped, disabled, given reset links. */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly links: PasswordLinksService,
    private readonly events: DomainEvents,
  ) {}

  private query(manager: EntityManager = this.dataSource.manager) {
    return manager
      .getRepository(UserEntity)
      .createQueryBuilder('person')
      .leftJoinAndSelect('person.province', 'province')
      .leftJoinAndSelect('person.organization', 'organization')
      .leftJoinAndSelect('organization.province', 'organizationProvince')
      .addSelect('person.passwordHash IS NOT NULL', 'has_password');
  }

  /** The names of these people (id → display name), to say who did something. */
  async displayNames(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = (await this.dataSource.query('SELECT id, display_name AS name FROM app_user WHERE id = ANY($1::uuid[])', [ids])) as Array<{
      id: string;
      name: string;
    }>;
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /**
   * Active people to tell something: by id, or by role (and organisation), as the policies see
   * them (an `AuthUser` without a session), with their language.
   */
  async audience(filter: {
    ids?: readonly string[];
    roles?: readonly Role[];
    organizationId?: string;
  }): Promise<Array<AuthUser & { language: 'es' | 'en' }>> {
    const rows = (await this.dataSource.query(
      `SELECT id, email, display_name AS "displayName", role, province_code AS "provinceCode", organization_id AS "organizationId", language
         FROM app_user
        WHERE disabled_at IS NULL AND ($1::uuid[] IS NULL OR id = ANY($1::uuid[])) AND ($2::text[] IS NULL OR role::text = ANY($2::text[]))
          AND ($3::uuid IS NULL OR organization_id = $3)`,
      [filter.ids ?? null, filter.roles ?? null, filter.organizationId ?? null],
    )) as Array<Omit<AuthUser, 'sessionId'> & { language: 'es' | 'en' }>;
    return rows.map((row) => ({ ...row, sessionId: '' }));
  }

  /** Active people whose name contains `search` (accents and case aside), by name: whom one may mention. */
  async mentionable(search: string, first: number): Promise<Array<{ id: string; displayName: string }>> {
    return this.dataSource.query(
      `SELECT id, display_name AS "displayName" FROM app_user
        WHERE disabled_at IS NULL AND unaccent(display_name) ILIKE '%' || unaccent($1) || '%'
        ORDER BY display_name LIMIT $2`,
      [search.replace(/[%_\\]/g, (character) => `\\${character}`), first],
    );
  }

  /** One person by id, for the identity feature's own use (no policy check). */
  async findById(id: string, manager?: EntityManager): Promise<User> {
    const { entities, raw } = await this.query(manager).where('person.id = :id', { id }).getRawAndEntities<{ has_password: boolean }>();
    if (!entities[0]) throw AppError.notFound();
    return toUserModel({ ...entities[0], hasPassword: raw[0].has_password });
  }

  /** Everyone, by name. */
  async list(): Promise<User[]> {
    const { entities, raw } = await this.query()
      .orderBy('person.displayName', 'ASC')
      .addOrderBy('person.id', 'ASC')
      .getRawAndEntities<{ person_id: string; has_password: boolean }>();
    const hasPassword = new Map(raw.map((row) => [row.person_id, row.has_password]));
    return entities.map((user) => toUserModel({ ...user, hasPassword: hasPassword.get(user.id) ?? false }));
  }

  /** One person, if the actor may read them (themselves, or anyone for administrators and analysts). */
  async get(actor: AuthUser, id: string): Promise<User> {
    if (!identityPolicy.can(actor, 'user:read', { id })) throw AppError.forbidden();
    return this.findById(id);
  }

  /** Creates a person without a password and issues their invitation. */
  async create(actor: AuthUser, input: CreateUserInput) {
    return this.dataSource.transaction(async (manager) => {
      const errors = await checkScope(manager, input);
      if (await manager.existsBy(UserEntity, { email: input.email })) errors.unshift(fieldError('email', 'emailTaken'));
      if (errors.length > 0) throw AppError.badInput(errors);
      const { id } = await manager.save(
        manager.create(UserEntity, {
          email: input.email,
          displayName: input.displayName,
          ...normalizeScope(input),
        }),
      );
      const invitation = await this.links.issue(manager, id, UserTokenKind.INVITATION, actor.id);
      return { user: await this.findById(id, manager), invitation };
    });
  }

  /** Changes a person's name, role and scope. Administrators cannot demote themselves. */
  async update(actor: AuthUser, id: string, input: UpdateUserInput): Promise<User> {
    const updated = await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw AppError.notFound();
      const errors = await checkScope(manager, input);
      if (id === actor.id && input.role !== Role.ADMIN) errors.push(fieldError('role', 'cannotChangeSelf'));
      if (errors.length > 0) throw AppError.badInput(errors);
      await manager.update(UserEntity, id, { displayName: input.displayName, ...normalizeScope(input) });
      // A new role or scope applies to their open connections too: they reconnect under it.
      await this.events.record(manager, ACCESS_CHANGED, { userId: id });
      return this.findById(id, manager);
    });
    return updated;
  }

  /** Disables a person (ending their sessions) or enables them again. */
  async setDisabled(actor: AuthUser, id: string, disabled: boolean): Promise<User> {
    if (id === actor.id && disabled) throw AppError.badInput([fieldError('id', 'cannotChangeSelf')]);
    const result = await this.dataSource.getRepository(UserEntity).update(id, { disabledAt: disabled ? new Date() : null });
    if (!result.affected) throw AppError.notFound();
    if (disabled) await this.sessions.revokeAll(id);
    return this.findById(id);
  }

  /** Issues a password reset link (or a new invitation, for someone who never set a password). */
  async createPasswordLink(actor: AuthUser, id: string) {
    const user = await this.findById(id);
    const kind = user.invitationPending ? UserTokenKind.INVITATION : UserTokenKind.PASSWORD_RESET;
    return this.dataSource.transaction((manager) => this.links.issue(manager, id, kind, actor.id));
  }
}

function normalizeScope(scope: Scope) {
  return {
    role: scope.role,
    provinceCode: scope.role === Role.TECHNICIAN ? (scope.provinceCode ?? null) : null,
    organizationId: scope.organizationId ?? null,
  };
}
