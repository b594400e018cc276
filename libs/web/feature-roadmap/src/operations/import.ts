import { graphql } from '@ruta/web-data-access';

export const ImportActionItemsMutation = graphql(`
  mutation ImportActionItems($csv: String!, $dryRun: Boolean!) {
    importActionItems(csv: $csv, dryRun: $dryRun) {
      dryRun
      totalRows
      imported
      importedIds
      rejected {
        line
        title
        errors {
          field
          message
        }
      }
    }
  }
`);
