import { graphql } from '@ruta/web-data-access';

export const ConsolidationQuery = graphql(`
  query Consolidation($filter: ContributionFilter, $first: Int) {
    consolidationSummary {
      themeId
      themeName
      provinceCode
      provinceName
      count
    }
    themes {
      id
      english {
        name
      }
    }
    consolidationQueue(filter: $filter, first: $first) {
      totalCount
      nodes {
        id
        type
        body
        createdAt
        province {
          code
          name
        }
        conversatorio {
          id
          title
          theme {
            id
            name
          }
        }
      }
    }
  }
`);

export const SuggestionsQuery = graphql(`
  query ConsolidationSuggestions($contributionId: ID, $text: String) {
    consolidationSuggestions(contributionId: $contributionId, text: $text) {
      contributions {
        similarity
        contribution {
          id
          body
          province {
            code
            name
          }
          actionItems {
            id
            title
          }
        }
      }
      actionItems {
        similarity
        actionItem {
          id
          title
          status
          version
          leadProvince {
            code
            name
          }
        }
      }
    }
  }
`);
