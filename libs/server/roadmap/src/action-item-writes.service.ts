import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ActionItemStatus, Role, canMoveActionItem, statusesNeedingReason } from '@ruta/shared-domain';
import { AppError, fieldError, type AuthUser } from '@ruta/server-core';
import { ContributionsService } from '@ruta/server-contributions';
import { diffFields, recordHistory } from '@ruta/server-history';
import type { DataSource, EntityManager } from 'typeorm';
import { ActionItemEntity, ActionItemSourceEntity } from './action-item.entity.js';
import {
  checkContent,
  contentFields,
  currentContent,
  definedOnly,
  insertSources,
  itemSubject,
  setCoProvinces,
} from './action-item-content.js';
import type { ActionItemContentInput, ProposeActionItemInput, UpdateActionItemInput } from './action-item.inputs.js';
import type { ActionItem } from './action-item.model.js';
import { ActionItemsService } from './action-items.service.js';
import { roadmapPolicy } from './roadmap.policy.js';

/** Writing action items: proposing, editing and moving them, linking their sources. Each change is versioned and in the history. */
@Injectable()
export class ActionItemWrites {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contributions: ContributionsService,
    private readonly items: ActionItemsService,
  ) {}

  /** Proposes an item, possibly from contributions; technicians for their own province. */
  async propose(actor: AuthUser, input: ProposeActionItemInput, manager?: EntityManager): Promise<ActionItem> {
    const run = async (transaction: EntityManager) => {
      const errors = await checkContent(transaction, input);
      const sources = await this.contributions.getMany(actor, input.sourceContributionIds, transaction);
      if (sources.length !== input.sourceContributionIds.length) errors.push(fieldError('sourceContributionIds', 'unknownValue'));
      if (actor.role === Role.TECHNICIAN && sources.some((source) => source.province.code !== actor.provinceCode))
        errors.push(fieldError('sourceContributionIds', 'notOwnProvince'));
      if (errors.length > 0) throw AppError.badInput(errors);
      if (!roadmapPolicy.can(actor, 'actionItem:propose', itemSubject(input.leadProvinceCode, [], ActionItemStatus.PROPOSED)))
        throw AppError.forbidden();

      const { id } = await transaction.save(
        transaction.create(ActionItemEntity, {
          ...contentFields(input),
          status: ActionItemStatus.PROPOSED,
          proposedById: actor.id,
        }),
      );
      await setCoProvinces(transaction, id, [], input.coProvinceCodes);
      await insertSources(transaction, id, input.sourceContributionIds, actor.id);
      await recordHistory(transaction, {
        entityType: 'action_item',
        entityId: id,
        actorId: actor.id,
        action: 'created',
        changes: { ...input },
      });
      await this.items.announce(transaction, id);
      return this.items.get(actor, id, transaction);
    };
    return manager ? run(manager) : this.dataSource.transaction(run);
  }

  /**
   * Changes the fields given, on the version the actor saw: a stale version gets VERSION_CONFLICT
   * with the current values. Status moves follow the transitions; blocking and cancelling need a
   * reason; DONE completes the progress. Every change is recorded in the history.
   */
  async update(actor: AuthUser, id: string, input: UpdateActionItemInput): Promise<ActionItem> {
    const updated = await this.dataSource.transaction(async (manager) => {
      const current = await this.items.loadForChange(actor, manager, id);
      const subject = itemSubject(
        current.leadProvinceCode,
        current.coProvinces.map((p) => p.code),
        current.status,
      );
      const { expectedVersion, status, statusReason, progress, coProvinceCodes, ...content } = input;
      const touchesContent = Object.values(content).some((value) => value !== undefined) || coProvinceCodes !== undefined;
      const touchesState = status !== undefined || progress !== undefined || statusReason !== undefined;
      if (touchesContent && !roadmapPolicy.can(actor, 'actionItem:edit', subject)) throw AppError.forbidden();
      if (touchesState && !roadmapPolicy.can(actor, 'actionItem:manage', subject)) throw AppError.forbidden();
      if (
        content.leadProvinceCode !== undefined &&
        !roadmapPolicy.can(actor, 'actionItem:propose', {
          ...subject,
          item: { ...subject.item, leadProvinceCode: content.leadProvinceCode },
        })
      )
        throw AppError.forbidden();
      if (current.version !== expectedVersion) throw AppError.versionConflict(await this.items.currentValues(actor, id, manager));

      const next = {
        ...currentContent(current),
        ...contentFields({ ...currentContent(current), ...definedOnly(content) } as ActionItemContentInput),
      };
      const nextCo = coProvinceCodes ?? current.coProvinces.map((p) => p.code);
      const errors = await checkContent(manager, { ...next, coProvinceCodes: nextCo } as ActionItemContentInput);
      const state = { status: current.status, statusReason: current.statusReason, progress: current.progress };
      if (status !== undefined && status !== current.status) {
        if (current.mergedIntoId || !canMoveActionItem(current.status, status))
          errors.push(fieldError('status', 'invalidTransition', { from: current.status, to: status }));
        state.status = status;
        state.statusReason = statusesNeedingReason.has(status) ? (statusReason ?? null) : null;
        if (statusesNeedingReason.has(status) && !statusReason) errors.push(fieldError('statusReason', 'required'));
        if (status === ActionItemStatus.DONE) state.progress = 100;
      } else if (statusReason !== undefined && statusesNeedingReason.has(current.status)) {
        if (!statusReason) errors.push(fieldError('statusReason', 'required'));
        state.statusReason = statusReason;
      }
      if (progress !== undefined) state.progress = progress;
      if (errors.length > 0) throw AppError.badInput(errors);

      const result = await manager
        .createQueryBuilder()
        .update(ActionItemEntity)
        .set({ ...next, ...state })
        .where('id = :id AND version = :version', { id, version: expectedVersion })
        .execute();
      if (result.affected !== 1) throw AppError.versionConflict(await this.items.currentValues(actor, id, manager));
      const before = {
        ...currentContent(current),
        coProvinceCodes: current.coProvinces.map((p) => p.code).sort(),
        status: current.status,
        statusReason: current.statusReason,
        progress: current.progress,
      };
      await setCoProvinces(
        manager,
        id,
        current.coProvinces.map((p) => p.code),
        nextCo,
      );
      await recordHistory(manager, {
        entityType: 'action_item',
        entityId: id,
        actorId: actor.id,
        action: state.status !== current.status ? 'status' : 'updated',
        changes: diffFields(before, { ...next, coProvinceCodes: [...nextCo].sort(), ...state }),
      });
      await this.items.announce(manager, id);
      return this.items.get(actor, id, manager);
    });
    return updated;
  }

  /** Links contributions to an item as its sources (analysts and administrators). */
  async linkSources(actor: AuthUser, id: string, contributionIds: string[]): Promise<ActionItem> {
    const linked = await this.dataSource.transaction(async (manager) => {
      await this.items.loadForChange(actor, manager, id);
      if (!roadmapPolicy.can(actor, 'actionItem:manage')) throw AppError.forbidden();
      const found = await this.contributions.getMany(actor, contributionIds, manager);
      if (found.length !== contributionIds.length) throw AppError.badInput([fieldError('contributionIds', 'unknownValue')]);
      const added = await insertSources(manager, id, contributionIds, actor.id);
      if (added.length > 0) {
        await recordHistory(manager, {
          entityType: 'action_item',
          entityId: id,
          actorId: actor.id,
          action: 'sourcesLinked',
          changes: { contributionIds: added },
        });
      }
      await this.items.announce(manager, id);
      return this.items.get(actor, id, manager);
    });
    return linked;
  }

  /** Removes a contribution from an item's sources (analysts and administrators). */
  async unlinkSource(actor: AuthUser, id: string, contributionId: string): Promise<ActionItem> {
    const unlinked = await this.dataSource.transaction(async (manager) => {
      await this.items.loadForChange(actor, manager, id);
      if (!roadmapPolicy.can(actor, 'actionItem:manage')) throw AppError.forbidden();
      const result = await manager.delete(ActionItemSourceEntity, { actionItemId: id, contributionId });
      if (result.affected !== 1) throw AppError.badInput([fieldError('contributionId', 'unknownValue')]);
      await recordHistory(manager, {
        entityType: 'action_item',
        entityId: id,
        actorId: actor.id,
        action: 'sourceUnlinked',
        changes: { contributionId },
      });
      await this.items.announce(manager, id);
      return this.items.get(actor, id, manager);
    });
    return unlinked;
  }
}
