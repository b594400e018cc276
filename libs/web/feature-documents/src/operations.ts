import { graphql } from '@ruta/web-data-access';

export const DocumentsListQuery = graphql(`
  query DocumentsList {
    documents {
      id
      kind
      title
      myAccess
      contentUpdatedAt
      conversatorio {
        id
        title
      }
      theme {
        id
        name
      }
    }
  }
`);

export const DocumentQuery = graphql(`
  query DocumentDetail($id: ID!) {
    document(id: $id) {
      id
      kind
      title
      myAccess
      contentUpdatedAt
      conversatorio {
        id
        title
        theme {
          id
          name
        }
      }
      theme {
        id
        name
      }
      ponencia {
        sessionId
        sessionTitle
        theme {
          id
          key
          name
        }
        talk {
          id
          role
          durationMinutes
          slidesUrl
          recordingUrl
          speaker {
            id
            name
            jobTitle
            bio
            organization {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const PonenciaDocumentQuery = graphql(`
  query PonenciaDocument($sessionSpeakerId: ID!) {
    ponenciaDocument(sessionSpeakerId: $sessionSpeakerId) {
      id
    }
  }
`);

export const ConversatorioDocumentQuery = graphql(`
  query ConversatorioDocument($conversatorioId: ID!) {
    conversatorioDocument(conversatorioId: $conversatorioId) {
      id
      title
      myAccess
    }
  }
`);

export const CollaborationTicketMutation = graphql(`
  mutation CollaborationTicket($documentId: ID!) {
    collaborationTicket(documentId: $documentId) {
      token
      documentName
      path
      access
      expiresAt
    }
  }
`);

export const SnapshotsQuery = graphql(`
  query DocumentSnapshots($documentId: ID!) {
    documentSnapshots(documentId: $documentId) {
      id
      name
      createdAt
      html
      createdBy {
        id
        displayName
      }
    }
  }
`);

export const CreateSnapshotMutation = graphql(`
  mutation CreateDocumentSnapshot($documentId: ID!, $name: String!) {
    createDocumentSnapshot(documentId: $documentId, name: $name) {
      id
    }
  }
`);

export const RestoreSnapshotMutation = graphql(`
  mutation RestoreDocumentSnapshot($id: ID!) {
    restoreDocumentSnapshot(id: $id) {
      id
    }
  }
`);

export const CommentThreadsQuery = graphql(`
  query CommentThreads($documentId: ID!) {
    commentThreads(documentId: $documentId) {
      id
      anchorStart
      anchorEnd
      quote
      status
      createdAt
      resolvedAt
      createdBy {
        id
        displayName
      }
      resolvedBy {
        id
        displayName
      }
      comments {
        id
        body
        createdAt
        author {
          id
          displayName
        }
        mentions {
          id
          displayName
        }
      }
    }
  }
`);

export const CommentThreadChangedSubscription = graphql(`
  subscription CommentThreadChanged($documentId: ID!) {
    commentThreadChanged(documentId: $documentId) {
      threadId
    }
  }
`);

export const OpenCommentThreadMutation = graphql(`
  mutation OpenCommentThread($input: OpenCommentThreadInput!) {
    openCommentThread(input: $input) {
      id
    }
  }
`);

export const ReplyToCommentThreadMutation = graphql(`
  mutation ReplyToCommentThread($id: ID!, $input: CommentBodyInput!) {
    replyToCommentThread(id: $id, input: $input) {
      id
    }
  }
`);

export const ResolveCommentThreadMutation = graphql(`
  mutation ResolveCommentThread($id: ID!) {
    resolveCommentThread(id: $id) {
      id
      status
    }
  }
`);

export const ReopenCommentThreadMutation = graphql(`
  mutation ReopenCommentThread($id: ID!) {
    reopenCommentThread(id: $id) {
      id
      status
    }
  }
`);

export const MentionablePeopleQuery = graphql(`
  query MentionablePeople($search: String!) {
    mentionablePeople(search: $search) {
      id
      displayName
    }
  }
`);

export const MentionableProvincesQuery = graphql(`
  query MentionableProvinces {
    provinces {
      code
      name
    }
  }
`);

export const ActionItemBlockQuery = graphql(`
  query ActionItemBlock($id: ID!) {
    actionItem(id: $id) {
      id
      title
      status
      statusReason
      progress
      version
      leadProvince {
        code
        name
      }
      viewerCan {
        manage
      }
      commitments {
        id
        status
        kind
        organization {
          id
          name
          shortName
        }
      }
    }
  }
`);

export const ActionItemBlockChangedSubscription = graphql(`
  subscription ActionItemBlockChanged($ids: [ID!]!) {
    actionItemChanged(ids: $ids) {
      actionItemId
    }
  }
`);

export const UpdateActionItemStatusMutation = graphql(`
  mutation UpdateActionItemStatus($id: ID!, $input: UpdateActionItemInput!) {
    updateActionItem(id: $id, input: $input) {
      id
      status
      statusReason
      progress
      version
    }
  }
`);

export const ProposeFromPassageMutation = graphql(`
  mutation ProposeFromPassage($input: ProposeActionItemInput!) {
    proposeActionItem(input: $input) {
      id
      title
    }
  }
`);

export const PickActionItemQuery = graphql(`
  query PickActionItem($text: String) {
    actionItems(filter: { text: $text }, first: 20, sort: UPDATED) {
      nodes {
        id
        title
        status
        leadProvince {
          code
          name
        }
      }
    }
  }
`);

export const SearchQuery = graphql(`
  query SearchEverything($text: String!) {
    search(text: $text, first: 30) {
      kind
      id
      title
      snippet
      href
    }
  }
`);

export const ConversatorioProvincesQuery = graphql(`
  query ConversatorioProvinces($id: ID!) {
    conversatorio(id: $id) {
      id
      provinces {
        code
        name
      }
    }
  }
`);
