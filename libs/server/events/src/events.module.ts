import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgendaSessionModeratorEntity } from './agenda-session-moderator.entity.js';
import { AgendaSessionEntity, SessionSpeakerEntity, SpeakerEntity } from './agenda-session.entity.js';
import { EventDayEntity, EventEntity, EventOrganizationEntity } from './event.entity.js';
import { EventsResolver } from './events.resolver.js';
import { EventsService } from './events.service.js';
import { ProgrammeResolver } from './programme.resolver.js';
import { ProgrammeService } from './programme.service.js';
import { ThemeEntity } from './theme.entity.js';
import { ProgrammeAbilitiesResolver } from './programme.abilities.js';

export const eventEntities = [
  EventEntity,
  EventDayEntity,
  EventOrganizationEntity,
  ThemeEntity,
  AgendaSessionEntity,
  SpeakerEntity,
  SessionSpeakerEntity,
  AgendaSessionModeratorEntity,
];

@Module({
  imports: [TypeOrmModule.forFeature(eventEntities)],
  providers: [ProgrammeAbilitiesResolver, EventsService, EventsResolver, ProgrammeService, ProgrammeResolver],
  exports: [EventsService],
})
export class EventsModule {}
