import { Role } from '@ruta/shared-domain';
import type { AuthUser } from '@ruta/server-core';

/** What the rule looks at in a contribution. */
export interface ContributionVisibilityFacts {
  hidden: boolean;
  /** The moderator of its conversatorio. */
  moderatorId: string | null;
}

/**
 * Who sees a contribution — the one rule, in code and in SQL (`contributionVisibilitySql`), kept in
 * agreement by `contribution-visibility.spec.ts` on the same rows. A contribution hidden by
 * moderation is seen only by CONGOPE (analysts, administrators) and its conversatorio's moderator;
 * every other one by everyone who reads contributions (the memoria and the public included).
 */
export function contributionVisibleTo(viewer: AuthUser | null, contribution: ContributionVisibilityFacts): boolean {
  if (!contribution.hidden) return true;
  if (!viewer) return false;
  if (viewer.role === Role.ADMIN || viewer.role === Role.ANALYST) return true;
  return viewer.role === Role.MODERATOR && contribution.moderatorId === viewer.id;
}

/** The public contributions: not hidden. Needs no parameter, so it fits any statement. */
export const publicContributionSql = (alias: string) => `${alias}.hidden_at IS NULL`;

/**
 * `contributionVisibleTo` as a condition on a query's contributions (`alias` names `contribution`,
 * `conversatorioAlias` its conversatorio), with its named parameters; `null` when the viewer sees them all.
 */
export function contributionVisibilitySql(
  viewer: AuthUser | null,
  alias: string,
  conversatorioAlias: string,
): { sql: string; parameters: Record<string, string> } | null {
  if (viewer?.role === Role.ADMIN || viewer?.role === Role.ANALYST) return null;
  if (viewer?.role === Role.MODERATOR) {
    return {
      sql: `(${publicContributionSql(alias)} OR ${conversatorioAlias}.moderator_id = :visibleToModerator)`,
      parameters: { visibleToModerator: viewer.id },
    };
  }
  return { sql: publicContributionSql(alias), parameters: {} };
}
