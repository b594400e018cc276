import { Context, Field, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { ConversatorioStatus } from '@ruta/shared-domain';
import { Abilities, CurrentUser, requestLoader, type AuthUser } from '@ruta/server-core';
import { ConversatorioAbilities } from '@ruta/server-conversatorios';
import type { DataSource } from 'typeorm';
import { Contribution } from './contribution.model.js';
import { contributionsPolicy, type ContributionSubject } from './contributions.policy.js';

/** What the signed-in person may do with one contribution; the roadmap adds its field. */
@ObjectType('ContributionAbilities')
export class ContributionAbilities {
  viewer: AuthUser;
  /** The facts the rules look at, read for every contribution of the request at once. */
  subject: ContributionSubject;

  @Field({ description: 'Edits it (its author, while the conversatorio is open).' })
  edit: boolean;

  @Field({ description: 'Hides and restores it (its conversatorio’s moderator, CONGOPE).' })
  moderate: boolean;
}

@Resolver(() => Contribution)
export class ContributionAbilitiesResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => ContributionAbilities, {
    nullable: true,
    description: 'What the signed-in person may do with it; null when anonymous.',
  })
  async viewerCan(
    @Parent() contribution: Contribution,
    @CurrentUser() viewer: AuthUser | null,
    @Context('req') request: object,
  ): Promise<ContributionAbilities | null> {
    if (!viewer) return null;
    const subject = await requestLoader<string, ContributionSubject>(request, 'contribution.subject', (ids) => this.subjects(ids)).load(
      contribution.id,
    );
    return {
      viewer,
      subject,
      edit: contributionsPolicy.can(viewer, 'contribution:edit', subject),
      moderate: contributionsPolicy.can(viewer, 'contribution:moderate', subject),
    };
  }

  private async subjects(ids: readonly string[]): Promise<ContributionSubject[]> {
    const rows = (await this.dataSource.query(
      `SELECT c.id, c.province_code AS "provinceCode", c.author_id AS "authorId", cv.status, cv.moderator_id AS "moderatorId",
              array(SELECT cp.province_code::text FROM conversatorio_province cp WHERE cp.conversatorio_id = cv.id) AS "provinceCodes"
         FROM contribution c JOIN conversatorio cv ON cv.id = c.conversatorio_id WHERE c.id = ANY($1::uuid[])`,
      [ids],
    )) as Array<{
      id: string;
      provinceCode: string;
      authorId: string;
      status: ConversatorioStatus;
      moderatorId: string | null;
      provinceCodes: string[];
    }>;
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => {
      const row = byId.get(id)!;
      return {
        provinceCode: row.provinceCode,
        authorId: row.authorId,
        conversatorio: { status: row.status, moderatorId: row.moderatorId, provinceCodes: row.provinceCodes },
      };
    });
  }
}

@Resolver(() => ConversatorioAbilities)
export class ConversatorioContributionAbilitiesResolver {
  @ResolveField(() => [String], { description: 'The provinces (INEC codes) the person may contribute for here, now; empty when none.' })
  contributeFor(@Parent() { viewer, conversatorio }: ConversatorioAbilities): string[] {
    const provinceCodes = conversatorio.provinces.map((province) => province.code);
    const subject = (provinceCode: string): ContributionSubject => ({
      provinceCode,
      conversatorio: { status: conversatorio.status, moderatorId: conversatorio.moderator?.id ?? null, provinceCodes },
    });
    return provinceCodes.filter((code) => contributionsPolicy.can(viewer, 'contribution:create', subject(code)));
  }
}

@Resolver(() => Abilities)
export class ContributionsAbilitiesResolver {
  @ResolveField(() => Boolean, { description: 'Contributes to conversatorios (for the provinces each one allows).' })
  contribute(@Parent() { viewer }: Abilities): boolean {
    return contributionsPolicy.can(viewer, 'contribution:create');
  }
}
