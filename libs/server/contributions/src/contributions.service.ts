import { Injectable } from '@nestjs/common';
import { PubSubEngine } from 'graphql-subscriptions';
import { InjectDataSource } from '@nestjs/typeorm';
import { ConversatorioStatus, type FieldError } from '@ruta/shared-domain';
import { AppError, decodeCursor, encodeCursor, fieldError, type AuthUser, type Connection } from '@ruta/server-core';
import { ConversatorioEntity } from '@ruta/server-conversatorios';
import { diffFields, recordHistory } from '@ruta/server-history';
import { CompetencyEntity, SdgEntity } from '@ruta/server-reference';
import { Brackets, In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { ContributionEndorsementEntity, ContributionEntity } from './contribution.entity.js';
import type {
  ContributionFilter,
  ContributionContentInput,
  CreateContributionInput,
  UpdateContributionInput,
} from './contribution.inputs.js';
import type { Contribution, ContributionEventKind } from './contribution.model.js';
import { contributionsPolicy, type ContributionSubject } from './contributions.policy.js';

type Row = ContributionEntity & { conversatorio: ConversatorioEntity };

/** Narrows a contribution query further (the query's alias is `contribution`), e.g. "not yet on the roadmap". */
export type ContributionRefinement = (query: SelectQueryBuilder<ContributionEntity>) => void;

export const CONTRIBUTION_EVENTS = 'contribution-events';
export interface ContributionEventPayload {
  kind: ContributionEventKind;
  contributionId: string;
  conversatorioId: string;
}

/** Contributions: made for a province in an open conversatorio, searched, endorsed, moderated. */
@Injectable()
export class ContributionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly pubSub: PubSubEngine,
  ) {}

  /** Tells the conversatorio's subscribers, after the change is committed. */
  private async announce(kind: ContributionEventKind, contribution: { id: string; conversatorio: { id: string } }): Promise<void> {
    await this.pubSub.publish(CONTRIBUTION_EVENTS, {
      kind,
      contributionId: contribution.id,
      conversatorioId: contribution.conversatorio.id,
    } satisfies ContributionEventPayload);
  }

  /**
   * One page of the contributions the actor may see, newest first. A constant number of SQL
   * statements whatever the page size: count, page (with province, author, conversatorio, theme),
   * endorsements of the page, competencies, SDGs.
   */
  async list(
    actor: AuthUser,
    filter: ContributionFilter = {},
    first = 20,
    after?: string | null,
    refine?: ContributionRefinement,
  ): Promise<Connection<Contribution>> {
    const base = this.filtered(actor, filter);
    refine?.(base);
    const totalCount = await base.clone().getCount();
    const page = base
      .clone()
      .innerJoinAndSelect('contribution.province', 'province')
      .innerJoinAndSelect('contribution.author', 'author')
      .innerJoinAndSelect('conversatorio.theme', 'theme')
      .orderBy('contribution.createdAt', 'DESC')
      .addOrderBy('contribution.id', 'DESC')
      // Only many-to-one joins: LIMIT is exact and TypeORM needs no second "distinct ids" query.
      .limit(first + 1);
    if (after) {
      const cursor = decodeCursor(after);
      page.andWhere('(contribution.createdAt, contribution.id) < (:cursorAt, :cursorId)', {
        cursorAt: cursor.sortKey,
        cursorId: cursor.id,
      });
    }
    const rows = (await page.getMany()) as Row[];
    const nodes = await this.toModels(actor, rows.slice(0, first));
    const last = rows.slice(0, first).at(-1);
    return {
      nodes,
      totalCount,
      pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor(last.createdAt, last.id) : null },
    };
  }

  /** One contribution, if the actor may see it. */
  async get(actor: AuthUser, id: string, manager?: EntityManager): Promise<Contribution> {
    const row = (await this.filtered(actor, {}, manager)
      .innerJoinAndSelect('contribution.province', 'province')
      .innerJoinAndSelect('contribution.author', 'author')
      .innerJoinAndSelect('conversatorio.theme', 'theme')
      .andWhere('contribution.id = :id', { id })
      .getOne()) as Row | null;
    if (!row) throw AppError.notFound();
    return (await this.toModels(actor, [row], manager))[0];
  }

  /** The contributions among `ids` that the actor may see, in the order asked (missing ones left out). */
  async getMany(actor: AuthUser, ids: readonly string[], manager?: EntityManager): Promise<Contribution[]> {
    if (ids.length === 0) return [];
    const rows = (await this.filtered(actor, {}, manager)
      .innerJoinAndSelect('contribution.province', 'province')
      .innerJoinAndSelect('contribution.author', 'author')
      .innerJoinAndSelect('conversatorio.theme', 'theme')
      .andWhere('contribution.id IN (:...ids)', { ids })
      .getMany()) as Row[];
    const models = new Map((await this.toModels(actor, rows, manager)).map((model) => [model.id, model]));
    return ids.flatMap((id) => models.get(id) ?? []);
  }

  /** Adds a contribution for a province taking part in an open conversatorio. */
  async create(actor: AuthUser, input: CreateContributionInput): Promise<Contribution> {
    const created = await this.dataSource.transaction(async (manager) => {
      const conversatorio = await manager.findOne(ConversatorioEntity, {
        where: { id: input.conversatorioId },
        relations: { provinces: true },
      });
      if (!conversatorio) throw AppError.badInput([fieldError('conversatorioId', 'unknownValue')]);
      const subject = this.subject(conversatorio, input.provinceCode);
      const errors = await this.checkContent(manager, input);
      if (!subject.conversatorio.provinceCodes.includes(input.provinceCode))
        errors.push(fieldError('provinceCode', 'provinceNotParticipating'));
      if (conversatorio.status !== ConversatorioStatus.OPEN) errors.push(fieldError('conversatorioId', 'conversatorioNotOpen'));
      if (errors.length > 0) throw AppError.badInput(errors);
      if (!contributionsPolicy.can(actor, 'contribution:create', subject)) throw AppError.forbidden();

      const { id } = await manager.save(
        manager.create(ContributionEntity, {
          conversatorioId: input.conversatorioId,
          provinceCode: input.provinceCode,
          authorId: actor.id,
          type: input.type,
          body: input.body,
          competencyKeys: input.competencyKeys,
          sdgNumbers: input.sdgNumbers,
        }),
      );
      await recordHistory(manager, {
        entityType: 'contribution',
        entityId: id,
        actorId: actor.id,
        action: 'created',
        changes: { ...input },
      });
      return this.get(actor, id, manager);
    });
    await this.announce('CREATED', created);
    return created;
  }

  /** The author edits their contribution while the conversatorio is open; a stale version conflicts. */
  async update(actor: AuthUser, id: string, input: UpdateContributionInput): Promise<Contribution> {
    const updated = await this.dataSource.transaction(async (manager) => {
      const current = await this.loadForChange(actor, manager, id);
      const subject = this.subject(current.conversatorio, current.provinceCode, current.authorId);
      if (current.authorId !== actor.id) throw AppError.forbidden();
      const errors = await this.checkContent(manager, input);
      if (current.conversatorio.status !== ConversatorioStatus.OPEN) errors.push(fieldError('conversatorioId', 'conversatorioNotOpen'));
      if (errors.length > 0) throw AppError.badInput(errors);
      if (!contributionsPolicy.can(actor, 'contribution:edit', subject)) throw AppError.forbidden();

      const changes = { type: input.type, body: input.body, competencyKeys: input.competencyKeys, sdgNumbers: input.sdgNumbers };
      const result = await manager
        .createQueryBuilder()
        .update(ContributionEntity)
        .set(changes)
        .where('id = :id AND version = :version', { id, version: input.expectedVersion })
        .execute();
      if (result.affected !== 1)
        throw AppError.versionConflict({ ...changes, body: current.body, type: current.type, version: current.version });
      await recordHistory(manager, {
        entityType: 'contribution',
        entityId: id,
        actorId: actor.id,
        action: 'updated',
        changes: diffFields(current, changes),
      });
      return this.get(actor, id, manager);
    });
    await this.announce('UPDATED', updated);
    return updated;
  }

  /** Endorses (once) or withdraws the actor's endorsement. */
  async setEndorsement(actor: AuthUser, id: string, endorsed: boolean): Promise<Contribution> {
    await this.get(actor, id);
    const repository = this.dataSource.getRepository(ContributionEndorsementEntity);
    if (endorsed) await repository.createQueryBuilder().insert().values({ contributionId: id, userId: actor.id }).orIgnore().execute();
    else await repository.delete({ contributionId: id, userId: actor.id });
    const contribution = await this.get(actor, id);
    await this.announce('ENDORSED', contribution);
    return contribution;
  }

  /** Hides a contribution with a reason, or restores it (analysts, administrators, its moderator). */
  async setHidden(actor: AuthUser, id: string, hidden: boolean, reason?: string | null): Promise<Contribution> {
    const changed = await this.dataSource.transaction(async (manager) => {
      const current = await this.loadForChange(actor, manager, id);
      if (!contributionsPolicy.can(actor, 'contribution:moderate', this.subject(current.conversatorio, current.provinceCode)))
        throw AppError.forbidden();
      if (hidden && !reason?.trim()) throw AppError.badInput([fieldError('reason', 'required')]);
      await manager.update(
        ContributionEntity,
        id,
        hidden
          ? { hiddenAt: new Date(), hiddenById: actor.id, hiddenReason: reason!.trim() }
          : { hiddenAt: null, hiddenById: null, hiddenReason: null },
      );
      await recordHistory(manager, {
        entityType: 'contribution',
        entityId: id,
        actorId: actor.id,
        action: hidden ? 'hidden' : 'restored',
        changes: hidden ? { reason: reason!.trim() } : {},
      });
      return this.get(actor, id, manager);
    });
    await this.announce(hidden ? 'HIDDEN' : 'RESTORED', changed);
    return changed;
  }

  /** A change as one subscriber may see it: the contribution, or null when they may not see it. */
  async eventFor(actor: AuthUser, payload: ContributionEventPayload) {
    const contribution = await this.get(actor, payload.contributionId).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
      throw error;
    });
    return { ...payload, contribution };
  }

  private async loadForChange(actor: AuthUser, manager: EntityManager, id: string): Promise<Row> {
    const row = await manager.findOne(ContributionEntity, { where: { id }, relations: { conversatorio: { provinces: true } } });
    if (
      !row ||
      (row.hiddenAt && !contributionsPolicy.can(actor, 'contribution:seeHidden', this.subject(row.conversatorio, row.provinceCode)))
    ) {
      throw AppError.notFound();
    }
    return row as Row;
  }

  private subject(conversatorio: ConversatorioEntity, provinceCode: string, authorId?: string): ContributionSubject {
    return {
      provinceCode,
      authorId,
      conversatorio: {
        status: conversatorio.status,
        moderatorId: conversatorio.moderatorId,
        provinceCodes: (conversatorio.provinces ?? []).map((province) => province.code),
      },
    };
  }

  private async checkContent(manager: EntityManager, input: ContributionContentInput): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    if (
      input.competencyKeys.length > 0 &&
      (await manager.countBy(CompetencyEntity, { key: In(input.competencyKeys) })) !== input.competencyKeys.length
    ) {
      errors.push(fieldError('competencyKeys', 'unknownValue'));
    }
    return errors;
  }

  /** The contributions matching a filter that the actor may see (hidden ones only for moderation). */
  private filtered(
    actor: AuthUser,
    filter: ContributionFilter,
    manager: EntityManager = this.dataSource.manager,
  ): SelectQueryBuilder<ContributionEntity> {
    const query = manager
      .getRepository(ContributionEntity)
      .createQueryBuilder('contribution')
      .innerJoinAndSelect('contribution.conversatorio', 'conversatorio');
    if (!contributionsPolicy.can(actor, 'contribution:seeHidden')) query.andWhere('contribution.hiddenAt IS NULL');
    else if (actor.role === 'MODERATOR') {
      query.andWhere(
        new Brackets((where) => where.where('contribution.hiddenAt IS NULL').orWhere('conversatorio.moderatorId = :me', { me: actor.id })),
      );
    }
    if (filter.conversatorioId)
      query.andWhere('contribution.conversatorioId = :conversatorioId', { conversatorioId: filter.conversatorioId });
    if (filter.provinceCode) query.andWhere('contribution.provinceCode = :provinceCode', { provinceCode: filter.provinceCode });
    if (filter.themeId) query.andWhere('conversatorio.themeId = :themeId', { themeId: filter.themeId });
    if (filter.type) query.andWhere('contribution.type = :type', { type: filter.type });
    if (filter.competencyKey) query.andWhere(':competencyKey = ANY(contribution.competencyKeys)', { competencyKey: filter.competencyKey });
    if (filter.sdg) query.andWhere(':sdg = ANY(contribution.sdgNumbers)', { sdg: filter.sdg });
    if (filter.text?.trim()) {
      query.andWhere(`contribution.search_vector @@ websearch_to_tsquery('ruta_spanish', :text)`, { text: filter.text.trim() });
    }
    return query;
  }

  /** Models for rows: their endorsements, competencies and SDGs read in one statement each. */
  private async toModels(actor: AuthUser, rows: Row[], manager: EntityManager = this.dataSource.manager): Promise<Contribution[]> {
    const ids = rows.map((row) => row.id);
    // One after the other: inside a transaction they share one connection.
    const endorsements = (await manager.query(
      `SELECT contribution_id AS id, count(*)::int AS total, bool_or(user_id = $2) AS mine
         FROM contribution_endorsement WHERE contribution_id = ANY($1::uuid[]) GROUP BY contribution_id`,
      [ids, actor.id],
    )) as Array<{ id: string; total: number; mine: boolean }>;
    const competencies = await manager.find(CompetencyEntity, { order: { position: 'ASC' } });
    const sdgs = await manager.find(SdgEntity, { order: { number: 'ASC' } });
    const endorsementsById = new Map(endorsements.map((row) => [row.id, row]));
    return rows.map((row) => ({
      id: row.id,
      type: row.type,
      body: row.body,
      province: row.province,
      author: { id: row.author.id, displayName: row.author.displayName },
      conversatorio: { id: row.conversatorio.id, title: row.conversatorio.title, theme: row.conversatorio.theme },
      competencies: competencies.filter((competency) => row.competencyKeys.includes(competency.key)),
      sdgs: sdgs.filter((sdg) => row.sdgNumbers.includes(sdg.number)),
      endorsementCount: endorsementsById.get(row.id)?.total ?? 0,
      endorsedByMe: endorsementsById.get(row.id)?.mine ?? false,
      hidden: row.hiddenAt !== null,
      hiddenReason: row.hiddenReason,
      version: row.version,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    }));
  }
}
