import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, Authorize, CurrentUser, type AppConfig, type AuthUser, type GraphQLContext } from '@ruta/server-core';
import { AuthService } from './auth.service.js';
import { identityPolicy } from './identity.policy.js';
import { PasswordLinksService } from './password-links.service.js';
import { clearSessionCookie, clientInfo, setSessionCookie } from './session-cookie.js';
import { SessionsService } from './sessions.service.js';
import { AuthPayload, PasswordLinkInfo, User } from './user.model.js';
import { ChangePasswordInput, LoginArgs, SetPasswordInput } from './user.inputs.js';
import { UsersService } from './users.service.js';
import { PasswordLinkArgs } from './auth.args.js';

/** Signing in and out, the signed-in person, and setting passwords. */
@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly users: UsersService,
    private readonly links: PasswordLinksService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => User, { nullable: true, description: 'The signed-in person; null when anonymous.' })
  @Authorize.public()
  async me(@CurrentUser() user: AuthUser | null): Promise<User | null> {
    return user ? this.users.findById(user.id) : null;
  }

  @Mutation(() => AuthPayload, { description: 'Signs in; sets the session cookie and returns the token for scripts.' })
  @Authorize.public()
  async login(@Args() { email, password }: LoginArgs, @Context() { req, res }: GraphQLContext): Promise<AuthPayload> {
    const { token, user } = await this.auth.login(email, password, clientInfo(req));
    setSessionCookie(res, token, this.config);
    return { token, user: await this.users.findById(user.id) };
  }

  @Mutation(() => Boolean, { description: 'Ends this session (a no-op when not signed in).' })
  @Authorize.public()
  async logout(@CurrentUser() user: AuthUser | null, @Context() { res }: GraphQLContext): Promise<boolean> {
    if (user) await this.sessions.revoke(user.sessionId);
    clearSessionCookie(res, this.config);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Ends every session of the signed-in person, on every device.' })
  @Authorize(identityPolicy, 'session:own')
  async logoutEverywhere(@CurrentUser() user: AuthUser, @Context() { res }: GraphQLContext): Promise<boolean> {
    await this.sessions.revokeAll(user.id);
    clearSessionCookie(res, this.config);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Changes the signed-in person’s password; their other sessions end.' })
  @Authorize(identityPolicy, 'session:own')
  async changePassword(@CurrentUser() user: AuthUser, @Args('input') input: ChangePasswordInput): Promise<boolean> {
    await this.auth.changePassword(user, input.currentPassword, input.newPassword);
    return true;
  }

  @Query(() => PasswordLinkInfo, { nullable: true, description: 'What a password link is for; null when it is not valid (any more).' })
  @Authorize.public()
  async passwordLink(@Args() { token }: PasswordLinkArgs): Promise<PasswordLinkInfo | null> {
    const link = await this.links.findLive(token);
    return link && !link.user.disabledAt
      ? { kind: link.kind, email: link.user.email, displayName: link.user.displayName, expiresAt: link.expiresAt }
      : null;
  }

  @Mutation(() => AuthPayload, { description: 'Sets a password through an invitation or reset link, and signs in.' })
  @Authorize.public()
  async setPasswordWithLink(@Args('input') input: SetPasswordInput, @Context() { req, res }: GraphQLContext): Promise<AuthPayload> {
    const { token, user } = await this.auth.setPasswordWithLink(input.token, input.password, clientInfo(req));
    setSessionCookie(res, token, this.config);
    return { token, user: await this.users.findById(user.id) };
  }
}
