import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ConversatorioStatus, conversatorioTransitions, Role, type FieldError } from '@ruta/shared-domain';
import { ACCESS_CHANGED, DomainEvents, AppError, fieldError, type AuthUser } from '@ruta/server-core';
import { ThemeEntity } from '@ruta/server-events';
import { UserEntity } from '@ruta/server-identity';
import { ProvinceEntity } from '@ruta/server-reference';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { ConversatorioEntity } from './conversatorio.entity.js';
import type { CreateConversatorioInput, MoveConversatorioInput } from './conversatorio.inputs.js';
import type { Conversatorio } from './conversatorio.model.js';
import { conversatoriosPolicy } from './conversatorios.policy.js';

function toModel(entity: ConversatorioEntity): Conversatorio {
  return {
    ...entity,
    moderator: entity.moderator ? { id: entity.moderator.id, displayName: entity.moderator.displayName } : null,
    provinces: [...entity.provinces].sort((a, b) => a.code.localeCompare(b.code)),
  };
}

/** Conversatorios: listed, created, and moved through PLANNED → OPEN → CLOSED → CONSOLIDATED. */
@Injectable()
export class ConversatoriosService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
  ) {}

  private query(manager: EntityManager = this.dataSource.manager) {
    return manager
      .getRepository(ConversatorioEntity)
      .createQueryBuilder('conversatorio')
      .innerJoinAndSelect('conversatorio.theme', 'theme')
      .leftJoinAndSelect('conversatorio.moderator', 'moderator')
      .leftJoinAndSelect('conversatorio.provinces', 'province');
  }

  /** Every conversatorio, in time order. */
  async list(): Promise<Conversatorio[]> {
    const entities = await this.query().orderBy('conversatorio.startsAt', 'ASC').addOrderBy('conversatorio.id', 'ASC').getMany();
    return entities.map(toModel);
  }

  async get(id: string, manager?: EntityManager): Promise<Conversatorio> {
    const entity = await this.query(manager).where('conversatorio.id = :id', { id }).getOne();
    if (!entity) throw AppError.notFound();
    return toModel(entity);
  }

  /** Creates a conversatorio, PLANNED, for a theme and its participating provinces. */
  async create(input: CreateConversatorioInput): Promise<Conversatorio> {
    return this.dataSource.transaction(async (manager) => {
      const errors: FieldError[] = [];
      if (!(await manager.existsBy(ThemeEntity, { id: input.themeId }))) errors.push(fieldError('themeId', 'unknownValue'));
      if (input.endsAt.getTime() <= input.startsAt.getTime()) errors.push(fieldError('endsAt', 'endsBeforeStart'));
      const provinces = await manager.findBy(ProvinceEntity, { code: In(input.provinceCodes) });
      if (provinces.length !== input.provinceCodes.length) errors.push(fieldError('provinceCodes', 'unknownValue'));
      if (input.moderatorId) {
        const moderator = await manager.findOneBy(UserEntity, { id: input.moderatorId });
        if (!moderator) errors.push(fieldError('moderatorId', 'unknownValue'));
        else if (moderator.role !== Role.MODERATOR) errors.push(fieldError('moderatorId', 'moderatorRoleRequired'));
      }
      if (errors.length > 0) throw AppError.badInput(errors);
      const { id } = await manager.save(
        manager.create(ConversatorioEntity, {
          themeId: input.themeId,
          title: input.title,
          purpose: input.purpose,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          moderatorId: input.moderatorId ?? null,
          provinces,
        }),
      );
      return this.get(id, manager);
    });
  }

  /**
   * Moves the status one step forward, if the actor may (analysts, administrators, its moderator)
   * and the version they read is current; closing records who closed it and when.
   */
  async moveStatus(actor: AuthUser, id: string, input: MoveConversatorioInput): Promise<Conversatorio> {
    const moved = await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOneBy(ConversatorioEntity, { id });
      if (!current) throw AppError.notFound();
      if (!conversatoriosPolicy.can(actor, 'conversatorio:moveStatus', current)) throw AppError.forbidden();
      if (!conversatorioTransitions[current.status].includes(input.status)) {
        throw AppError.badInput([fieldError('status', 'invalidTransition', { from: current.status, to: input.status })]);
      }
      const closing = input.status === ConversatorioStatus.CLOSED;
      // TypeORM's update adds `version = version + 1` and `updated_at` itself (@VersionColumn,
      // @UpdateDateColumn); the WHERE on the version read is what makes a stale write conflict.
      const result = await manager
        .createQueryBuilder()
        .update(ConversatorioEntity)
        .set({
          status: input.status,
          ...(closing && { closedAt: () => 'now()', closedById: actor.id }),
        })
        .where('id = :id AND version = :version', { id, version: input.expectedVersion })
        .execute();
      if (result.affected !== 1) throw AppError.versionConflict({ status: current.status, version: current.version });
      // Who may edit its outcome document depends on the status: open connections reconnect under it.
      await this.events.record(manager, ACCESS_CHANGED, { conversatorioId: id });
      return this.get(id, manager);
    });
    return moved;
  }
}
