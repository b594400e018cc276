import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { requestLoader } from '@ruta/server-core';
import { SessionSpeaker } from '@ruta/server-events';
import { DocumentsService } from './documents.service.js';

/** What the documents add to a talk of the agenda: whether its ponencia has been written. */
@Resolver(() => SessionSpeaker)
export class TalkFieldsResolver {
  constructor(private readonly documents: DocumentsService) {}

  @ResolveField(() => Boolean, { description: 'Whether the talk’s ponencia (summary) has text; reading it needs signing in.' })
  ponenciaWritten(@Parent() talk: SessionSpeaker, @Context('req') request: object): Promise<boolean> {
    return requestLoader<string, boolean>(request, 'talk.ponenciaWritten', async (ids) => {
      const written = await this.documents.writtenPonencias(ids);
      return ids.map((id) => written.has(id));
    }).load(talk.id);
  }
}
