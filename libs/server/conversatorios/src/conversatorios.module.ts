import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConversatorioEntity } from './conversatorio.entity.js';
import { ConversatoriosResolver } from './conversatorios.resolver.js';
import { ConversatoriosService } from './conversatorios.service.js';

export const conversatorioEntities = [ConversatorioEntity];

@Module({
  imports: [TypeOrmModule.forFeature(conversatorioEntities)],
  providers: [ConversatoriosService, ConversatoriosResolver],
  exports: [ConversatoriosService],
})
export class ConversatoriosModule {}
