import { graphql } from '@ruta/web-data-access';

export const DashboardQuery = graphql(`
  query RoadmapDashboard($filter: ActionItemFilter) {
    roadmapDashboard(filter: $filter) {
      totalItems
      averageProgress
      byProvince {
        provinceCode
        provinceName
        items
        averageProgress
      }
      byTheme {
        themeId
        themeName
        items
        averageProgress
      }
      byStatus {
        status
        items
      }
      byPartner {
        organizationId
        organizationName
        shortName
        commitments
        items
        byStatus {
          status
          count
        }
      }
      bySupport {
        kind
        status
        count
      }
    }
    themes {
      id
      english {
        name
      }
    }
  }
`);
