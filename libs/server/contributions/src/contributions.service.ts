import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ConversatorioStatus, type FieldError } from '@ruta/shared-domain';
import {
  AppError,
  connection,
  decodeCursor,
  DomainEvents,
  encodeCursor,
  fieldError,
  fromJson,
  preparedRows,
  type AuthUser,
  type Connection,
} from '@ruta/server-core';
import { ConversatorioEntity } from '@ruta/server-conversatorios';
import { ThemeEntity } from '@ruta/server-events';
import { diffFields, recordHistory } from '@ruta/server-history';
import { ReferenceService } from '@ruta/server-reference';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { ContributionEndorsementEntity, ContributionEntity } from './contribution.entity.js';
import { contributionSelections, type ContributionJson } from './contribution-json.js';
import type {
  ContributionFilter,
  ContributionContentInput,
  CreateContributionInput,
  UpdateContributionInput,
} from './contribution.inputs.js';
import type { Contribution, ContributionEventKind } from './contribution.model.js';
import { contributionsPolicy, type ContributionSubject } from './contributions.policy.js';
import { contributionVisibilitySql, contributionVisibleTo } from './visibility/contribution-visibility.js';

/** How `read` reads: in a transaction's manager, and only the parts some fields need. */
interface ReadOptions {
  manager?: EntityManager;
  fields?: ReadonlySet<string>;
}

/** Narrows a contribution query further (the query's alias is `contribution`), e.g. "not yet on the roadmap". */
export type ContributionRefinement = (query: SelectQueryBuilder<ContributionEntity>) => void;

export const CONTRIBUTION_EVENTS = 'contribution-events';
export interface ContributionEventPayload {
  kind: ContributionEventKind;
  contributionId: string;
  conversatorioId: string;
}

declare module '@ruta/server-core' {
  interface DomainEventMap {
    [CONTRIBUTION_EVENTS]: ContributionEventPayload;
  }
}

/** Contributions: made for a province in an open conversatorio, searched, endorsed, moderated. */
@Injectable()
export class ContributionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
    private readonly reference: ReferenceService,
  ) {}

  private selections?: ReturnType<typeof contributionSelections>;

  /** Records, in the change's transaction, that a contribution changed: its conversatorio's subscribers hear it after the commit. */
  private async announce(
    manager: EntityManager,
    kind: ContributionEventKind,
    contribution: { id: string; conversatorio: { id: string } },
  ): Promise<void> {
    await this.events.record(manager, CONTRIBUTION_EVENTS, {
      kind,
      contributionId: contribution.id,
      conversatorioId: contribution.conversatorio.id,
    });
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
    fields?: ReadonlySet<string>,
  ): Promise<Connection<Contribution>> {
    const base = this.filtered(actor, filter);
    refine?.(base);
    const page = base
      .clone()
      .orderBy('contribution.createdAt', 'DESC')
      .addOrderBy('contribution.id', 'DESC')
      .limit(first + 1);
    if (after) {
      const cursor = decodeCursor(after);
      page.andWhere('(contribution.createdAt, contribution.id) < (:cursorAt, :cursorId)', {
        cursorAt: cursor.sortKey,
        cursorId: cursor.id,
      });
    }
    const rows = await this.read(actor, page, { fields });
    const nodes = rows.slice(0, first);
    const last = nodes.at(-1);
    return connection(nodes, { hasNextPage: rows.length > first, endCursor: last ? encodeCursor(last.createdAt, last.id) : null }, () =>
      base.clone().getCount(),
    );
  }

  /** One contribution, if the actor may see it. */
  async get(actor: AuthUser, id: string, manager?: EntityManager): Promise<Contribution> {
    const [contribution] = await this.read(actor, this.filtered(actor, {}, manager).andWhere('contribution.id = :id', { id }), { manager });
    if (!contribution) throw AppError.notFound();
    return contribution;
  }

  /** The contributions among `ids` that the actor may see, in the order asked (missing ones left out). */
  async getMany(actor: AuthUser, ids: readonly string[], manager?: EntityManager): Promise<Contribution[]> {
    if (ids.length === 0) return [];
    const rows = await this.read(
      actor,
      this.filtered(actor, {}, manager).andWhere('contribution.id = ANY(CAST(:ids AS uuid[]))', { ids }),
      { manager },
    );
    const models = new Map(rows.map((model) => [model.id, model]));
    return ids.flatMap((id) => models.get(id) ?? []);
  }

  /**
   * The visible contributions linked from rows of another table (e.g. action items' sources), by
   * owner, in the link table's `orderBy` order: one statement. Table and column names are the
   * caller's constants.
   */
  async linkedFrom(
    actor: AuthUser,
    link: { table: string; contributionColumn: string; ownerColumn: string; orderBy: string },
    ownerIds: readonly string[],
    fields?: ReadonlySet<string>,
  ): Promise<Array<{ ownerId: string; contribution: Contribution }>> {
    if (ownerIds.length === 0) return [];
    const query = this.filtered(actor, {})
      .innerJoin(
        link.table,
        'link',
        `link.${link.contributionColumn} = contribution.id AND link.${link.ownerColumn} = ANY(CAST(:ownerIds AS uuid[]))`,
        {
          ownerIds,
        },
      )
      .orderBy(`link.${link.orderBy}`)
      .addOrderBy('contribution.id');
    return this.read(actor, query, { ownerColumn: `link.${link.ownerColumn}`, fields });
  }

  /** Adds a contribution for a province taking part in an open conversatorio. */
  async create(actor: AuthUser, input: CreateContributionInput): Promise<Contribution> {
    const created = await this.dataSource.transaction(async (manager) => {
      // One statement (findOne with relations would send two: ids first, then the rows).
      const conversatorio = await manager
        .getRepository(ConversatorioEntity)
        .createQueryBuilder('conversatorio')
        .leftJoinAndSelect('conversatorio.provinces', 'province')
        .where('conversatorio.id = :id', { id: input.conversatorioId })
        .getOne();
      if (!conversatorio) throw AppError.badInput([fieldError('conversatorioId', 'unknownValue')]);
      const subject = this.subject(conversatorio, input.provinceCode);
      const errors = await this.checkContent(input);
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
      const contribution = await this.get(actor, id, manager);
      await this.announce(manager, 'CREATED', contribution);
      return contribution;
    });
    return created;
  }

  /** The author edits their contribution while the conversatorio is open; a stale version conflicts. */
  async update(actor: AuthUser, id: string, input: UpdateContributionInput): Promise<Contribution> {
    const updated = await this.dataSource.transaction(async (manager) => {
      const current = await this.loadForChange(actor, manager, id);
      const subject = this.subject(current.conversatorio, current.provinceCode, current.authorId);
      if (current.authorId !== actor.id) throw AppError.forbidden();
      const errors = await this.checkContent(input);
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
      const contribution = await this.get(actor, id, manager);
      await this.announce(manager, 'UPDATED', contribution);
      return contribution;
    });
    return updated;
  }

  /** Endorses (once) or withdraws the actor's endorsement. */
  async setEndorsement(actor: AuthUser, id: string, endorsed: boolean): Promise<Contribution> {
    await this.get(actor, id);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ContributionEndorsementEntity);
      if (endorsed) await repository.createQueryBuilder().insert().values({ contributionId: id, userId: actor.id }).orIgnore().execute();
      else await repository.delete({ contributionId: id, userId: actor.id });
      const contribution = await this.get(actor, id, manager);
      await this.announce(manager, 'ENDORSED', contribution);
      return contribution;
    });
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
      const contribution = await this.get(actor, id, manager);
      await this.announce(manager, hidden ? 'HIDDEN' : 'RESTORED', contribution);
      return contribution;
    });
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

  private async loadForChange(
    actor: AuthUser,
    manager: EntityManager,
    id: string,
  ): Promise<ContributionEntity & { conversatorio: ConversatorioEntity }> {
    const row = await manager.findOne(ContributionEntity, { where: { id }, relations: { conversatorio: { provinces: true } } });
    if (!row || !contributionVisibleTo(actor, { hidden: row.hiddenAt !== null, moderatorId: row.conversatorio.moderatorId })) {
      throw AppError.notFound();
    }
    return row;
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

  private async checkContent(input: ContributionContentInput): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    const known = new Set((await this.reference.listCompetencies()).map((competency) => competency.key));
    if (input.competencyKeys.some((key) => !known.has(key))) errors.push(fieldError('competencyKeys', 'unknownValue'));
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
    const visible = contributionVisibilitySql(actor, 'contribution', 'conversatorio');
    if (visible) query.andWhere(visible.sql, visible.parameters);
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

  /**
   * The contributions a query selects, in its order, with province, author, conversatorio, theme
   * and endorsements: one statement, each row built as JSON by PostgreSQL. `fields`: only the parts
   * they need (`CONTRIBUTION_PARTS`); `ownerColumn`: each row also carries that column as `ownerId`.
   */
  private async read(actor: AuthUser, query: SelectQueryBuilder<ContributionEntity>, options?: ReadOptions): Promise<Contribution[]>;
  private async read(
    actor: AuthUser,
    query: SelectQueryBuilder<ContributionEntity>,
    options: ReadOptions & { ownerColumn: string },
  ): Promise<Array<{ ownerId: string; contribution: Contribution }>>;
  private async read(
    actor: AuthUser,
    query: SelectQueryBuilder<ContributionEntity>,
    { manager = this.dataSource.manager, fields, ownerColumn }: ReadOptions & { ownerColumn?: string } = {},
  ): Promise<Contribution[] | Array<{ ownerId: string; contribution: Contribution }>> {
    const { selections, contributions, themes } = (this.selections ??= contributionSelections(this.dataSource));
    query.select(selections.for(fields), 'row');
    query.setParameter('reader', actor.id);
    if (ownerColumn) query.addSelect(ownerColumn, 'ownerId');
    const rows = await preparedRows<{ row: ContributionJson; ownerId?: string }>(manager, query);
    const competencies = await this.reference.listCompetencies();
    const sdgs = await this.reference.listSdgs();
    const toModel = (json: ContributionJson): Contribution => {
      const row = fromJson<ContributionEntity>(contributions, json.contribution);
      return {
        id: row.id,
        type: row.type,
        body: row.body,
        province: json.province,
        author: json.author,
        conversatorio: json.conversatorio && { ...json.conversatorio, theme: fromJson<ThemeEntity>(themes, json.theme) },
        competencies: competencies.filter((competency) => row.competencyKeys.includes(competency.key)),
        sdgs: sdgs.filter((sdg) => row.sdgNumbers.includes(sdg.number)),
        endorsementCount: json.endorsements?.total,
        endorsedByMe: json.endorsements?.mine,
        hidden: row.hiddenAt !== null,
        hiddenReason: row.hiddenReason,
        version: row.version,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
      };
    };
    if (ownerColumn) return rows.map(({ row, ownerId }) => ({ ownerId: ownerId!, contribution: toModel(row) }));
    return rows.map(({ row }) => toModel(row));
  }
}
