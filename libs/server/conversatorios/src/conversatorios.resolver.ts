import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authorize, type AuthUser, CurrentUser, IdArgs } from '@ruta/server-core';
import { CreateConversatorioInput, MoveConversatorioInput } from './conversatorio.inputs.js';
import { Conversatorio } from './conversatorio.model.js';
import { conversatoriosPolicy } from './conversatorios.policy.js';
import { ConversatoriosService } from './conversatorios.service.js';

@Resolver()
export class ConversatoriosResolver {
  constructor(private readonly service: ConversatoriosService) {}

  @Query(() => [Conversatorio], { description: 'Every conversatorio, in time order.' })
  @Authorize(conversatoriosPolicy, 'conversatorio:read')
  conversatorios(): Promise<Conversatorio[]> {
    return this.service.list();
  }

  @Query(() => Conversatorio)
  @Authorize(conversatoriosPolicy, 'conversatorio:read')
  conversatorio(@Args() { id }: IdArgs): Promise<Conversatorio> {
    return this.service.get(id);
  }

  @Mutation(() => Conversatorio, { description: 'Creates a conversatorio, planned (analysts and administrators).' })
  @Authorize(conversatoriosPolicy, 'conversatorio:create')
  createConversatorio(@Args('input') input: CreateConversatorioInput): Promise<Conversatorio> {
    return this.service.create(input);
  }

  @Mutation(() => Conversatorio, { description: 'Moves a conversatorio to its next status; closing records who and when.' })
  @Authorize(conversatoriosPolicy, 'conversatorio:moveStatus')
  moveConversatorio(
    @CurrentUser() actor: AuthUser,
    @Args() { id }: IdArgs,
    @Args('input') input: MoveConversatorioInput,
  ): Promise<Conversatorio> {
    return this.service.moveStatus(actor, id, input);
  }
}
