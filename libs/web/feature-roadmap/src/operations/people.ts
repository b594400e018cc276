import { graphql } from '@ruta/web-data-access';

export const FocalPointsQuery = graphql(`
  query FocalPoints {
    users {
      id
      displayName
      role
      disabled
    }
  }
`);
