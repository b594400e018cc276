import { Args, Query, Resolver } from '@nestjs/graphql';
import { Authorize, CurrentUser, type AuthUser } from '@ruta/server-core';
import { DashboardService } from './dashboard.service.js';
import { roadmapPolicy } from './roadmap.policy.js';
import { RoadmapDashboard } from './dashboard.model.js';
import { DashboardArgs } from './dashboard.args.js';

@Resolver()
export class DashboardResolver {
  constructor(private readonly service: DashboardService) {}

  @Query(() => RoadmapDashboard)
  @Authorize(roadmapPolicy, 'actionItem:read')
  roadmapDashboard(@CurrentUser() actor: AuthUser, @Args() { filter }: DashboardArgs): Promise<RoadmapDashboard> {
    return this.service.dashboard(actor, filter);
  }
}
