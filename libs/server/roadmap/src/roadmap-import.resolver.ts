import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Authorize, CurrentUser, pickLanguage, type AuthUser, type RequestWithUser } from '@ruta/server-core';
import { roadmapPolicy } from './roadmap.policy.js';
import { RoadmapImportService } from './roadmap-import.service.js';
import { ImportReportModel } from './roadmap-import.model.js';
import { ImportArgs } from './roadmap-import.args.js';

@Resolver()
export class RoadmapImportResolver {
  constructor(private readonly service: RoadmapImportService) {}

  @Mutation(() => ImportReportModel, { description: 'Imports action items from CSV; nothing is imported if any row is rejected.' })
  @Authorize(roadmapPolicy, 'roadmap:import')
  async importActionItems(
    @CurrentUser() actor: AuthUser,
    @Args() { csv, dryRun }: ImportArgs,
    @Context('req') req: RequestWithUser,
  ): Promise<ImportReportModel> {
    const language = pickLanguage(req.headers['accept-language']);
    const report = await this.service.import(actor, csv, dryRun);
    return {
      ...report,
      rejected: report.rejected.map((row) => ({
        ...row,
        errors: row.errors.map((error) => ({ field: error.field, message: error.message[language] })),
      })),
    };
  }
}
