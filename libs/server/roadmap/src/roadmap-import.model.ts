import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('RowError')
export class RowError {
  @Field({ description: 'The action item field (e.g. leadProvinceCode) the problem is in.' })
  field: string;

  @Field({ description: 'In the request’s language (Accept-Language).' })
  message: string;
}

@ObjectType('RejectedRow')
export class RejectedRowModel {
  @Field(() => Int, { description: 'Line in the file; the header is line 1.' })
  line: number;

  @Field()
  title: string;

  @Field(() => [RowError])
  errors: RowError[];
}

@ObjectType('ImportReport', { description: 'What a CSV import did: all rows, or none when any is rejected.' })
export class ImportReportModel {
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
