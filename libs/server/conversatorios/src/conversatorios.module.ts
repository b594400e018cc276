import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConversatorioEntity } from './conversatorio.entity.js';
import { ConversatoriosResolver } from './conversatorios.resolver.js';
import { ConversatoriosService } from './conversatorios.service.js';
import { ConversatorioAbilitiesResolver, ConversatoriosAbilitiesResolver } from './conversatorios.abilities.js';

export const conversatorioEntities = [ConversatorioEntity];

@Module({
  imports: [TypeOrmModule.forFeature(conversatorioEntities)],
  providers: [ConversatorioAbilitiesResolver, ConversatoriosAbilitiesResolver, ConversatoriosService, ConversatoriosResolver],
  exports: [ConversatoriosService],
})
export class ConversatoriosModule {}
