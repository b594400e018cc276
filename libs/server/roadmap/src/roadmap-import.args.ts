import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsString, MaxLength } from 'class-validator';

@ArgsType()
export class ImportArgs {
  @Field({ description: 'The CSV text: a header row (titulo, eje, provincia_lider, …), comma or semicolon separated.' })
  @IsString()
  @MaxLength(1_000_000)
  csv: string;

  @Field({ defaultValue: false, description: 'Check every row without importing.' })
  @IsBoolean()
  dryRun: boolean;
}
