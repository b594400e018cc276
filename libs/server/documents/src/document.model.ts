import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CommentThreadStatus, DocumentAccess, DocumentKind } from '@ruta/shared-domain';
import { PersonRef } from '@ruta/server-conversatorios';
import { ConversatorioRef } from '@ruta/server-contributions';
import { SessionSpeaker, ThemeRef } from '@ruta/server-events';

registerEnumType(DocumentKind, { name: 'DocumentKind' });
registerEnumType(DocumentAccess, { name: 'DocumentAccess' });
registerEnumType(CommentThreadStatus, { name: 'CommentThreadStatus' });

@ObjectType('PonenciaRef', { description: 'The talk a ponencia summarises: the speaking slot and its session.' })
export class PonenciaRef {
  @Field(() => SessionSpeaker)
  talk: SessionSpeaker;

  @Field(() => ID)
  sessionId: string;

  @Field()
  sessionTitle: string;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => ThemeRef, { nullable: true })
  theme: ThemeRef | null;
}

@ObjectType('Document', {
  description: 'A collaborative document: a conversatorio’s outcome document, a hoja de ruta document or a talk’s ponencia.',
})
export class DocumentModel {
  @Field(() => ID)
  id: string;

  @Field(() => DocumentKind)
  kind: DocumentKind;

  @Field()
  title: string;

  @Field(() => ConversatorioRef, { nullable: true })
  conversatorio: ConversatorioRef | null;

  @Field(() => ThemeRef, { nullable: true })
  theme: ThemeRef | null;

  @Field(() => PonenciaRef, { nullable: true, description: 'For a ponencia: the talk it summarises.' })
  ponencia: PonenciaRef | null;

  @Field(() => DocumentAccess, { description: 'What the reader may do: edit, comment, or read.' })
  myAccess: DocumentAccess;

  @Field({ description: 'Sanitized HTML of the stored content (current within seconds of an edit).' })
  html: string;

  @Field(() => Date, { nullable: true })
  contentUpdatedAt: Date | null;
}

@ObjectType('DocumentSnapshot', { description: 'A saved version of a document.' })
export class DocumentSnapshotModel {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: 'Null for an automatic snapshot.' })
  name: string | null;

  @Field(() => PersonRef, { nullable: true })
  createdBy: PersonRef | null;

  @Field(() => Date)
  createdAt: Date;

  @Field({ description: 'Sanitized HTML of the version.' })
  html: string;
}

@ObjectType('Comment')
export class CommentModel {
  @Field(() => ID)
  id: string;

  @Field(() => PersonRef)
  author: PersonRef;

  @Field()
  body: string;

  @Field(() => [PersonRef])
  mentions: PersonRef[];

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType('CommentThread', { description: 'Comments on a passage of a document.' })
export class CommentThreadModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  documentId: string;

  @Field({ description: 'Yjs relative position of the passage start (base64).' })
  anchorStart: string;

  @Field({ description: 'Yjs relative position of the passage end (base64).' })
  anchorEnd: string;

  @Field()
  quote: string;

  @Field(() => CommentThreadStatus)
  status: CommentThreadStatus;

  @Field(() => PersonRef)
  createdBy: PersonRef;

  @Field(() => PersonRef, { nullable: true })
  resolvedBy: PersonRef | null;

  @Field(() => Date, { nullable: true })
  resolvedAt: Date | null;

  @Field(() => [CommentModel])
  comments: CommentModel[];

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType('CommentThreadEvent')
export class CommentThreadEvent {
  @Field(() => ID)
  documentId: string;

  @Field(() => ID)
  threadId: string;
}
