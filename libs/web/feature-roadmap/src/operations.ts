import { graphql } from '@ruta/web-data-access';

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
        awaitingMyReview
        version
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
        awaitingMyReview
        version
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
