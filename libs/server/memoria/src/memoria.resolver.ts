import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authorize, CurrentUser, IdArgs, type AuthUser } from '@ruta/server-core';
import { MemoriaScopeKind, type MemoriaVersionEntity } from './memoria.entity.js';
import { MemoriaJobsService, type MemoriaJobRow } from './memoria-jobs.service.js';
import { memoriaPolicy } from './memoria.policy.js';
import { MemoriaDownloads, MemoriaJob, MemoriaVersion } from './memoria-jobs.model.js';
import { GenerateArgs, PublishArgs } from './memoria-jobs.args.js';

/** The download paths of a draft or a version (`…/<name>` + `.<format>`), as the downloads library serves them. */
const downloads = (base: string): MemoriaDownloads => ({
  pdf: `${base}.pdf`,
  docx: `${base}.docx`,
  html: `${base}.html`,
  markdown: `${base}.md`,
});

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
