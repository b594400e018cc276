import { graphql } from '@ruta/web-data-access';

// What the roadmap's list loads; its reference data (themes, provinces, partners…) also fills the item forms.
export const ActionItemListQuery = graphql(`
  query ActionItemList($filter: ActionItemFilter, $sort: ActionItemSort, $first: Int, $after: String) {
    actionItems(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        status
        priority
        progress
        dueDate
        theme {
          id
          name
          english {
            name
          }
        }
        leadProvince {
          code
          name
        }
        coProvinces {
          code
          name
        }
        responsibleOrganization {
          id
          name
          shortName
        }
      }
    }
  }
`);

export const RoadmapReferenceQuery = graphql(`
  query RoadmapReference {
    themes {
      id
      name
      english {
        name
      }
    }
    provinces {
      code
      name
    }
    competencies {
      key
      name
    }
    sdgs {
      number
      name
    }
    cooperationModalities {
      key
      name
    }
    organizations {
      id
      name
      shortName
      kind
    }
  }
`);

export const SavedViewsQuery = graphql(`
  query SavedViews {
    savedViews {
      id
      name
      query
    }
  }
`);

export const SaveViewMutation = graphql(`
  mutation SaveView($name: String!, $query: String!) {
    saveView(name: $name, query: $query) {
      id
      name
      query
    }
  }
`);

export const DeleteViewMutation = graphql(`
  mutation DeleteView($id: ID!) {
    deleteView(id: $id)
  }
`);
