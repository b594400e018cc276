import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ActionItemStatus, type FieldError } from '@ruta/shared-domain';
import { AppError, fieldError, type AuthUser } from '@ruta/server-core';
import { recordHistory } from '@ruta/server-history';
import type { DataSource } from 'typeorm';
import { ActionItemEntity } from './action-item.entity.js';
import { setCoProvinces } from './action-item-content.js';
import type { ActionItem } from './action-item.model.js';
import { ActionItemsService, MERGED_REASON } from './action-items.service.js';
import { roadmapPolicy } from './roadmap.policy.js';

/** Merging two action items into one (analysts and administrators). */
@Injectable()
export class ActionItemMerges {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly items: ActionItemsService,
  ) {}

  /**
   * Merges `absorbedId` into `targetId`: the target gains the absorbed item's sources, provinces
   * and commitments; the absorbed item is cancelled and points to the target. Both keep their
   * source links and history; nothing is deleted. Both versions are checked.
   */
  async merge(actor: AuthUser, targetId: string, targetVersion: number, absorbedId: string, absorbedVersion: number): Promise<ActionItem> {
    if (targetId === absorbedId) throw AppError.badInput([fieldError('absorbedId', 'sameItem')]);
    const merged = await this.dataSource.transaction(async (manager) => {
      const target = await this.items.loadForChange(actor, manager, targetId);
      const absorbed = await this.items.loadForChange(actor, manager, absorbedId);
      if (!roadmapPolicy.can(actor, 'actionItem:manage')) throw AppError.forbidden();
      const errors: FieldError[] = [];
      const closed = [ActionItemStatus.DONE, ActionItemStatus.CANCELLED] as ActionItemStatus[];
      if (target.mergedIntoId || closed.includes(target.status)) errors.push(fieldError('targetId', 'itemClosed'));
      if (absorbed.mergedIntoId || closed.includes(absorbed.status)) errors.push(fieldError('absorbedId', 'itemClosed'));
      if (errors.length > 0) throw AppError.badInput(errors);
      if (target.version !== targetVersion) throw AppError.versionConflict(await this.items.currentValues(actor, targetId, manager));
      if (absorbed.version !== absorbedVersion) throw AppError.versionConflict(await this.items.currentValues(actor, absorbedId, manager));

      // The reason names no title: the absorbed item may be seen by people who may not see the target.
      const reason = MERGED_REASON;
      const absorbedResult = await manager
        .createQueryBuilder()
        .update(ActionItemEntity)
        .set({ status: ActionItemStatus.CANCELLED, statusReason: reason, mergedIntoId: targetId })
        .where('id = :id AND version = :version', { id: absorbedId, version: absorbedVersion })
        .execute();
      const targetResult = await manager
        .createQueryBuilder()
        .update(ActionItemEntity)
        .set({ title: target.title })
        .where('id = :id AND version = :version', { id: targetId, version: targetVersion })
        .execute();
      if (absorbedResult.affected !== 1 || targetResult.affected !== 1)
        throw AppError.versionConflict(await this.items.currentValues(actor, targetId, manager));

      const addedSources = (await manager.query(
        `INSERT INTO action_item_source (action_item_id, contribution_id, linked_by_id)
           SELECT $1, contribution_id, $3 FROM action_item_source WHERE action_item_id = $2
         ON CONFLICT DO NOTHING RETURNING contribution_id`,
        [targetId, absorbedId, actor.id],
      )) as Array<{ contribution_id: string }>;
      const targetProvinces = new Set([target.leadProvinceCode, ...target.coProvinces.map((p) => p.code)]);
      const addedProvinces = [absorbed.leadProvinceCode, ...absorbed.coProvinces.map((p) => p.code)].filter(
        (code) => !targetProvinces.has(code),
      );
      await setCoProvinces(manager, targetId, [], addedProvinces);
      const movedCommitments = (await manager.query(
        `UPDATE commitment SET action_item_id = $1, version = version + 1, updated_at = now() WHERE action_item_id = $2 RETURNING id`,
        [targetId, absorbedId],
      )) as [Array<{ id: string }>, number];
      const commitmentIds = movedCommitments[0].map((row) => row.id);
      for (const commitmentId of commitmentIds) {
        await recordHistory(manager, {
          entityType: 'commitment',
          entityId: commitmentId,
          actorId: actor.id,
          action: 'moved',
          changes: { actionItemId: { before: absorbedId, after: targetId } },
        });
      }
      await recordHistory(manager, {
        entityType: 'action_item',
        entityId: targetId,
        actorId: actor.id,
        action: 'absorbed',
        changes: {
          absorbedId,
          absorbedTitle: absorbed.title,
          sourcesAdded: addedSources.map((row) => row.contribution_id),
          provincesAdded: addedProvinces,
          commitmentsMoved: commitmentIds,
        },
      });
      await recordHistory(manager, {
        entityType: 'action_item',
        entityId: absorbedId,
        actorId: actor.id,
        action: 'merged',
        changes: {
          mergedIntoId: { before: null, after: targetId },
          status: { before: absorbed.status, after: ActionItemStatus.CANCELLED },
          statusReason: { before: absorbed.statusReason, after: reason },
        },
      });
      await this.items.announce(manager, targetId);
      await this.items.announce(manager, absorbedId);
      return this.items.get(actor, targetId, manager);
    });
    return merged;
  }
}
