import { Field, ObjectType } from '@nestjs/graphql';
import { DocumentAccess } from '@ruta/shared-domain';

@ObjectType('CollaborationTicket', { description: 'What the editor needs to connect to a document.' })
export class CollaborationTicket {
  @Field({ description: 'A short-lived token for this document, to pass to the Hocuspocus provider.' })
  token: string;

  @Field({ description: 'The Hocuspocus document name.' })
  documentName: string;

  @Field({ description: 'Path of the collaboration WebSocket on this server.' })
  path: string;

  @Field(() => DocumentAccess)
  access: DocumentAccess;

  @Field(() => Date)
  expiresAt: Date;
}
