import { Args, Query, Resolver } from '@nestjs/graphql';
import { Authorize, CurrentUser, definePolicy, IdArgs, signedIn, type AuthUser } from '@ruta/server-core';
import { PersonRef } from '@ruta/server-conversatorios';
import { UsersService } from '@ruta/server-identity';
import { DocumentModel } from './document.model.js';
import { documentsPolicy } from './documents.policy.js';
import { DocumentsService } from './documents.service.js';
import { ConversatorioDocumentArgs, SessionSpeakerArgs, MentionableArgs } from './documents.args.js';

/** People can be mentioned by anyone signed in: only names are shown, never contact details. */
const mentionsPolicy = definePolicy<'person:mention'>('mentions', { 'person:mention': signedIn });

@Resolver(() => DocumentModel)
export class DocumentsResolver {
  constructor(
    private readonly service: DocumentsService,
    private readonly users: UsersService,
  ) {}

  @Query(() => [DocumentModel], { description: 'The hoja de ruta documents and the conversatorios’ outcome documents.' })
  @Authorize(documentsPolicy, 'document:read')
  documents(@CurrentUser() actor: AuthUser): Promise<DocumentModel[]> {
    return this.service.list(actor);
  }

  @Query(() => DocumentModel)
  @Authorize(documentsPolicy, 'document:read')
  document(@CurrentUser() actor: AuthUser, @Args() { id }: IdArgs): Promise<DocumentModel> {
    return this.service.get(actor, id);
  }

  @Query(() => DocumentModel, { description: 'A conversatorio’s outcome document (relatoría).' })
  @Authorize(documentsPolicy, 'document:read')
  conversatorioDocument(@CurrentUser() actor: AuthUser, @Args() { conversatorioId }: ConversatorioDocumentArgs): Promise<DocumentModel> {
    return this.service.forConversatorio(actor, conversatorioId);
  }

  @Query(() => DocumentModel, { description: 'A talk’s ponencia (its summary), by the speaking slot of the agenda.' })
  @Authorize(documentsPolicy, 'document:read')
  ponenciaDocument(@CurrentUser() actor: AuthUser, @Args() { sessionSpeakerId }: SessionSpeakerArgs): Promise<DocumentModel> {
    return this.service.forSessionSpeaker(actor, sessionSpeakerId);
  }

  @Query(() => [PersonRef], { description: 'People to mention, by name.' })
  @Authorize(mentionsPolicy, 'person:mention')
  mentionablePeople(@Args() { search, first }: MentionableArgs): Promise<PersonRef[]> {
    return this.users.mentionable(search, first);
  }
}
