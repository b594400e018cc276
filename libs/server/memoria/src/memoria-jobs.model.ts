import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MemoriaJobStatus, MemoriaScopeKind } from './memoria.entity.js';

registerEnumType(MemoriaScopeKind, { name: 'MemoriaScopeKind' });
registerEnumType(MemoriaJobStatus, { name: 'MemoriaJobStatus' });

@ObjectType('MemoriaDownloads', { description: 'Where each format is downloaded (same-origin paths).' })
export class MemoriaDownloads {
  @Field()
  pdf: string;

  @Field()
  docx: string;

  @Field()
  html: string;

  @Field()
  markdown: string;
}

@ObjectType('MemoriaJob', { description: 'A generation of the memoria (a draft), with its progress.' })
export class MemoriaJob {
  @Field(() => ID)
  id: string;

  @Field(() => MemoriaScopeKind)
  scopeKind: MemoriaScopeKind;

  @Field()
  scopeLabel: string;

  @Field()
  language: string;

  @Field(() => MemoriaJobStatus)
  status: MemoriaJobStatus;

  @Field(() => Int, { description: '0–100.' })
  progress: number;

  @Field(() => String, { nullable: true })
  error: string | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;

  @Field(() => [String], {
    description: 'The formats already stored, downloadable before the job is done: html and md first, then pdf, then docx.',
  })
  readyFormats: string[];

  @Field(() => MemoriaDownloads, {
    nullable: true,
    description: 'Where each format is downloaded, once the first is stored (`readyFormats` says which are ready).',
  })
  downloads: MemoriaDownloads | null;
}

@ObjectType('MemoriaVersion', { description: 'A published memoria: frozen and numbered.' })
export class MemoriaVersion {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  number: number;

  @Field()
  scopeLabel: string;

  @Field()
  language: string;

  @Field(() => Date)
  publishedAt: Date;

  @Field(() => MemoriaDownloads)
  downloads: MemoriaDownloads;
}
