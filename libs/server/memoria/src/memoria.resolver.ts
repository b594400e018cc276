import { Args, ArgsType, Field, ID, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from '@nestjs/graphql';
import { Authorize, CurrentUser, IdArgs, type AuthUser } from '@ruta/server-core';
import { IsIn, IsOptional, IsUUID, Matches, IsEnum } from 'class-validator';
import { MemoriaJobStatus, MemoriaScopeKind, type MemoriaVersionEntity } from './memoria.entity.js';
import { MemoriaJobsService, type MemoriaJobRow } from './memoria-jobs.service.js';
import { memoriaPolicy } from './memoria.policy.js';

registerEnumType(MemoriaScopeKind, { name: 'MemoriaScopeKind' });
registerEnumType(MemoriaJobStatus, { name: 'MemoriaJobStatus' });

@ObjectType('MemoriaDownloads', { description: 'Where each format is downloaded (same-origin paths).' })
class MemoriaDownloads {
  @Field()
  pdf: string;

  @Field()
  docx: string;

  @Field()
  html: string;

  @Field()
  markdown: string;
}

/** The download paths of a draft or a version (`…/<name>` + `.<format>`), as the downloads library serves them. */
const downloads = (base: string): MemoriaDownloads => ({
  pdf: `${base}.pdf`,
  docx: `${base}.docx`,
  html: `${base}.html`,
  markdown: `${base}.md`,
});

@ObjectType('MemoriaJob', { description: 'A generation of the memoria (a draft), with its progress.' })
class MemoriaJob {
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
class MemoriaVersion {
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

@ArgsType()
class GenerateArgs {
  @Field(() => MemoriaScopeKind, { defaultValue: MemoriaScopeKind.FORUM })
  @IsEnum(MemoriaScopeKind)
  scope: MemoriaScopeKind;

  @Field(() => ID, { nullable: true, description: 'For a theme’s memoria.' })
  @IsOptional()
  @IsUUID()
  themeId?: string | null;

  @Field(() => String, { nullable: true, description: 'For a province’s memoria (INEC code).' })
  @IsOptional()
  @Matches(/^\d{2}$/)
  provinceCode?: string | null;

  @Field({ defaultValue: 'es', description: 'es or en (the fixed texts).' })
  @IsIn(['es', 'en'])
  language: 'es' | 'en';
}

@ArgsType()
class PublishArgs {
  @Field(() => ID)
  @IsUUID()
  jobId: string;
}

const toJob = (job: MemoriaJobRow): MemoriaJob => ({
  ...job,
  downloads: job.readyFormats.length > 0 ? downloads(`/exports/memoria/borradores/${job.id}`) : null,
});
const toVersion = (version: MemoriaVersionEntity): MemoriaVersion => ({
  id: version.id,
  number: version.number,
  scopeLabel: version.scopeLabel,
  language: version.language,
  publishedAt: version.publishedAt,
  downloads: downloads(`/exports/memoria/versiones/${version.number}`),
});

@Resolver()
export class MemoriaResolver {
  constructor(private readonly jobs: MemoriaJobsService) {}

  @Mutation(() => MemoriaJob, { description: 'Starts generating a memoria draft; returns at once with the job.' })
  @Authorize(memoriaPolicy, 'memoria:generate')
  async generateMemoria(@CurrentUser() actor: AuthUser, @Args() args: GenerateArgs): Promise<MemoriaJob> {
    const scope =
      args.scope === MemoriaScopeKind.THEME
        ? { kind: args.scope, themeId: args.themeId ?? '' }
        : args.scope === MemoriaScopeKind.PROVINCE
          ? { kind: args.scope, provinceCode: args.provinceCode ?? '' }
          : { kind: MemoriaScopeKind.FORUM };
    return toJob(await this.jobs.start(actor, scope, args.language));
  }

  @Query(() => MemoriaJob)
  @Authorize(memoriaPolicy, 'memoria:generate')
  async memoriaJob(@Args() { id }: IdArgs): Promise<MemoriaJob> {
    return toJob(await this.jobs.get(id));
  }

  @Query(() => [MemoriaJob], { description: 'The latest drafts.' })
  @Authorize(memoriaPolicy, 'memoria:generate')
  async memoriaJobs(): Promise<MemoriaJob[]> {
    return (await this.jobs.recent()).map(toJob);
  }

  @Mutation(() => MemoriaVersion, { description: 'Publishes a finished draft as the next numbered version.' })
  @Authorize(memoriaPolicy, 'memoria:publish')
  async publishMemoria(@CurrentUser() actor: AuthUser, @Args() { jobId }: PublishArgs): Promise<MemoriaVersion> {
    return toVersion(await this.jobs.publish(actor, jobId));
  }

  @Query(() => [MemoriaVersion], { description: 'Published memorias, newest first (public).' })
  @Authorize.public()
  async memoriaVersions(): Promise<MemoriaVersion[]> {
    return (await this.jobs.versions()).map(toVersion);
  }
}
