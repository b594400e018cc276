import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Authenticator } from '@ruta/server-core';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { PasswordLinksService } from './password-links.service.js';
import { SessionEntity } from './session.entity.js';
import { SessionsService } from './sessions.service.js';
import { SignInFailureEntity } from './sign-in-failure.entity.js';
import { UserTokenEntity } from './user-token.entity.js';
import { UserEntity } from './user.entity.js';
import { UsersResolver } from './users.resolver.js';
import { UsersService } from './users.service.js';
import { IdentityAbilitiesResolver, UserAbilitiesResolver } from './identity.abilities.js';

export const identityEntities = [UserEntity, SessionEntity, UserTokenEntity, SignInFailureEntity];

@Module({
  imports: [TypeOrmModule.forFeature(identityEntities)],
  providers: [
    IdentityAbilitiesResolver,
    UserAbilitiesResolver,
    SessionsService,
    { provide: Authenticator, useExisting: SessionsService },
    PasswordLinksService,
    AuthService,
    UsersService,
    AuthResolver,
    UsersResolver,
  ],
  exports: [Authenticator, SessionsService, UsersService],
})
export class IdentityModule {}
