import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ActionItemStatus, CommitmentStatus } from '@ruta/shared-domain';
import { SupportFigure } from './commitment.model.js';

@ObjectType('ProvinceFigure')
export class ProvinceFigure {
  @Field()
  provinceCode: string;

  @Field()
  provinceName: string;

  @Field(() => Int, { description: 'Items where it is lead or co-responsible.' })
  items: number;

  @Field(() => Int, { description: 'Average progress of those items, 0–100.' })
  averageProgress: number;
}

@ObjectType('ThemeFigure')
export class ThemeFigure {
  @Field(() => ID)
  themeId: string;

  @Field()
  themeName: string;

  @Field(() => Int)
  items: number;

  @Field(() => Int)
  averageProgress: number;
}

@ObjectType('StatusFigure')
export class StatusFigure {
  @Field(() => ActionItemStatus)
  status: ActionItemStatus;

  @Field(() => Int)
  items: number;
}

@ObjectType('CommitmentStatusCount')
export class CommitmentStatusCount {
  @Field(() => CommitmentStatus)
  status: CommitmentStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType('PartnerFigure')
export class PartnerFigure {
  @Field(() => ID)
  organizationId: string;

  @Field()
  organizationName: string;

  @Field(() => String, { nullable: true })
  shortName: string | null;

  @Field(() => Int)
  commitments: number;

  @Field(() => Int, { description: 'Distinct items those commitments are on.' })
  items: number;

  @Field(() => [CommitmentStatusCount])
  byStatus: CommitmentStatusCount[];
}

@ObjectType('RoadmapDashboard', { description: 'Figures over the roadmap items the reader may see.' })
export class RoadmapDashboard {
  @Field(() => Int)
  totalItems: number;

  @Field(() => Int)
  averageProgress: number;

  @Field(() => [ProvinceFigure], { description: 'All 24 provinces, in INEC code order.' })
  byProvince: ProvinceFigure[];

  @Field(() => [ThemeFigure])
  byTheme: ThemeFigure[];

  @Field(() => [StatusFigure])
  byStatus: StatusFigure[];

  @Field(() => [PartnerFigure], {
    description:
      'The commitments the reader may see, by partner (CONGOPE: all; partners: their own; technicians: those on their provinces’ items).',
  })
  byPartner: PartnerFigure[];

  @Field(() => [SupportFigure], {
    description: 'Support (accepted and fulfilled commitments) on the visible items, by kind: for everyone.',
  })
  bySupport: SupportFigure[];
}
