import { ActionItemStatus, Role } from '@ruta/shared-domain';
import type { AuthUser } from '@ruta/server-core';

/** What the rule looks at in an action item. */
export interface ActionItemVisibilityFacts {
  leadProvinceCode: string;
  /** Lead and co-responsible provinces. */
  provinceCodes: string[];
  status: ActionItemStatus;
  /** Whether it has been agreed (`agreed_at`): public from then on. Unknown: judged by its status. */
  agreed?: boolean;
  /** The responsible organisation and every organisation with a commitment on it. */
  organizationIds: string[];
}

/**
 * Who sees an action item — the one rule, in code and in SQL (`actionItemVisibilitySql`), kept
 * in agreement by `action-item-visibility.spec.ts` on the same rows.
 *
 * Once agreed an item is public for good, whatever becomes of it (everyone, the memoria, the
 * public). Before that — a proposal, or a proposal cancelled or merged away unagreed — it is seen
 * by CONGOPE (analysts, administrators), the technicians of its provinces, and the partners of the
 * organisations linked to it (responsible, or with a commitment on it). `null` is the public.
 */
export function actionItemVisibleTo(viewer: AuthUser | null, item: ActionItemVisibilityFacts): boolean {
  if (item.agreed ?? item.status !== ActionItemStatus.PROPOSED) return true;
  if (!viewer) return false;
  if (viewer.role === Role.ADMIN || viewer.role === Role.ANALYST) return true;
  if (viewer.role === Role.TECHNICIAN) return viewer.provinceCode !== null && item.provinceCodes.includes(viewer.provinceCode);
  if (viewer.role === Role.PARTNER) return viewer.organizationId !== null && item.organizationIds.includes(viewer.organizationId);
  return false;
}

/** The public items: agreed once. Needs no parameter, so it fits any statement. */
export const publicActionItemSql = (alias: string) => `${alias}.agreed_at IS NOT NULL`;

/** `alias.…` is one of the item's provinces (`:parameter` names the province). */
export const itemInProvinceSql = (alias: string, parameter: string) =>
  `(${alias}.lead_province_code = :${parameter} OR EXISTS (SELECT 1 FROM action_item_co_province co WHERE co.action_item_id = ${alias}.id AND co.province_code = :${parameter}))`;

/**
 * `actionItemVisibleTo` as a condition on the items of a query (`alias` names `action_item`),
 * with its named parameters; `null` when the viewer sees every item.
 */
export function actionItemVisibilitySql(
  viewer: AuthUser | null,
  alias: string,
): { sql: string; parameters: Record<string, string> } | null {
  if (viewer?.role === Role.ADMIN || viewer?.role === Role.ANALYST) return null;
  const publicly = publicActionItemSql(alias);
  if (viewer?.role === Role.TECHNICIAN && viewer.provinceCode) {
    return {
      sql: `(${publicly} OR ${itemInProvinceSql(alias, 'visibleToProvince')})`,
      parameters: { visibleToProvince: viewer.provinceCode },
    };
  }
  if (viewer?.role === Role.PARTNER && viewer.organizationId) {
    return {
      sql: `(${publicly} OR ${alias}.responsible_organization_id = :visibleToOrganization OR EXISTS (SELECT 1 FROM commitment vc WHERE vc.action_item_id = ${alias}.id AND vc.organization_id = :visibleToOrganization))`,
      parameters: { visibleToOrganization: viewer.organizationId },
    };
  }
  return { sql: publicly, parameters: {} };
}
