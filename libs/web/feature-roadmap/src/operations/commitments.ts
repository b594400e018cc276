import { graphql } from '@ruta/web-data-access';

export const RequestCommitmentMutation = graphql(`
  mutation RequestCommitment($input: CommitmentInput!) {
    requestCommitment(input: $input) {
      id
    }
  }
`);

export const OfferCommitmentMutation = graphql(`
  mutation OfferCommitment($input: CommitmentInput!) {
    offerCommitment(input: $input) {
      id
    }
  }
`);

export const ReviewCommitmentMutation = graphql(`
  mutation ReviewCommitment($id: ID!, $expectedVersion: Int!, $decision: ReviewDecision!, $comment: String) {
    reviewCommitment(id: $id, expectedVersion: $expectedVersion, decision: $decision, comment: $comment) {
      id
      status
      version
    }
  }
`);

export const FulfillCommitmentMutation = graphql(`
  mutation FulfillCommitment($id: ID!, $expectedVersion: Int!) {
    fulfillCommitment(id: $id, expectedVersion: $expectedVersion) {
      id
      status
      version
    }
  }
`);

export const WithdrawCommitmentMutation = graphql(`
  mutation WithdrawCommitment($id: ID!, $expectedVersion: Int!) {
    withdrawCommitment(id: $id, expectedVersion: $expectedVersion) {
      id
      status
      version
    }
  }
`);

export const CommitmentListQuery = graphql(`
  query CommitmentList($filter: CommitmentFilter, $first: Int) {
    commitments(filter: $filter, first: $first) {
      totalCount
      nodes {
        id
        kind
        direction
        status
        description
        amount
        currency
        reviewComment
        version
        viewerCan {
          review
          withdraw
          fulfill
        }
        createdAt
        organization {
          id
          name
          shortName
        }
        actionItem {
          id
          title
          status
        }
        createdBy {
          id
          displayName
        }
      }
    }
  }
`);
