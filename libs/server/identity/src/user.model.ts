import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '@ruta/shared-domain';
import { Organization } from '@ruta/server-organizations';
import { Province } from '@ruta/server-reference';
import { UserTokenKind } from './user-token.entity.js';

registerEnumType(Role, { name: 'Role' });
registerEnumType(UserTokenKind, { name: 'PasswordLinkKind' });

@ObjectType('User', { description: 'A person who signs in.' })
export class User {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => Role)
  role: Role;

  @Field(() => Province, { nullable: true, description: 'A technician’s province.' })
  province: Province | null;

  @Field(() => Organization, { nullable: true, description: 'A partner’s organisation (or the organisation someone works for).' })
  organization: Organization | null;

  @Field({ description: 'A disabled person cannot sign in; their sessions were ended.' })
  disabled: boolean;

  @Field({ description: 'True until the person sets a password through their invitation.' })
  invitationPending: boolean;

  @Field(() => Date, { nullable: true })
  lastSignInAt: Date | null;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field({ description: 'Session token: send it as `Authorization: Bearer <token>` (browsers get a cookie).' })
  token: string;

  @Field(() => User)
  user: User;
}

@ObjectType('PasswordLink', { description: 'A one-time link to set a password, valid 72 hours.' })
export class PasswordLink {
  @Field(() => UserTokenKind)
  kind: UserTokenKind;

  @Field()
  url: string;

  @Field(() => Date)
  expiresAt: Date;
}

@ObjectType('CreateUserPayload')
export class CreateUserPayload {
  @Field(() => User)
  user: User;

  @Field(() => PasswordLink, { description: 'The invitation to hand to the person.' })
  invitation: PasswordLink;
}

@ObjectType('PasswordLinkInfo', { description: 'What a password link is for, shown before the password is set.' })
export class PasswordLinkInfo {
  @Field(() => UserTokenKind)
  kind: UserTokenKind;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => Date)
  expiresAt: Date;
}
