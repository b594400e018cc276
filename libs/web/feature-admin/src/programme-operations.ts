import { graphql } from '@ruta/web-data-access';

export const ProgrammeAdminQuery = graphql(`
  query ProgrammeAdmin {
    event {
      id
      ...EventEnglishTexts
      days {
        date
        opensAt
        closesAt
      }
    }
    themes {
      id
      name
      description
      english {
        name
        description
      }
    }
    agenda {
      id
      kind
      title
      description
      english {
        title
        description
      }
      startsAt
      endsAt
      theme {
        id
        name
        english {
          name
        }
      }
      moderators {
        id
        displayName
      }
      ...SessionTalks
    }
    speakers {
      id
      name
      jobTitle
      bio
      organization {
        id
        name
      }
    }
    organizations {
      id
      name
    }
  }
`);

/** The event's texts in Spanish beside their English versions, as the English form edits them. */
export const EventEnglishTextsFragment = graphql(`
  fragment EventEnglishTexts on Event {
    id
    name
    subtitle
    presentation
    objectives
    specificObjectives
    methodology
    audience
    english {
      name
      subtitle
      presentation
      objectives
      specificObjectives
      methodology
      audience
    }
  }
`);

export const SetEventEnglishMutation = graphql(`
  mutation SetEventEnglish($input: EventEnglishInput!) {
    setEventEnglish(input: $input) {
      ...EventEnglishTexts
    }
  }
`);

export const CreateThemeMutation = graphql(`
  mutation CreateTheme($input: ThemeInput!) {
    createTheme(input: $input) {
      id
    }
  }
`);

export const UpdateThemeMutation = graphql(`
  mutation UpdateTheme($id: ID!, $input: ThemeInput!) {
    updateTheme(id: $id, input: $input) {
      id
      name
      description
      english {
        name
        description
      }
    }
  }
`);

export const CreateAgendaSessionMutation = graphql(`
  mutation CreateAgendaSession($input: AgendaSessionInput!) {
    createAgendaSession(input: $input) {
      id
    }
  }
`);

export const UpdateAgendaSessionMutation = graphql(`
  mutation UpdateAgendaSession($id: ID!, $input: AgendaSessionInput!) {
    updateAgendaSession(id: $id, input: $input) {
      id
      title
      english {
        title
        description
      }
      startsAt
      endsAt
    }
  }
`);

export const DeleteAgendaSessionMutation = graphql(`
  mutation DeleteAgendaSession($id: ID!) {
    deleteAgendaSession(id: $id)
  }
`);

export const CreateSpeakerMutation = graphql(`
  mutation CreateSpeaker($input: SpeakerInput!) {
    createSpeaker(input: $input) {
      id
    }
  }
`);

export const UpdateSpeakerMutation = graphql(`
  mutation UpdateSpeaker($id: ID!, $input: SpeakerInput!) {
    updateSpeaker(id: $id, input: $input) {
      id
      name
      jobTitle
      bio
    }
  }
`);

/** A session's speaking slots, as the talks editor shows them (the slot mutations return the same). */
export const SessionTalksFragment = graphql(`
  fragment SessionTalks on AgendaSession {
    id
    speakers {
      id
      role
      position
      durationMinutes
      slidesUrl
      recordingUrl
      speaker {
        id
        name
      }
    }
  }
`);

export const AddSessionSpeakerMutation = graphql(`
  mutation AddSessionSpeaker($sessionId: ID!, $input: SessionSpeakerInput!) {
    addSessionSpeaker(sessionId: $sessionId, input: $input) {
      ...SessionTalks
    }
  }
`);

export const UpdateSessionSpeakerMutation = graphql(`
  mutation UpdateSessionSpeaker($id: ID!, $input: SessionSpeakerInput!) {
    updateSessionSpeaker(id: $id, input: $input) {
      ...SessionTalks
    }
  }
`);

export const RemoveSessionSpeakerMutation = graphql(`
  mutation RemoveSessionSpeaker($id: ID!) {
    removeSessionSpeaker(id: $id) {
      ...SessionTalks
    }
  }
`);

/** The people who may be chosen to moderate a session (the dialog offers those with the moderator role). */
export const ModeratorCandidatesQuery = graphql(`
  query ModeratorCandidates {
    users {
      id
      displayName
      role
      disabled
    }
  }
`);

export const SetSessionModeratorsMutation = graphql(`
  mutation SetSessionModerators($sessionId: ID!, $userIds: [ID!]!) {
    setSessionModerators(sessionId: $sessionId, userIds: $userIds) {
      id
      canModerateQuestions
      moderators {
        id
        displayName
      }
    }
  }
`);
