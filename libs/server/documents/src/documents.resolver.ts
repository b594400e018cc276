import { Args, ArgsType, Field, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Authorize, CurrentUser, definePolicy, IdArgs, IsPlainText, signedIn, Trim, type AuthUser } from '@ruta/server-core';
import { PersonRef } from '@ruta/server-conversatorios';
import { IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import type { DataSource } from 'typeorm';
import { CollaborationTicket, DocumentModel, DocumentSnapshotModel } from './document.model.js';
import { DocumentVersionsService } from './document-versions.service.js';
import { documentsPolicy } from './documents.policy.js';
import { DocumentsService } from './documents.service.js';

@ArgsType()
class ConversatorioDocumentArgs {
  @Field(() => ID)
  @IsUUID()
  conversatorioId: string;
}

@ArgsType()
class SessionSpeakerArgs {
  @Field(() => ID)
  @IsUUID()
  sessionSpeakerId: string;
}

@ArgsType()
class DocumentIdArgs {
  @Field(() => ID)
  @IsUUID()
  documentId: string;
}

@ArgsType()
class CreateSnapshotArgs extends DocumentIdArgs {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  @IsPlainText()
  name: string;
}

@ArgsType()
class MentionableArgs {
  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(80)
  search: string;

  @Field(() => Int, { defaultValue: 8 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  first: number;
}

/** People can be mentioned by anyone signed in: only names are shown, never contact details. */
const mentionsPolicy = definePolicy<'person:mention'>('mentions', { 'person:mention': signedIn });

@Resolver(() => DocumentModel)
export class DocumentsResolver {
  constructor(
    private readonly service: DocumentsService,
    private readonly versions: DocumentVersionsService,
    @InjectDataSource() private readonly dataSource: DataSource,
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

  @Mutation(() => CollaborationTicket, { description: 'A short-lived token to open a document in the collaborative editor.' })
  @Authorize(documentsPolicy, 'document:read')
  collaborationTicket(@CurrentUser() actor: AuthUser, @Args() { documentId }: DocumentIdArgs): Promise<CollaborationTicket> {
    return this.service.ticket(actor, documentId);
  }

  @Query(() => [DocumentSnapshotModel], { description: 'Saved versions of a document, newest first.' })
  @Authorize(documentsPolicy, 'document:read')
  documentSnapshots(@CurrentUser() actor: AuthUser, @Args() { documentId }: DocumentIdArgs): Promise<DocumentSnapshotModel[]> {
    return this.versions.list(actor, documentId);
  }

  @Mutation(() => DocumentSnapshotModel, { description: 'Saves the document as it is now under a name.' })
  @Authorize(documentsPolicy, 'document:edit')
  createDocumentSnapshot(@CurrentUser() actor: AuthUser, @Args() { documentId, name }: CreateSnapshotArgs): Promise<DocumentSnapshotModel> {
    return this.versions.create(actor, documentId, name);
  }

  @Mutation(() => DocumentSnapshotModel, { description: 'Restores a saved version (the current one is saved first).' })
  @Authorize(documentsPolicy, 'document:edit')
  restoreDocumentSnapshot(@CurrentUser() actor: AuthUser, @Args() { id }: IdArgs): Promise<DocumentSnapshotModel> {
    return this.versions.restore(actor, id);
  }

  @Query(() => [PersonRef], { description: 'People to mention, by name.' })
  @Authorize(mentionsPolicy, 'person:mention')
  async mentionablePeople(@Args() { search, first }: MentionableArgs): Promise<PersonRef[]> {
    return this.dataSource.query(
      `SELECT id, display_name AS "displayName" FROM app_user
        WHERE disabled_at IS NULL AND unaccent(display_name) ILIKE '%' || unaccent($1) || '%'
        ORDER BY display_name LIMIT $2`,
      [search.replace(/[%_\\]/g, (character) => `\\${character}`), first],
    );
  }
}
