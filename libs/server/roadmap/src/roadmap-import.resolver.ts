import { Args, ArgsType, Context, Field, ID, Int, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { Authorize, CurrentUser, pickLanguage, type AuthUser, type RequestWithUser } from '@ruta/server-core';
import { IsBoolean, IsString, MaxLength } from 'class-validator';
import { roadmapPolicy } from './roadmap.policy.js';
import { RoadmapImportService } from './roadmap-import.service.js';

@ObjectType('RowError')
class RowError {
  @Field({ description: 'The action item field (e.g. leadProvinceCode) the problem is in.' })
  field: string;

  @Field({ description: 'In the request’s language (Accept-Language).' })
  message: string;
}

@ObjectType('RejectedRow')
class RejectedRowModel {
  @Field(() => Int, { description: 'Line in the file; the header is line 1.' })
  line: number;

  @Field()
  title: string;

  @Field(() => [RowError])
  errors: RowError[];
}

@ObjectType('ImportReport', { description: 'What a CSV import did: all rows, or none when any is rejected.' })
class ImportReportModel {
  @Field()
  dryRun: boolean;

  @Field(() => Int)
  totalRows: number;

  @Field(() => Int)
  imported: number;

  @Field(() => [RejectedRowModel])
  rejected: RejectedRowModel[];

  @Field(() => [ID])
  importedIds: string[];
}

@ArgsType()
class ImportArgs {
  @Field({ description: 'The CSV text: a header row (titulo, eje, provincia_lider, …), comma or semicolon separated.' })
  @IsString()
  @MaxLength(1_000_000)
  csv: string;

  @Field({ defaultValue: false, description: 'Check every row without importing.' })
  @IsBoolean()
  dryRun: boolean;
}

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
