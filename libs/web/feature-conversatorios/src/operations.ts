import { graphql } from '@ruta/web-data-access';

export const ConversatoriosQuery = graphql(`
  query Conversatorios {
    conversatorios {
      id
      title
      status
      startsAt
      endsAt
      theme {
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
    }
  }
`);

export const ConversatorioQuery = graphql(`
  query Conversatorio($id: ID!) {
    conversatorio(id: $id) {
      id
      title
      purpose
      status
      version
      startsAt
      endsAt
      theme {
        id
        name
        english {
          name
        }
      }
      moderator {
        id
        displayName
      }
      provinces {
        code
        name
      }
      viewerCan {
        moveStatus
        contributeFor
      }
    }
    competencies {
      key
      name
    }
    sdgs {
      number
      name
    }
  }
`);

export const ContributionsQuery = graphql(`
  query ConversatorioContributions($filter: ContributionFilter, $first: Int) {
    contributions(filter: $filter, first: $first) {
      totalCount
      nodes {
        id
        type
        body
        hidden
        hiddenReason
        endorsementCount
        endorsedByMe
        createdAt
        province {
          code
          name
        }
        version
        author {
          id
          displayName
        }
        competencies {
          key
          name
        }
        sdgs {
          number
          name
        }
        actionItems {
          id
          title
          status
        }
        viewerCan {
          edit
          moderate
          proposeActionItem
        }
      }
    }
  }
`);

export const ContributionChangedSubscription = graphql(`
  subscription ContributionChanged($conversatorioId: ID!) {
    contributionChanged(conversatorioId: $conversatorioId) {
      kind
      contributionId
    }
  }
`);

export const CreateContributionMutation = graphql(`
  mutation CreateContribution($input: CreateContributionInput!) {
    createContribution(input: $input) {
      id
    }
  }
`);

export const EndorseContributionMutation = graphql(`
  mutation EndorseContribution($id: ID!, $endorsed: Boolean!) {
    endorseContribution(id: $id, endorsed: $endorsed) {
      id
      endorsementCount
      endorsedByMe
    }
  }
`);

export const HideContributionMutation = graphql(`
  mutation HideContribution($id: ID!, $reason: String!) {
    hideContribution(id: $id, reason: $reason) {
      id
      hidden
      hiddenReason
    }
  }
`);

export const RestoreContributionMutation = graphql(`
  mutation RestoreContribution($id: ID!) {
    restoreContribution(id: $id) {
      id
      hidden
      hiddenReason
    }
  }
`);

export const MoveConversatorioMutation = graphql(`
  mutation MoveConversatorio($id: ID!, $input: MoveConversatorioInput!) {
    moveConversatorio(id: $id, input: $input) {
      id
      status
      version
      closedAt
      viewerCan {
        moveStatus
        contributeFor
      }
    }
  }
`);

export const UpdateContributionMutation = graphql(`
  mutation UpdateContribution($id: ID!, $input: UpdateContributionInput!) {
    updateContribution(id: $id, input: $input) {
      id
      type
      body
      version
    }
  }
`);
