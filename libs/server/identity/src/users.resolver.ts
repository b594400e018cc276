import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authorize, type AuthUser, CurrentUser, type GraphQLContext, IdArgs } from '@ruta/server-core';
import { identityPolicy } from './identity.policy.js';
import { absoluteUrl } from './session-cookie.js';
import { CreateUserInput, UpdateUserInput } from './user.inputs.js';
import { CreateUserPayload, PasswordLink, User } from './user.model.js';
import { UsersService } from './users.service.js';
import { SetUserDisabledArgs } from './users.args.js';

/** People administration. */
@Resolver()
export class UsersResolver {
  constructor(private readonly people: UsersService) {}

  @Query(() => [User], { description: 'Everyone who can sign in (administrators and analysts).' })
  @Authorize(identityPolicy, 'user:list')
  users(): Promise<User[]> {
    return this.people.list();
  }

  @Query(() => User, { description: 'One person: anyone for administrators and analysts, oneself for others.' })
  @Authorize(identityPolicy, 'user:read')
  user(@CurrentUser() actor: AuthUser, @Args() { id }: IdArgs): Promise<User> {
    return this.people.get(actor, id);
  }

  @Mutation(() => CreateUserPayload, { description: 'Creates a person and returns their one-time invitation link (valid 72 h).' })
  @Authorize(identityPolicy, 'user:manage')
  async createUser(@CurrentUser() actor: AuthUser, @Args('input') input: CreateUserInput, @Context() { req }: GraphQLContext) {
    const { user, invitation } = await this.people.create(actor, input);
    return { user, invitation: { kind: invitation.kind, url: absoluteUrl(req, invitation.path), expiresAt: invitation.expiresAt } };
  }

  @Mutation(() => User, { description: 'Changes a person’s name, role and scope.' })
  @Authorize(identityPolicy, 'user:manage')
  updateUser(@CurrentUser() actor: AuthUser, @Args() { id }: IdArgs, @Args('input') input: UpdateUserInput): Promise<User> {
    return this.people.update(actor, id, input);
  }

  @Mutation(() => User, { description: 'Disables a person (ending their sessions) or enables them again.' })
  @Authorize(identityPolicy, 'user:manage')
  setUserDisabled(@CurrentUser() actor: AuthUser, @Args() { id, disabled }: SetUserDisabledArgs): Promise<User> {
    return this.people.setDisabled(actor, id, disabled);
  }

  @Mutation(() => PasswordLink, { description: 'A new one-time link to set a password (a reset, or a new invitation).' })
  @Authorize(identityPolicy, 'user:manage')
  async createPasswordLink(
    @CurrentUser() actor: AuthUser,
    @Args() { id }: IdArgs,
    @Context() { req }: GraphQLContext,
  ): Promise<PasswordLink> {
    const link = await this.people.createPasswordLink(actor, id);
    return { kind: link.kind, url: absoluteUrl(req, link.path), expiresAt: link.expiresAt };
  }
}
