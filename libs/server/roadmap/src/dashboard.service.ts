import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CommitmentStatus, Role, type ActionItemStatus, type CommitmentKind } from '@ruta/shared-domain';
import type { AuthUser } from '@ruta/server-core';
import type { DataSource } from 'typeorm';
import { ActionItemsService } from './action-items.service.js';
import type { ActionItemFilter } from './action-item.inputs.js';
import { roadmapPolicy } from './roadmap.policy.js';

const commitmentStatuses = Object.values(CommitmentStatus);

export interface Dashboard {
  totalItems: number;
  averageProgress: number;
  byProvince: Array<{ provinceCode: string; provinceName: string; items: number; averageProgress: number }>;
  byTheme: Array<{ themeId: string; themeName: string; items: number; averageProgress: number }>;
  byStatus: Array<{ status: ActionItemStatus; items: number }>;
  byPartner: Array<{
    organizationId: string;
    organizationName: string;
    shortName: string | null;
    commitments: number;
    items: number;
    byStatus: Array<{ status: CommitmentStatus; count: number }>;
  }>;
  bySupport: Array<{ kind: CommitmentKind; status: CommitmentStatus; count: number }>;
}

/** Roadmap figures over the items the actor may see (and, by partner, the commitments they may see). */
@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly actionItems: ActionItemsService,
  ) {}

  async dashboard(actor: AuthUser, filter: ActionItemFilter = {}): Promise<Dashboard> {
    const visible = this.actionItems.filtered(actor, filter).select('item.id');
    const [visibleSql, parameters] = visible.getQueryAndParameters();
    // Provinces count an item once each, as lead or co-responsible.
    const rows = (await this.dataSource.query(
      `WITH visible AS (${visibleSql}),
            items AS (SELECT i.* FROM action_item i WHERE i.id IN (SELECT item_id FROM visible)),
            provinces AS (
              SELECT id, progress, lead_province_code AS code FROM items
              UNION SELECT i.id, i.progress, co.province_code FROM items i JOIN action_item_co_province co ON co.action_item_id = i.id)
       SELECT 'total' AS kind, NULL AS key, NULL AS name, NULL AS short, count(*)::int AS items, coalesce(round(avg(progress)), 0)::int AS progress, NULL::jsonb AS detail FROM items
       UNION ALL
       SELECT 'province', p.code, p.name, NULL, count(x.id)::int, coalesce(round(avg(x.progress)), 0)::int, NULL
         FROM province p LEFT JOIN provinces x ON x.code = p.code GROUP BY p.code, p.name
       UNION ALL
       SELECT 'theme', t.id::text, t.name, NULL, count(i.id)::int, coalesce(round(avg(i.progress)), 0)::int, NULL
         FROM theme t LEFT JOIN items i ON i.theme_id = t.id GROUP BY t.id, t.name, t.position
       UNION ALL
       SELECT 'status', status::text, NULL, NULL, count(*)::int, 0, NULL FROM items GROUP BY status`,
      parameters,
    )) as Array<{ kind: string; key: string; name: string; short: string | null; items: number; progress: number }>;

    const partners = await this.partnerFigures(actor, visibleSql, parameters);
    const support = (await this.dataSource.query(
      `WITH visible AS (${visibleSql})
       SELECT c.kind, c.status, count(*)::int AS count FROM commitment c
        WHERE c.action_item_id IN (SELECT item_id FROM visible) AND c.status IN ('ACCEPTED', 'FULFILLED')
        GROUP BY c.kind, c.status ORDER BY count DESC, c.kind, c.status`,
      parameters,
    )) as Dashboard['bySupport'];
    const total = rows.find((row) => row.kind === 'total');
    return {
      totalItems: total?.items ?? 0,
      averageProgress: total?.progress ?? 0,
      byProvince: rows
        .filter((row) => row.kind === 'province')
        .map((row) => ({ provinceCode: row.key, provinceName: row.name, items: row.items, averageProgress: row.progress }))
        .sort((a, b) => a.provinceCode.localeCompare(b.provinceCode)),
      byTheme: rows
        .filter((row) => row.kind === 'theme')
        .map((row) => ({ themeId: row.key, themeName: row.name, items: row.items, averageProgress: row.progress })),
      byStatus: rows.filter((row) => row.kind === 'status').map((row) => ({ status: row.key as ActionItemStatus, items: row.items })),
      byPartner: partners,
      bySupport: support,
    };
  }

  /**
   * The commitments on the visible items that the actor may see (`commitment:see`), per partner
   * organisation: CONGOPE all, a partner its own, a technician those on its provinces' items.
   */
  private async partnerFigures(actor: AuthUser, visibleSql: string, parameters: unknown[]): Promise<Dashboard['byPartner']> {
    const staff = roadmapPolicy.can(actor, 'actionItem:manage');
    const own = actor.role === Role.PARTNER && actor.organizationId ? actor.organizationId : null;
    const province = actor.role === Role.TECHNICIAN && actor.provinceCode ? actor.provinceCode : null;
    if (!staff && !own && !province) return [];
    const ownParameter = parameters.length + 1;
    const scope = own
      ? `AND c.organization_id = $${ownParameter}`
      : province
        ? `AND EXISTS (SELECT 1 FROM action_item i WHERE i.id = c.action_item_id AND (i.lead_province_code = $${ownParameter}
             OR EXISTS (SELECT 1 FROM action_item_co_province co WHERE co.action_item_id = i.id AND co.province_code = $${ownParameter})))`
        : '';
    const rows = (await this.dataSource.query(
      `WITH visible AS (${visibleSql})
       SELECT o.id, o.name, o.short_name AS "shortName", count(*)::int AS commitments,
              count(DISTINCT c.action_item_id)::int AS items,
              ${commitmentStatuses.map((status) => `count(*) FILTER (WHERE c.status = '${status}')::int AS "${status}"`).join(', ')}
         FROM commitment c JOIN organization o ON o.id = c.organization_id
        WHERE c.action_item_id IN (SELECT item_id FROM visible) ${scope}
        GROUP BY o.id, o.name, o.short_name
        ORDER BY commitments DESC, o.name`,
      own || province ? [...parameters, own ?? province] : parameters,
    )) as Array<
      { id: string; name: string; shortName: string | null; commitments: number; items: number } & Record<CommitmentStatus, number>
    >;
    return rows.map((row) => ({
      organizationId: row.id,
      organizationName: row.name,
      shortName: row.shortName,
      commitments: row.commitments,
      items: row.items,
      byStatus: commitmentStatuses.map((status) => ({ status, count: row[status] })).filter((entry) => entry.count > 0),
    }));
  }
}
