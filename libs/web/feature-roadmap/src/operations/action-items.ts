import { graphql } from '@ruta/web-data-access';

export const ActionItemDetailQuery = graphql(`
  query ActionItemDetail($id: ID!) {
    actionItem(id: $id) {
      id
      title
      description
      status
      statusReason
      priority
      progress
      startDate
      dueDate
      budgetUsd
      version
      createdAt
      updatedAt
      viewerCan {
        edit
        manage
        requestCommitment
        offerCommitment
      }
      theme {
        id
        name
        english {
          name
        }
      }
      competency {
        key
        name
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
      focalPoint {
        id
        displayName
      }
      proposedBy {
        id
        displayName
      }
      sdgs {
        number
        name
      }
      indicators {
        name
        unit
        baseline
        target
        current
      }
      mergedInto {
        id
        title
        status
      }
      absorbed {
        id
        title
        status
      }
      sources {
        id
        type
        body
        province {
          code
          name
        }
        conversatorio {
          id
          title
        }
      }
      support {
        kind
        status
        count
      }
      commitments {
        id
        kind
        direction
        status
        description
        amount
        currency
        reviewComment
        reviewedAt
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
        modality {
          key
          name
        }
        reviewedBy {
          id
          displayName
        }
        createdBy {
          id
          displayName
        }
      }
      history {
        id
        entityId
        action
        at
        actor {
          id
          displayName
        }
        changes {
          field
          before
          after
        }
      }
    }
  }
`);

export const ActionItemChangedSubscription = graphql(`
  subscription ActionItemChanged($ids: [ID!]!) {
    actionItemChanged(ids: $ids) {
      actionItemId
    }
  }
`);

export const ProposeActionItemMutation = graphql(`
  mutation ProposeActionItem($input: ProposeActionItemInput!) {
    proposeActionItem(input: $input) {
      id
    }
  }
`);

export const UpdateActionItemMutation = graphql(`
  mutation UpdateActionItem($id: ID!, $input: UpdateActionItemInput!) {
    updateActionItem(id: $id, input: $input) {
      id
      status
      statusReason
      progress
      version
    }
  }
`);

export const MergeActionItemsMutation = graphql(`
  mutation MergeActionItems($targetId: ID!, $targetVersion: Int!, $absorbedId: ID!, $absorbedVersion: Int!) {
    mergeActionItems(targetId: $targetId, targetVersion: $targetVersion, absorbedId: $absorbedId, absorbedVersion: $absorbedVersion) {
      id
    }
  }
`);

export const UnlinkContributionMutation = graphql(`
  mutation UnlinkContribution($id: ID!, $contributionId: ID!) {
    unlinkContribution(id: $id, contributionId: $contributionId) {
      id
    }
  }
`);

export const LinkContributionsMutation = graphql(`
  mutation LinkContributions($id: ID!, $contributionIds: [ID!]!) {
    linkContributions(id: $id, contributionIds: $contributionIds) {
      id
    }
  }
`);

export const SourceContributionsQuery = graphql(`
  query SourceContributions($ids: [ID!]!) {
    sourceContributions: contributionsByIds(ids: $ids) {
      id
      body
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
      competencies {
        key
      }
      sdgs {
        number
      }
    }
  }
`);
