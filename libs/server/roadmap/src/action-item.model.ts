import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ActionItemStatus, Priority } from '@ruta/shared-domain';
import { Paginated } from '@ruta/server-core';
import { PersonRef } from '@ruta/server-conversatorios';
import { ThemeRef } from '@ruta/server-events';
import { Competency, Province, Sdg } from '@ruta/server-reference';

registerEnumType(ActionItemStatus, { name: 'ActionItemStatus' });
registerEnumType(Priority, { name: 'Priority' });

@ObjectType('OrganizationRef', { description: 'An organisation as named on the roadmap.' })
export class OrganizationRef {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  shortName: string | null;
}

@ObjectType('Indicator', { description: 'What an action item measures: from a baseline to a target; where it stands now.' })
export class IndicatorModel {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  unit: string | null;

  @Field(() => Float, { nullable: true })
  baseline: number | null;

  @Field(() => Float, { nullable: true })
  target: number | null;

  @Field(() => Float, { nullable: true })
  current: number | null;
}

@ObjectType('ActionItemRef', { description: 'An action item as named from elsewhere (a contribution, a merge).' })
export class ActionItemRef {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => ActionItemStatus)
  status: ActionItemStatus;
}

@ObjectType('ActionItem', { description: 'A priority action of the hoja de ruta.' })
export class ActionItem {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => ThemeRef)
  theme: ThemeRef;

  @Field(() => Competency, { nullable: true, description: 'The COOTAD competency it falls under.' })
  competency: Competency | null;

  @Field(() => Province)
  leadProvince: Province;

  @Field(() => [Province], { description: 'Provinces sharing responsibility with the lead one.' })
  coProvinces: Province[];

  @Field(() => OrganizationRef, { nullable: true })
  responsibleOrganization: OrganizationRef | null;

  @Field(() => PersonRef, { nullable: true, description: 'The CONGOPE person who follows it.' })
  focalPoint: PersonRef | null;

  @Field(() => Priority)
  priority: Priority;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  startDate: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  dueDate: string | null;

  @Field(() => ActionItemStatus)
  status: ActionItemStatus;

  @Field(() => String, { nullable: true, description: 'Why it is blocked or cancelled.' })
  statusReason: string | null;

  @Field(() => Int, { description: '0–100.' })
  progress: number;

  @Field(() => [IndicatorModel])
  indicators: IndicatorModel[];

  @Field(() => Float, { nullable: true, description: 'Estimated budget in US dollars.' })
  budgetUsd: number | null;

  @Field(() => [Sdg])
  sdgs: Sdg[];

  @Field(() => PersonRef)
  proposedBy: PersonRef;

  @Field(() => ActionItemRef, { nullable: true, description: 'Set when merged: the item that absorbed this one.' })
  mergedInto: ActionItemRef | null;

  @Field(() => Int)
  version: number;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

@ObjectType('ActionItemConnection')
export class ActionItemConnection extends Paginated(ActionItem) {}

@ObjectType('FieldChange', { description: 'One field of a change: its value before and after, as JSON text.' })
export class FieldChange {
  @Field()
  field: string;

  @Field(() => String, { nullable: true })
  before: string | null;

  @Field(() => String, { nullable: true })
  after: string | null;
}

@ObjectType('HistoryEntry', { description: 'Who changed what, and when.' })
export class HistoryEntry {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'The record changed (an absorbed item’s history shows on the item that absorbed it).' })
  entityId: string;

  @Field({ description: 'created, updated, status, merged, absorbed, sourcesLinked, commitment…' })
  action: string;

  @Field(() => PersonRef, { nullable: true })
  actor: PersonRef | null;

  @Field(() => Date)
  at: Date;

  @Field(() => [FieldChange])
  changes: FieldChange[];
}
