/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query Session {\n    me {\n      id\n      email\n      displayName\n      role\n      province {\n        code\n        name\n      }\n      organization {\n        id\n        name\n        shortName\n      }\n      abilities {\n        signedIn\n        listPeople\n        managePeople\n        manageOrganizations\n        manageProgramme\n        createConversatorios\n        contribute\n        moderateQuestions\n        generateMemoria\n        writePonencias\n        proposeActionItems\n        proposalProvinceCode\n        manageRoadmap\n        consolidateRoadmap\n        importRoadmap\n        requestCommitments\n        offerCommitments\n        reviewCommitments\n        exportDatabase\n      }\n    }\n  }\n': typeof types.SessionDocument;
  '\n  query People {\n    users {\n      id\n      email\n      displayName\n      role\n      disabled\n      invitationPending\n      lastSignInAt\n      province {\n        code\n        name\n      }\n      organization {\n        id\n        name\n        shortName\n      }\n    }\n  }\n': typeof types.PeopleDocument;
  '\n  query ScopeOptions {\n    provinces {\n      code\n      name\n      hasPrefectura\n    }\n    organizations {\n      id\n      name\n      shortName\n      kind\n      province {\n        code\n        name\n      }\n      website\n    }\n  }\n': typeof types.ScopeOptionsDocument;
  '\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        displayName\n      }\n      invitation {\n        kind\n        url\n        expiresAt\n      }\n    }\n  }\n': typeof types.CreateUserDocument;
  '\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      displayName\n      role\n      province {\n        code\n        name\n      }\n      organization {\n        id\n        name\n        shortName\n      }\n    }\n  }\n': typeof types.UpdateUserDocument;
  '\n  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, disabled: $disabled) {\n      id\n      disabled\n    }\n  }\n': typeof types.SetUserDisabledDocument;
  '\n  mutation CreatePasswordLink($id: ID!) {\n    createPasswordLink(id: $id) {\n      kind\n      url\n      expiresAt\n    }\n  }\n': typeof types.CreatePasswordLinkDocument;
  '\n  mutation CreateOrganization($input: OrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n    }\n  }\n': typeof types.CreateOrganizationDocument;
  '\n  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      id\n      name\n      shortName\n      kind\n      website\n      province {\n        code\n        name\n      }\n    }\n  }\n': typeof types.UpdateOrganizationDocument;
  '\n  query ProgrammeAdmin {\n    event {\n      id\n      ...EventEnglishTexts\n      days {\n        date\n        opensAt\n        closesAt\n      }\n    }\n    themes {\n      id\n      name\n      description\n      english {\n        name\n        description\n      }\n    }\n    agenda {\n      id\n      kind\n      title\n      description\n      english {\n        title\n        description\n      }\n      startsAt\n      endsAt\n      theme {\n        id\n        name\n        english {\n          name\n        }\n      }\n      moderators {\n        id\n        displayName\n      }\n      ...SessionTalks\n    }\n    speakers {\n      id\n      name\n      jobTitle\n      bio\n      organization {\n        id\n        name\n      }\n    }\n    organizations {\n      id\n      name\n    }\n  }\n': typeof types.ProgrammeAdminDocument;
  '\n  fragment EventEnglishTexts on Event {\n    id\n    name\n    subtitle\n    presentation\n    objectives\n    specificObjectives\n    methodology\n    audience\n    english {\n      name\n      subtitle\n      presentation\n      objectives\n      specificObjectives\n      methodology\n      audience\n    }\n  }\n': typeof types.EventEnglishTextsFragmentDoc;
  '\n  mutation SetEventEnglish($input: EventEnglishInput!) {\n    setEventEnglish(input: $input) {\n      ...EventEnglishTexts\n    }\n  }\n': typeof types.SetEventEnglishDocument;
  '\n  mutation CreateTheme($input: ThemeInput!) {\n    createTheme(input: $input) {\n      id\n    }\n  }\n': typeof types.CreateThemeDocument;
  '\n  mutation UpdateTheme($id: ID!, $input: ThemeInput!) {\n    updateTheme(id: $id, input: $input) {\n      id\n      name\n      description\n      english {\n        name\n        description\n      }\n    }\n  }\n': typeof types.UpdateThemeDocument;
  '\n  mutation CreateAgendaSession($input: AgendaSessionInput!) {\n    createAgendaSession(input: $input) {\n      id\n    }\n  }\n': typeof types.CreateAgendaSessionDocument;
  '\n  mutation UpdateAgendaSession($id: ID!, $input: AgendaSessionInput!) {\n    updateAgendaSession(id: $id, input: $input) {\n      id\n      title\n      english {\n        title\n        description\n      }\n      startsAt\n      endsAt\n    }\n  }\n': typeof types.UpdateAgendaSessionDocument;
  '\n  mutation DeleteAgendaSession($id: ID!) {\n    deleteAgendaSession(id: $id)\n  }\n': typeof types.DeleteAgendaSessionDocument;
  '\n  mutation CreateSpeaker($input: SpeakerInput!) {\n    createSpeaker(input: $input) {\n      id\n    }\n  }\n': typeof types.CreateSpeakerDocument;
  '\n  mutation UpdateSpeaker($id: ID!, $input: SpeakerInput!) {\n    updateSpeaker(id: $id, input: $input) {\n      id\n      name\n      jobTitle\n      bio\n    }\n  }\n': typeof types.UpdateSpeakerDocument;
  '\n  fragment SessionTalks on AgendaSession {\n    id\n    speakers {\n      id\n      role\n      position\n      durationMinutes\n      slidesUrl\n      recordingUrl\n      speaker {\n        id\n        name\n      }\n    }\n  }\n': typeof types.SessionTalksFragmentDoc;
  '\n  mutation AddSessionSpeaker($sessionId: ID!, $input: SessionSpeakerInput!) {\n    addSessionSpeaker(sessionId: $sessionId, input: $input) {\n      ...SessionTalks\n    }\n  }\n': typeof types.AddSessionSpeakerDocument;
  '\n  mutation UpdateSessionSpeaker($id: ID!, $input: SessionSpeakerInput!) {\n    updateSessionSpeaker(id: $id, input: $input) {\n      ...SessionTalks\n    }\n  }\n': typeof types.UpdateSessionSpeakerDocument;
  '\n  mutation RemoveSessionSpeaker($id: ID!) {\n    removeSessionSpeaker(id: $id) {\n      ...SessionTalks\n    }\n  }\n': typeof types.RemoveSessionSpeakerDocument;
  '\n  query ModeratorCandidates {\n    users {\n      id\n      displayName\n      role\n      disabled\n    }\n  }\n': typeof types.ModeratorCandidatesDocument;
  '\n  mutation SetSessionModerators($sessionId: ID!, $userIds: [ID!]!) {\n    setSessionModerators(sessionId: $sessionId, userIds: $userIds) {\n      id\n      canModerateQuestions\n      moderators {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.SetSessionModeratorsDocument;
  '\n  query Conversatorios {\n    conversatorios {\n      id\n      title\n      status\n      startsAt\n      endsAt\n      theme {\n        id\n        name\n        english {\n          name\n        }\n      }\n      provinces {\n        code\n        name\n      }\n    }\n  }\n': typeof types.ConversatoriosDocument;
  '\n  query Conversatorio($id: ID!) {\n    conversatorio(id: $id) {\n      id\n      title\n      purpose\n      status\n      version\n      startsAt\n      endsAt\n      theme {\n        id\n        name\n        english {\n          name\n        }\n      }\n      moderator {\n        id\n        displayName\n      }\n      provinces {\n        code\n        name\n      }\n      viewerCan {\n        moveStatus\n        contributeFor\n      }\n    }\n    competencies {\n      key\n      name\n    }\n    sdgs {\n      number\n      name\n    }\n  }\n': typeof types.ConversatorioDocument;
  '\n  query ConversatorioContributions($filter: ContributionFilter, $first: Int) {\n    contributions(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        id\n        type\n        body\n        hidden\n        hiddenReason\n        endorsementCount\n        endorsedByMe\n        createdAt\n        province {\n          code\n          name\n        }\n        version\n        author {\n          id\n          displayName\n        }\n        competencies {\n          key\n          name\n        }\n        sdgs {\n          number\n          name\n        }\n        actionItems {\n          id\n          title\n          status\n        }\n        viewerCan {\n          edit\n          moderate\n          proposeActionItem\n        }\n      }\n    }\n  }\n': typeof types.ConversatorioContributionsDocument;
  '\n  subscription ContributionChanged($conversatorioId: ID!) {\n    contributionChanged(conversatorioId: $conversatorioId) {\n      kind\n      contributionId\n    }\n  }\n': typeof types.ContributionChangedDocument;
  '\n  mutation CreateContribution($input: CreateContributionInput!) {\n    createContribution(input: $input) {\n      id\n    }\n  }\n': typeof types.CreateContributionDocument;
  '\n  mutation EndorseContribution($id: ID!, $endorsed: Boolean!) {\n    endorseContribution(id: $id, endorsed: $endorsed) {\n      id\n      endorsementCount\n      endorsedByMe\n    }\n  }\n': typeof types.EndorseContributionDocument;
  '\n  mutation HideContribution($id: ID!, $reason: String!) {\n    hideContribution(id: $id, reason: $reason) {\n      id\n      hidden\n      hiddenReason\n    }\n  }\n': typeof types.HideContributionDocument;
  '\n  mutation RestoreContribution($id: ID!) {\n    restoreContribution(id: $id) {\n      id\n      hidden\n      hiddenReason\n    }\n  }\n': typeof types.RestoreContributionDocument;
  '\n  mutation MoveConversatorio($id: ID!, $input: MoveConversatorioInput!) {\n    moveConversatorio(id: $id, input: $input) {\n      id\n      status\n      version\n      closedAt\n      viewerCan {\n        moveStatus\n        contributeFor\n      }\n    }\n  }\n': typeof types.MoveConversatorioDocument;
  '\n  mutation UpdateContribution($id: ID!, $input: UpdateContributionInput!) {\n    updateContribution(id: $id, input: $input) {\n      id\n      type\n      body\n      version\n    }\n  }\n': typeof types.UpdateContributionDocument;
  '\n  query DocumentsList {\n    documents {\n      id\n      kind\n      title\n      myAccess\n      contentUpdatedAt\n      conversatorio {\n        id\n        title\n      }\n      theme {\n        id\n        name\n      }\n    }\n  }\n': typeof types.DocumentsListDocument;
  '\n  query DocumentDetail($id: ID!) {\n    document(id: $id) {\n      id\n      kind\n      title\n      myAccess\n      contentUpdatedAt\n      conversatorio {\n        id\n        title\n        theme {\n          id\n          name\n        }\n      }\n      theme {\n        id\n        name\n      }\n      ponencia {\n        sessionId\n        sessionTitle\n        theme {\n          id\n          key\n          name\n        }\n        talk {\n          id\n          role\n          durationMinutes\n          slidesUrl\n          recordingUrl\n          speaker {\n            id\n            name\n            jobTitle\n            bio\n            organization {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.DocumentDetailDocument;
  '\n  query PonenciaDocument($sessionSpeakerId: ID!) {\n    ponenciaDocument(sessionSpeakerId: $sessionSpeakerId) {\n      id\n    }\n  }\n': typeof types.PonenciaDocumentDocument;
  '\n  query ConversatorioDocument($conversatorioId: ID!) {\n    conversatorioDocument(conversatorioId: $conversatorioId) {\n      id\n      title\n      myAccess\n    }\n  }\n': typeof types.ConversatorioDocumentDocument;
  '\n  mutation CollaborationTicket($documentId: ID!) {\n    collaborationTicket(documentId: $documentId) {\n      token\n      documentName\n      path\n      access\n      expiresAt\n    }\n  }\n': typeof types.CollaborationTicketDocument;
  '\n  query DocumentSnapshots($documentId: ID!) {\n    documentSnapshots(documentId: $documentId) {\n      id\n      name\n      createdAt\n      html\n      createdBy {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.DocumentSnapshotsDocument;
  '\n  mutation CreateDocumentSnapshot($documentId: ID!, $name: String!) {\n    createDocumentSnapshot(documentId: $documentId, name: $name) {\n      id\n    }\n  }\n': typeof types.CreateDocumentSnapshotDocument;
  '\n  mutation RestoreDocumentSnapshot($id: ID!) {\n    restoreDocumentSnapshot(id: $id) {\n      id\n    }\n  }\n': typeof types.RestoreDocumentSnapshotDocument;
  '\n  query CommentThreads($documentId: ID!) {\n    commentThreads(documentId: $documentId) {\n      id\n      anchorStart\n      anchorEnd\n      quote\n      status\n      createdAt\n      resolvedAt\n      createdBy {\n        id\n        displayName\n      }\n      resolvedBy {\n        id\n        displayName\n      }\n      comments {\n        id\n        body\n        createdAt\n        author {\n          id\n          displayName\n        }\n        mentions {\n          id\n          displayName\n        }\n      }\n    }\n  }\n': typeof types.CommentThreadsDocument;
  '\n  subscription CommentThreadChanged($documentId: ID!) {\n    commentThreadChanged(documentId: $documentId) {\n      threadId\n    }\n  }\n': typeof types.CommentThreadChangedDocument;
  '\n  mutation OpenCommentThread($input: OpenCommentThreadInput!) {\n    openCommentThread(input: $input) {\n      id\n    }\n  }\n': typeof types.OpenCommentThreadDocument;
  '\n  mutation ReplyToCommentThread($id: ID!, $input: CommentBodyInput!) {\n    replyToCommentThread(id: $id, input: $input) {\n      id\n    }\n  }\n': typeof types.ReplyToCommentThreadDocument;
  '\n  mutation ResolveCommentThread($id: ID!) {\n    resolveCommentThread(id: $id) {\n      id\n      status\n    }\n  }\n': typeof types.ResolveCommentThreadDocument;
  '\n  mutation ReopenCommentThread($id: ID!) {\n    reopenCommentThread(id: $id) {\n      id\n      status\n    }\n  }\n': typeof types.ReopenCommentThreadDocument;
  '\n  query MentionablePeople($search: String!) {\n    mentionablePeople(search: $search) {\n      id\n      displayName\n    }\n  }\n': typeof types.MentionablePeopleDocument;
  '\n  query MentionableProvinces {\n    provinces {\n      code\n      name\n    }\n  }\n': typeof types.MentionableProvincesDocument;
  '\n  query ActionItemBlock($id: ID!) {\n    actionItem(id: $id) {\n      id\n      title\n      status\n      statusReason\n      progress\n      version\n      leadProvince {\n        code\n        name\n      }\n      viewerCan {\n        manage\n      }\n      commitments {\n        id\n        status\n        kind\n        organization {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n': typeof types.ActionItemBlockDocument;
  '\n  subscription ActionItemBlockChanged($ids: [ID!]!) {\n    actionItemChanged(ids: $ids) {\n      actionItemId\n    }\n  }\n': typeof types.ActionItemBlockChangedDocument;
  '\n  mutation UpdateActionItemStatus($id: ID!, $input: UpdateActionItemInput!) {\n    updateActionItem(id: $id, input: $input) {\n      id\n      status\n      statusReason\n      progress\n      version\n    }\n  }\n': typeof types.UpdateActionItemStatusDocument;
  '\n  mutation ProposeFromPassage($input: ProposeActionItemInput!) {\n    proposeActionItem(input: $input) {\n      id\n      title\n    }\n  }\n': typeof types.ProposeFromPassageDocument;
  '\n  query PickActionItem($text: String) {\n    actionItems(filter: { text: $text }, first: 20, sort: UPDATED) {\n      nodes {\n        id\n        title\n        status\n        leadProvince {\n          code\n          name\n        }\n      }\n    }\n  }\n': typeof types.PickActionItemDocument;
  '\n  query SearchEverything($text: String!) {\n    search(text: $text, first: 30) {\n      kind\n      id\n      title\n      snippet\n      href\n    }\n  }\n': typeof types.SearchEverythingDocument;
  '\n  query ConversatorioProvinces($id: ID!) {\n    conversatorio(id: $id) {\n      id\n      provinces {\n        code\n        name\n      }\n    }\n  }\n': typeof types.ConversatorioProvincesDocument;
  '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n': typeof types.ChangePasswordDocument;
  '\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n': typeof types.UnreadNotificationCountDocument;
  '\n  subscription NotificationReceived {\n    notificationReceived {\n      id\n      kind\n      title\n      body\n      link\n      createdAt\n      readAt\n    }\n  }\n': typeof types.NotificationReceivedDocument;
  '\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n    unreadNotificationCount\n  }\n': typeof types.NotificationsDocument;
  '\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n': typeof types.MarkNotificationsReadDocument;
  '\n  query PasswordLinkInfo($token: String!) {\n    passwordLink(token: $token) {\n      kind\n      email\n      displayName\n      expiresAt\n    }\n  }\n': typeof types.PasswordLinkInfoDocument;
  '\n  mutation SetPasswordWithLink($input: SetPasswordInput!) {\n    setPasswordWithLink(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n': typeof types.SetPasswordWithLinkDocument;
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n      }\n    }\n  }\n': typeof types.LoginDocument;
  '\n  mutation Logout {\n    logout\n  }\n': typeof types.LogoutDocument;
  '\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n': typeof types.LogoutEverywhereDocument;
  '\n  query MemoriaPage {\n    memoriaVersions {\n      id\n      number\n      scopeLabel\n      language\n      publishedAt\n      downloads {\n        pdf\n        docx\n        html\n        markdown\n      }\n    }\n  }\n': typeof types.MemoriaPageDocument;
  '\n  query MemoriaJobs {\n    memoriaJobs {\n      id\n      scopeLabel\n      language\n      status\n      progress\n      error\n      createdAt\n      readyFormats\n      downloads {\n        pdf\n        docx\n        html\n        markdown\n      }\n    }\n    themes {\n      id\n      name\n      english {\n        name\n      }\n    }\n    provinces {\n      code\n      name\n    }\n  }\n': typeof types.MemoriaJobsDocument;
  '\n  query MemoriaJobProgress($id: ID!) {\n    memoriaJob(id: $id) {\n      id\n      scopeLabel\n      language\n      status\n      progress\n      error\n      createdAt\n      readyFormats\n      downloads {\n        pdf\n        docx\n        html\n        markdown\n      }\n    }\n  }\n': typeof types.MemoriaJobProgressDocument;
  '\n  mutation GenerateMemoria($scope: MemoriaScopeKind, $themeId: ID, $provinceCode: String, $language: String) {\n    generateMemoria(scope: $scope, themeId: $themeId, provinceCode: $provinceCode, language: $language) {\n      id\n      status\n      progress\n    }\n  }\n': typeof types.GenerateMemoriaDocument;
  '\n  mutation PublishMemoria($jobId: ID!) {\n    publishMemoria(jobId: $jobId) {\n      id\n      number\n    }\n  }\n': typeof types.PublishMemoriaDocument;
  '\n  query Agenda {\n    event {\n      id\n      days {\n        date\n        opensAt\n        closesAt\n      }\n    }\n    themes {\n      id\n      key\n      name\n      english {\n        name\n      }\n      position\n    }\n    agenda {\n      id\n      kind\n      title\n      description\n      english {\n        title\n        description\n      }\n      startsAt\n      endsAt\n      durationMinutes\n      canModerateQuestions\n      theme {\n        id\n        key\n      }\n      speakers {\n        id\n        role\n        durationMinutes\n        slidesUrl\n        recordingUrl\n        ponenciaWritten\n        speaker {\n          id\n          name\n          jobTitle\n          bio\n          organization {\n            id\n            shortName\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.AgendaDocument;
  '\n  query EventOverview {\n    event {\n      id\n      name\n      subtitle\n      startsOn\n      endsOn\n      modality\n      platform\n      openingAt\n      presentation\n      objectives\n      english {\n        name\n        subtitle\n        presentation\n        objectives\n      }\n      days {\n        date\n        opensAt\n        closesAt\n      }\n      organizations {\n        role\n        organization {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    themes {\n      id\n      key\n      name\n      description\n      english {\n        name\n        description\n      }\n      position\n      sessions {\n        id\n      }\n    }\n  }\n': typeof types.EventOverviewDocument;
  '\n  query Provinces {\n    provinces {\n      code\n      name\n      capital\n      region\n      hasPrefectura\n    }\n  }\n': typeof types.ProvincesDocument;
  '\n  query SessionQuestions($sessionId: ID!) {\n    sessionQuestions(sessionId: $sessionId) {\n      id\n      body\n      status\n      votes\n      votedByMe\n      mine\n      author {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.SessionQuestionsDocument;
  '\n  subscription SessionQuestionChanged($sessionId: ID!) {\n    sessionQuestionChanged(sessionId: $sessionId) {\n      questionId\n    }\n  }\n': typeof types.SessionQuestionChangedDocument;
  '\n  mutation AskQuestion($sessionId: ID!, $body: String!) {\n    askQuestion(sessionId: $sessionId, body: $body) {\n      id\n    }\n  }\n': typeof types.AskQuestionDocument;
  '\n  mutation VoteQuestion($id: ID!, $voted: Boolean!) {\n    voteQuestion(id: $id, voted: $voted) {\n      id\n      votes\n      votedByMe\n    }\n  }\n': typeof types.VoteQuestionDocument;
  '\n  mutation ModerateQuestion($id: ID!, $status: QuestionStatus!) {\n    moderateQuestion(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n': typeof types.ModerateQuestionDocument;
  '\n  query ActionItemList($filter: ActionItemFilter, $sort: ActionItemSort, $first: Int, $after: String) {\n    actionItems(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        status\n        priority\n        progress\n        dueDate\n        theme {\n          id\n          name\n          english {\n            name\n          }\n        }\n        leadProvince {\n          code\n          name\n        }\n        coProvinces {\n          code\n          name\n        }\n        responsibleOrganization {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n': typeof types.ActionItemListDocument;
  '\n  query RoadmapReference {\n    themes {\n      id\n      name\n      english {\n        name\n      }\n    }\n    provinces {\n      code\n      name\n    }\n    competencies {\n      key\n      name\n    }\n    sdgs {\n      number\n      name\n    }\n    cooperationModalities {\n      key\n      name\n    }\n    organizations {\n      id\n      name\n      shortName\n      kind\n    }\n  }\n': typeof types.RoadmapReferenceDocument;
  '\n  query SavedViews {\n    savedViews {\n      id\n      name\n      query\n    }\n  }\n': typeof types.SavedViewsDocument;
  '\n  mutation SaveView($name: String!, $query: String!) {\n    saveView(name: $name, query: $query) {\n      id\n      name\n      query\n    }\n  }\n': typeof types.SaveViewDocument;
  '\n  mutation DeleteView($id: ID!) {\n    deleteView(id: $id)\n  }\n': typeof types.DeleteViewDocument;
  '\n  query ActionItemDetail($id: ID!) {\n    actionItem(id: $id) {\n      id\n      title\n      description\n      status\n      statusReason\n      priority\n      progress\n      startDate\n      dueDate\n      budgetUsd\n      version\n      createdAt\n      updatedAt\n      viewerCan {\n        edit\n        manage\n        requestCommitment\n        offerCommitment\n      }\n      theme {\n        id\n        name\n        english {\n          name\n        }\n      }\n      competency {\n        key\n        name\n      }\n      leadProvince {\n        code\n        name\n      }\n      coProvinces {\n        code\n        name\n      }\n      responsibleOrganization {\n        id\n        name\n        shortName\n      }\n      focalPoint {\n        id\n        displayName\n      }\n      proposedBy {\n        id\n        displayName\n      }\n      sdgs {\n        number\n        name\n      }\n      indicators {\n        name\n        unit\n        baseline\n        target\n        current\n      }\n      mergedInto {\n        id\n        title\n        status\n      }\n      absorbed {\n        id\n        title\n        status\n      }\n      sources {\n        id\n        type\n        body\n        province {\n          code\n          name\n        }\n        conversatorio {\n          id\n          title\n        }\n      }\n      support {\n        kind\n        status\n        count\n      }\n      commitments {\n        id\n        kind\n        direction\n        status\n        description\n        amount\n        currency\n        reviewComment\n        reviewedAt\n        version\n        viewerCan {\n          review\n          withdraw\n          fulfill\n        }\n        createdAt\n        organization {\n          id\n          name\n          shortName\n        }\n        modality {\n          key\n          name\n        }\n        reviewedBy {\n          id\n          displayName\n        }\n        createdBy {\n          id\n          displayName\n        }\n      }\n      history {\n        id\n        entityId\n        action\n        at\n        actor {\n          id\n          displayName\n        }\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n': typeof types.ActionItemDetailDocument;
  '\n  subscription ActionItemChanged($ids: [ID!]!) {\n    actionItemChanged(ids: $ids) {\n      actionItemId\n    }\n  }\n': typeof types.ActionItemChangedDocument;
  '\n  mutation ProposeActionItem($input: ProposeActionItemInput!) {\n    proposeActionItem(input: $input) {\n      id\n    }\n  }\n': typeof types.ProposeActionItemDocument;
  '\n  mutation UpdateActionItem($id: ID!, $input: UpdateActionItemInput!) {\n    updateActionItem(id: $id, input: $input) {\n      id\n      status\n      statusReason\n      progress\n      version\n    }\n  }\n': typeof types.UpdateActionItemDocument;
  '\n  mutation MergeActionItems($targetId: ID!, $targetVersion: Int!, $absorbedId: ID!, $absorbedVersion: Int!) {\n    mergeActionItems(targetId: $targetId, targetVersion: $targetVersion, absorbedId: $absorbedId, absorbedVersion: $absorbedVersion) {\n      id\n    }\n  }\n': typeof types.MergeActionItemsDocument;
  '\n  mutation UnlinkContribution($id: ID!, $contributionId: ID!) {\n    unlinkContribution(id: $id, contributionId: $contributionId) {\n      id\n    }\n  }\n': typeof types.UnlinkContributionDocument;
  '\n  mutation LinkContributions($id: ID!, $contributionIds: [ID!]!) {\n    linkContributions(id: $id, contributionIds: $contributionIds) {\n      id\n    }\n  }\n': typeof types.LinkContributionsDocument;
  '\n  query SourceContributions($ids: [ID!]!) {\n    sourceContributions: contributionsByIds(ids: $ids) {\n      id\n      body\n      province {\n        code\n        name\n      }\n      conversatorio {\n        id\n        title\n        theme {\n          id\n          name\n        }\n      }\n      competencies {\n        key\n      }\n      sdgs {\n        number\n      }\n    }\n  }\n': typeof types.SourceContributionsDocument;
  '\n  mutation RequestCommitment($input: CommitmentInput!) {\n    requestCommitment(input: $input) {\n      id\n    }\n  }\n': typeof types.RequestCommitmentDocument;
  '\n  mutation OfferCommitment($input: CommitmentInput!) {\n    offerCommitment(input: $input) {\n      id\n    }\n  }\n': typeof types.OfferCommitmentDocument;
  '\n  mutation ReviewCommitment($id: ID!, $expectedVersion: Int!, $decision: ReviewDecision!, $comment: String) {\n    reviewCommitment(id: $id, expectedVersion: $expectedVersion, decision: $decision, comment: $comment) {\n      id\n      status\n      version\n    }\n  }\n': typeof types.ReviewCommitmentDocument;
  '\n  mutation FulfillCommitment($id: ID!, $expectedVersion: Int!) {\n    fulfillCommitment(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n    }\n  }\n': typeof types.FulfillCommitmentDocument;
  '\n  mutation WithdrawCommitment($id: ID!, $expectedVersion: Int!) {\n    withdrawCommitment(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n    }\n  }\n': typeof types.WithdrawCommitmentDocument;
  '\n  query CommitmentList($filter: CommitmentFilter, $first: Int) {\n    commitments(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        id\n        kind\n        direction\n        status\n        description\n        amount\n        currency\n        reviewComment\n        version\n        viewerCan {\n          review\n          withdraw\n          fulfill\n        }\n        createdAt\n        organization {\n          id\n          name\n          shortName\n        }\n        actionItem {\n          id\n          title\n          status\n        }\n        createdBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n': typeof types.CommitmentListDocument;
  '\n  query Consolidation($filter: ContributionFilter, $first: Int) {\n    consolidationSummary {\n      themeId\n      themeName\n      provinceCode\n      provinceName\n      count\n    }\n    themes {\n      id\n      english {\n        name\n      }\n    }\n    consolidationQueue(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        id\n        type\n        body\n        createdAt\n        province {\n          code\n          name\n        }\n        conversatorio {\n          id\n          title\n          theme {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.ConsolidationDocument;
  '\n  query ConsolidationSuggestions($contributionId: ID, $text: String) {\n    consolidationSuggestions(contributionId: $contributionId, text: $text) {\n      contributions {\n        similarity\n        contribution {\n          id\n          body\n          province {\n            code\n            name\n          }\n          actionItems {\n            id\n            title\n          }\n        }\n      }\n      actionItems {\n        similarity\n        actionItem {\n          id\n          title\n          status\n          version\n          leadProvince {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.ConsolidationSuggestionsDocument;
  '\n  query RoadmapDashboard($filter: ActionItemFilter) {\n    roadmapDashboard(filter: $filter) {\n      totalItems\n      averageProgress\n      byProvince {\n        provinceCode\n        provinceName\n        items\n        averageProgress\n      }\n      byTheme {\n        themeId\n        themeName\n        items\n        averageProgress\n      }\n      byStatus {\n        status\n        items\n      }\n      byPartner {\n        organizationId\n        organizationName\n        shortName\n        commitments\n        items\n        byStatus {\n          status\n          count\n        }\n      }\n      bySupport {\n        kind\n        status\n        count\n      }\n    }\n    themes {\n      id\n      english {\n        name\n      }\n    }\n  }\n': typeof types.RoadmapDashboardDocument;
  '\n  mutation ImportActionItems($csv: String!, $dryRun: Boolean!) {\n    importActionItems(csv: $csv, dryRun: $dryRun) {\n      dryRun\n      totalRows\n      imported\n      importedIds\n      rejected {\n        line\n        title\n        errors {\n          field\n          message\n        }\n      }\n    }\n  }\n': typeof types.ImportActionItemsDocument;
  '\n  query FocalPoints {\n    users {\n      id\n      displayName\n      role\n      disabled\n    }\n  }\n': typeof types.FocalPointsDocument;
};
const documents: Documents = {
  '\n  query Session {\n    me {\n      id\n      email\n      displayName\n      role\n      province {\n        code\n        name\n      }\n      organization {\n        id\n        name\n        shortName\n      }\n      abilities {\n        signedIn\n        listPeople\n        managePeople\n        manageOrganizations\n        manageProgramme\n        createConversatorios\n        contribute\n        moderateQuestions\n        generateMemoria\n        writePonencias\n        proposeActionItems\n        proposalProvinceCode\n        manageRoadmap\n        consolidateRoadmap\n        importRoadmap\n        requestCommitments\n        offerCommitments\n        reviewCommitments\n        exportDatabase\n      }\n    }\n  }\n':
    types.SessionDocument,
  '\n  query People {\n    users {\n      id\n      email\n      displayName\n      role\n      disabled\n      invitationPending\n      lastSignInAt\n      province {\n        code\n        name\n      }\n      organization {\n        id\n        name\n        shortName\n      }\n    }\n  }\n':
    types.PeopleDocument,
  '\n  query ScopeOptions {\n    provinces {\n      code\n      name\n      hasPrefectura\n    }\n    organizations {\n      id\n      name\n      shortName\n      kind\n      province {\n        code\n        name\n      }\n      website\n    }\n  }\n':
    types.ScopeOptionsDocument,
  '\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        displayName\n      }\n      invitation {\n        kind\n        url\n        expiresAt\n      }\n    }\n  }\n':
    types.CreateUserDocument,
  '\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      displayName\n      role\n      province {\n        code\n        name\n      }\n      organization {\n        id\n        name\n        shortName\n      }\n    }\n  }\n':
    types.UpdateUserDocument,
  '\n  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, disabled: $disabled) {\n      id\n      disabled\n    }\n  }\n':
    types.SetUserDisabledDocument,
  '\n  mutation CreatePasswordLink($id: ID!) {\n    createPasswordLink(id: $id) {\n      kind\n      url\n      expiresAt\n    }\n  }\n':
    types.CreatePasswordLinkDocument,
  '\n  mutation CreateOrganization($input: OrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n    }\n  }\n':
    types.CreateOrganizationDocument,
  '\n  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      id\n      name\n      shortName\n      kind\n      website\n      province {\n        code\n        name\n      }\n    }\n  }\n':
    types.UpdateOrganizationDocument,
  '\n  query ProgrammeAdmin {\n    event {\n      id\n      ...EventEnglishTexts\n      days {\n        date\n        opensAt\n        closesAt\n      }\n    }\n    themes {\n      id\n      name\n      description\n      english {\n        name\n        description\n      }\n    }\n    agenda {\n      id\n      kind\n      title\n      description\n      english {\n        title\n        description\n      }\n      startsAt\n      endsAt\n      theme {\n        id\n        name\n        english {\n          name\n        }\n      }\n      moderators {\n        id\n        displayName\n      }\n      ...SessionTalks\n    }\n    speakers {\n      id\n      name\n      jobTitle\n      bio\n      organization {\n        id\n        name\n      }\n    }\n    organizations {\n      id\n      name\n    }\n  }\n':
    types.ProgrammeAdminDocument,
  '\n  fragment EventEnglishTexts on Event {\n    id\n    name\n    subtitle\n    presentation\n    objectives\n    specificObjectives\n    methodology\n    audience\n    english {\n      name\n      subtitle\n      presentation\n      objectives\n      specificObjectives\n      methodology\n      audience\n    }\n  }\n':
    types.EventEnglishTextsFragmentDoc,
  '\n  mutation SetEventEnglish($input: EventEnglishInput!) {\n    setEventEnglish(input: $input) {\n      ...EventEnglishTexts\n    }\n  }\n':
    types.SetEventEnglishDocument,
  '\n  mutation CreateTheme($input: ThemeInput!) {\n    createTheme(input: $input) {\n      id\n    }\n  }\n': types.CreateThemeDocument,
  '\n  mutation UpdateTheme($id: ID!, $input: ThemeInput!) {\n    updateTheme(id: $id, input: $input) {\n      id\n      name\n      description\n      english {\n        name\n        description\n      }\n    }\n  }\n':
    types.UpdateThemeDocument,
  '\n  mutation CreateAgendaSession($input: AgendaSessionInput!) {\n    createAgendaSession(input: $input) {\n      id\n    }\n  }\n':
    types.CreateAgendaSessionDocument,
  '\n  mutation UpdateAgendaSession($id: ID!, $input: AgendaSessionInput!) {\n    updateAgendaSession(id: $id, input: $input) {\n      id\n      title\n      english {\n        title\n        description\n      }\n      startsAt\n      endsAt\n    }\n  }\n':
    types.UpdateAgendaSessionDocument,
  '\n  mutation DeleteAgendaSession($id: ID!) {\n    deleteAgendaSession(id: $id)\n  }\n': types.DeleteAgendaSessionDocument,
  '\n  mutation CreateSpeaker($input: SpeakerInput!) {\n    createSpeaker(input: $input) {\n      id\n    }\n  }\n':
    types.CreateSpeakerDocument,
  '\n  mutation UpdateSpeaker($id: ID!, $input: SpeakerInput!) {\n    updateSpeaker(id: $id, input: $input) {\n      id\n      name\n      jobTitle\n      bio\n    }\n  }\n':
    types.UpdateSpeakerDocument,
  '\n  fragment SessionTalks on AgendaSession {\n    id\n    speakers {\n      id\n      role\n      position\n      durationMinutes\n      slidesUrl\n      recordingUrl\n      speaker {\n        id\n        name\n      }\n    }\n  }\n':
    types.SessionTalksFragmentDoc,
  '\n  mutation AddSessionSpeaker($sessionId: ID!, $input: SessionSpeakerInput!) {\n    addSessionSpeaker(sessionId: $sessionId, input: $input) {\n      ...SessionTalks\n    }\n  }\n':
    types.AddSessionSpeakerDocument,
  '\n  mutation UpdateSessionSpeaker($id: ID!, $input: SessionSpeakerInput!) {\n    updateSessionSpeaker(id: $id, input: $input) {\n      ...SessionTalks\n    }\n  }\n':
    types.UpdateSessionSpeakerDocument,
  '\n  mutation RemoveSessionSpeaker($id: ID!) {\n    removeSessionSpeaker(id: $id) {\n      ...SessionTalks\n    }\n  }\n':
    types.RemoveSessionSpeakerDocument,
  '\n  query ModeratorCandidates {\n    users {\n      id\n      displayName\n      role\n      disabled\n    }\n  }\n':
    types.ModeratorCandidatesDocument,
  '\n  mutation SetSessionModerators($sessionId: ID!, $userIds: [ID!]!) {\n    setSessionModerators(sessionId: $sessionId, userIds: $userIds) {\n      id\n      canModerateQuestions\n      moderators {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.SetSessionModeratorsDocument,
  '\n  query Conversatorios {\n    conversatorios {\n      id\n      title\n      status\n      startsAt\n      endsAt\n      theme {\n        id\n        name\n        english {\n          name\n        }\n      }\n      provinces {\n        code\n        name\n      }\n    }\n  }\n':
    types.ConversatoriosDocument,
  '\n  query Conversatorio($id: ID!) {\n    conversatorio(id: $id) {\n      id\n      title\n      purpose\n      status\n      version\n      startsAt\n      endsAt\n      theme {\n        id\n        name\n        english {\n          name\n        }\n      }\n      moderator {\n        id\n        displayName\n      }\n      provinces {\n        code\n        name\n      }\n      viewerCan {\n        moveStatus\n        contributeFor\n      }\n    }\n    competencies {\n      key\n      name\n    }\n    sdgs {\n      number\n      name\n    }\n  }\n':
    types.ConversatorioDocument,
  '\n  query ConversatorioContributions($filter: ContributionFilter, $first: Int) {\n    contributions(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        id\n        type\n        body\n        hidden\n        hiddenReason\n        endorsementCount\n        endorsedByMe\n        createdAt\n        province {\n          code\n          name\n        }\n        version\n        author {\n          id\n          displayName\n        }\n        competencies {\n          key\n          name\n        }\n        sdgs {\n          number\n          name\n        }\n        actionItems {\n          id\n          title\n          status\n        }\n        viewerCan {\n          edit\n          moderate\n          proposeActionItem\n        }\n      }\n    }\n  }\n':
    types.ConversatorioContributionsDocument,
  '\n  subscription ContributionChanged($conversatorioId: ID!) {\n    contributionChanged(conversatorioId: $conversatorioId) {\n      kind\n      contributionId\n    }\n  }\n':
    types.ContributionChangedDocument,
  '\n  mutation CreateContribution($input: CreateContributionInput!) {\n    createContribution(input: $input) {\n      id\n    }\n  }\n':
    types.CreateContributionDocument,
  '\n  mutation EndorseContribution($id: ID!, $endorsed: Boolean!) {\n    endorseContribution(id: $id, endorsed: $endorsed) {\n      id\n      endorsementCount\n      endorsedByMe\n    }\n  }\n':
    types.EndorseContributionDocument,
  '\n  mutation HideContribution($id: ID!, $reason: String!) {\n    hideContribution(id: $id, reason: $reason) {\n      id\n      hidden\n      hiddenReason\n    }\n  }\n':
    types.HideContributionDocument,
  '\n  mutation RestoreContribution($id: ID!) {\n    restoreContribution(id: $id) {\n      id\n      hidden\n      hiddenReason\n    }\n  }\n':
    types.RestoreContributionDocument,
  '\n  mutation MoveConversatorio($id: ID!, $input: MoveConversatorioInput!) {\n    moveConversatorio(id: $id, input: $input) {\n      id\n      status\n      version\n      closedAt\n      viewerCan {\n        moveStatus\n        contributeFor\n      }\n    }\n  }\n':
    types.MoveConversatorioDocument,
  '\n  mutation UpdateContribution($id: ID!, $input: UpdateContributionInput!) {\n    updateContribution(id: $id, input: $input) {\n      id\n      type\n      body\n      version\n    }\n  }\n':
    types.UpdateContributionDocument,
  '\n  query DocumentsList {\n    documents {\n      id\n      kind\n      title\n      myAccess\n      contentUpdatedAt\n      conversatorio {\n        id\n        title\n      }\n      theme {\n        id\n        name\n      }\n    }\n  }\n':
    types.DocumentsListDocument,
  '\n  query DocumentDetail($id: ID!) {\n    document(id: $id) {\n      id\n      kind\n      title\n      myAccess\n      contentUpdatedAt\n      conversatorio {\n        id\n        title\n        theme {\n          id\n          name\n        }\n      }\n      theme {\n        id\n        name\n      }\n      ponencia {\n        sessionId\n        sessionTitle\n        theme {\n          id\n          key\n          name\n        }\n        talk {\n          id\n          role\n          durationMinutes\n          slidesUrl\n          recordingUrl\n          speaker {\n            id\n            name\n            jobTitle\n            bio\n            organization {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.DocumentDetailDocument,
  '\n  query PonenciaDocument($sessionSpeakerId: ID!) {\n    ponenciaDocument(sessionSpeakerId: $sessionSpeakerId) {\n      id\n    }\n  }\n':
    types.PonenciaDocumentDocument,
  '\n  query ConversatorioDocument($conversatorioId: ID!) {\n    conversatorioDocument(conversatorioId: $conversatorioId) {\n      id\n      title\n      myAccess\n    }\n  }\n':
    types.ConversatorioDocumentDocument,
  '\n  mutation CollaborationTicket($documentId: ID!) {\n    collaborationTicket(documentId: $documentId) {\n      token\n      documentName\n      path\n      access\n      expiresAt\n    }\n  }\n':
    types.CollaborationTicketDocument,
  '\n  query DocumentSnapshots($documentId: ID!) {\n    documentSnapshots(documentId: $documentId) {\n      id\n      name\n      createdAt\n      html\n      createdBy {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.DocumentSnapshotsDocument,
  '\n  mutation CreateDocumentSnapshot($documentId: ID!, $name: String!) {\n    createDocumentSnapshot(documentId: $documentId, name: $name) {\n      id\n    }\n  }\n':
    types.CreateDocumentSnapshotDocument,
  '\n  mutation RestoreDocumentSnapshot($id: ID!) {\n    restoreDocumentSnapshot(id: $id) {\n      id\n    }\n  }\n':
    types.RestoreDocumentSnapshotDocument,
  '\n  query CommentThreads($documentId: ID!) {\n    commentThreads(documentId: $documentId) {\n      id\n      anchorStart\n      anchorEnd\n      quote\n      status\n      createdAt\n      resolvedAt\n      createdBy {\n        id\n        displayName\n      }\n      resolvedBy {\n        id\n        displayName\n      }\n      comments {\n        id\n        body\n        createdAt\n        author {\n          id\n          displayName\n        }\n        mentions {\n          id\n          displayName\n        }\n      }\n    }\n  }\n':
    types.CommentThreadsDocument,
  '\n  subscription CommentThreadChanged($documentId: ID!) {\n    commentThreadChanged(documentId: $documentId) {\n      threadId\n    }\n  }\n':
    types.CommentThreadChangedDocument,
  '\n  mutation OpenCommentThread($input: OpenCommentThreadInput!) {\n    openCommentThread(input: $input) {\n      id\n    }\n  }\n':
    types.OpenCommentThreadDocument,
  '\n  mutation ReplyToCommentThread($id: ID!, $input: CommentBodyInput!) {\n    replyToCommentThread(id: $id, input: $input) {\n      id\n    }\n  }\n':
    types.ReplyToCommentThreadDocument,
  '\n  mutation ResolveCommentThread($id: ID!) {\n    resolveCommentThread(id: $id) {\n      id\n      status\n    }\n  }\n':
    types.ResolveCommentThreadDocument,
  '\n  mutation ReopenCommentThread($id: ID!) {\n    reopenCommentThread(id: $id) {\n      id\n      status\n    }\n  }\n':
    types.ReopenCommentThreadDocument,
  '\n  query MentionablePeople($search: String!) {\n    mentionablePeople(search: $search) {\n      id\n      displayName\n    }\n  }\n':
    types.MentionablePeopleDocument,
  '\n  query MentionableProvinces {\n    provinces {\n      code\n      name\n    }\n  }\n': types.MentionableProvincesDocument,
  '\n  query ActionItemBlock($id: ID!) {\n    actionItem(id: $id) {\n      id\n      title\n      status\n      statusReason\n      progress\n      version\n      leadProvince {\n        code\n        name\n      }\n      viewerCan {\n        manage\n      }\n      commitments {\n        id\n        status\n        kind\n        organization {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n':
    types.ActionItemBlockDocument,
  '\n  subscription ActionItemBlockChanged($ids: [ID!]!) {\n    actionItemChanged(ids: $ids) {\n      actionItemId\n    }\n  }\n':
    types.ActionItemBlockChangedDocument,
  '\n  mutation UpdateActionItemStatus($id: ID!, $input: UpdateActionItemInput!) {\n    updateActionItem(id: $id, input: $input) {\n      id\n      status\n      statusReason\n      progress\n      version\n    }\n  }\n':
    types.UpdateActionItemStatusDocument,
  '\n  mutation ProposeFromPassage($input: ProposeActionItemInput!) {\n    proposeActionItem(input: $input) {\n      id\n      title\n    }\n  }\n':
    types.ProposeFromPassageDocument,
  '\n  query PickActionItem($text: String) {\n    actionItems(filter: { text: $text }, first: 20, sort: UPDATED) {\n      nodes {\n        id\n        title\n        status\n        leadProvince {\n          code\n          name\n        }\n      }\n    }\n  }\n':
    types.PickActionItemDocument,
  '\n  query SearchEverything($text: String!) {\n    search(text: $text, first: 30) {\n      kind\n      id\n      title\n      snippet\n      href\n    }\n  }\n':
    types.SearchEverythingDocument,
  '\n  query ConversatorioProvinces($id: ID!) {\n    conversatorio(id: $id) {\n      id\n      provinces {\n        code\n        name\n      }\n    }\n  }\n':
    types.ConversatorioProvincesDocument,
  '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n': types.ChangePasswordDocument,
  '\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n': types.UnreadNotificationCountDocument,
  '\n  subscription NotificationReceived {\n    notificationReceived {\n      id\n      kind\n      title\n      body\n      link\n      createdAt\n      readAt\n    }\n  }\n':
    types.NotificationReceivedDocument,
  '\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n    unreadNotificationCount\n  }\n':
    types.NotificationsDocument,
  '\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n': types.MarkNotificationsReadDocument,
  '\n  query PasswordLinkInfo($token: String!) {\n    passwordLink(token: $token) {\n      kind\n      email\n      displayName\n      expiresAt\n    }\n  }\n':
    types.PasswordLinkInfoDocument,
  '\n  mutation SetPasswordWithLink($input: SetPasswordInput!) {\n    setPasswordWithLink(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n':
    types.SetPasswordWithLinkDocument,
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n      }\n    }\n  }\n':
    types.LoginDocument,
  '\n  mutation Logout {\n    logout\n  }\n': types.LogoutDocument,
  '\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n': types.LogoutEverywhereDocument,
  '\n  query MemoriaPage {\n    memoriaVersions {\n      id\n      number\n      scopeLabel\n      language\n      publishedAt\n      downloads {\n        pdf\n        docx\n        html\n        markdown\n      }\n    }\n  }\n':
    types.MemoriaPageDocument,
  '\n  query MemoriaJobs {\n    memoriaJobs {\n      id\n      scopeLabel\n      language\n      status\n      progress\n      error\n      createdAt\n      readyFormats\n      downloads {\n        pdf\n        docx\n        html\n        markdown\n      }\n    }\n    themes {\n      id\n      name\n      english {\n        name\n      }\n    }\n    provinces {\n      code\n      name\n    }\n  }\n':
    types.MemoriaJobsDocument,
  '\n  query MemoriaJobProgress($id: ID!) {\n    memoriaJob(id: $id) {\n      id\n      scopeLabel\n      language\n      status\n      progress\n      error\n      createdAt\n      readyFormats\n      downloads {\n        pdf\n        docx\n        html\n        markdown\n      }\n    }\n  }\n':
    types.MemoriaJobProgressDocument,
  '\n  mutation GenerateMemoria($scope: MemoriaScopeKind, $themeId: ID, $provinceCode: String, $language: String) {\n    generateMemoria(scope: $scope, themeId: $themeId, provinceCode: $provinceCode, language: $language) {\n      id\n      status\n      progress\n    }\n  }\n':
    types.GenerateMemoriaDocument,
  '\n  mutation PublishMemoria($jobId: ID!) {\n    publishMemoria(jobId: $jobId) {\n      id\n      number\n    }\n  }\n':
    types.PublishMemoriaDocument,
  '\n  query Agenda {\n    event {\n      id\n      days {\n        date\n        opensAt\n        closesAt\n      }\n    }\n    themes {\n      id\n      key\n      name\n      english {\n        name\n      }\n      position\n    }\n    agenda {\n      id\n      kind\n      title\n      description\n      english {\n        title\n        description\n      }\n      startsAt\n      endsAt\n      durationMinutes\n      canModerateQuestions\n      theme {\n        id\n        key\n      }\n      speakers {\n        id\n        role\n        durationMinutes\n        slidesUrl\n        recordingUrl\n        ponenciaWritten\n        speaker {\n          id\n          name\n          jobTitle\n          bio\n          organization {\n            id\n            shortName\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.AgendaDocument,
  '\n  query EventOverview {\n    event {\n      id\n      name\n      subtitle\n      startsOn\n      endsOn\n      modality\n      platform\n      openingAt\n      presentation\n      objectives\n      english {\n        name\n        subtitle\n        presentation\n        objectives\n      }\n      days {\n        date\n        opensAt\n        closesAt\n      }\n      organizations {\n        role\n        organization {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    themes {\n      id\n      key\n      name\n      description\n      english {\n        name\n        description\n      }\n      position\n      sessions {\n        id\n      }\n    }\n  }\n':
    types.EventOverviewDocument,
  '\n  query Provinces {\n    provinces {\n      code\n      name\n      capital\n      region\n      hasPrefectura\n    }\n  }\n':
    types.ProvincesDocument,
  '\n  query SessionQuestions($sessionId: ID!) {\n    sessionQuestions(sessionId: $sessionId) {\n      id\n      body\n      status\n      votes\n      votedByMe\n      mine\n      author {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.SessionQuestionsDocument,
  '\n  subscription SessionQuestionChanged($sessionId: ID!) {\n    sessionQuestionChanged(sessionId: $sessionId) {\n      questionId\n    }\n  }\n':
    types.SessionQuestionChangedDocument,
  '\n  mutation AskQuestion($sessionId: ID!, $body: String!) {\n    askQuestion(sessionId: $sessionId, body: $body) {\n      id\n    }\n  }\n':
    types.AskQuestionDocument,
  '\n  mutation VoteQuestion($id: ID!, $voted: Boolean!) {\n    voteQuestion(id: $id, voted: $voted) {\n      id\n      votes\n      votedByMe\n    }\n  }\n':
    types.VoteQuestionDocument,
  '\n  mutation ModerateQuestion($id: ID!, $status: QuestionStatus!) {\n    moderateQuestion(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n':
    types.ModerateQuestionDocument,
  '\n  query ActionItemList($filter: ActionItemFilter, $sort: ActionItemSort, $first: Int, $after: String) {\n    actionItems(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        status\n        priority\n        progress\n        dueDate\n        theme {\n          id\n          name\n          english {\n            name\n          }\n        }\n        leadProvince {\n          code\n          name\n        }\n        coProvinces {\n          code\n          name\n        }\n        responsibleOrganization {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n':
    types.ActionItemListDocument,
  '\n  query RoadmapReference {\n    themes {\n      id\n      name\n      english {\n        name\n      }\n    }\n    provinces {\n      code\n      name\n    }\n    competencies {\n      key\n      name\n    }\n    sdgs {\n      number\n      name\n    }\n    cooperationModalities {\n      key\n      name\n    }\n    organizations {\n      id\n      name\n      shortName\n      kind\n    }\n  }\n':
    types.RoadmapReferenceDocument,
  '\n  query SavedViews {\n    savedViews {\n      id\n      name\n      query\n    }\n  }\n': types.SavedViewsDocument,
  '\n  mutation SaveView($name: String!, $query: String!) {\n    saveView(name: $name, query: $query) {\n      id\n      name\n      query\n    }\n  }\n':
    types.SaveViewDocument,
  '\n  mutation DeleteView($id: ID!) {\n    deleteView(id: $id)\n  }\n': types.DeleteViewDocument,
  '\n  query ActionItemDetail($id: ID!) {\n    actionItem(id: $id) {\n      id\n      title\n      description\n      status\n      statusReason\n      priority\n      progress\n      startDate\n      dueDate\n      budgetUsd\n      version\n      createdAt\n      updatedAt\n      viewerCan {\n        edit\n        manage\n        requestCommitment\n        offerCommitment\n      }\n      theme {\n        id\n        name\n        english {\n          name\n        }\n      }\n      competency {\n        key\n        name\n      }\n      leadProvince {\n        code\n        name\n      }\n      coProvinces {\n        code\n        name\n      }\n      responsibleOrganization {\n        id\n        name\n        shortName\n      }\n      focalPoint {\n        id\n        displayName\n      }\n      proposedBy {\n        id\n        displayName\n      }\n      sdgs {\n        number\n        name\n      }\n      indicators {\n        name\n        unit\n        baseline\n        target\n        current\n      }\n      mergedInto {\n        id\n        title\n        status\n      }\n      absorbed {\n        id\n        title\n        status\n      }\n      sources {\n        id\n        type\n        body\n        province {\n          code\n          name\n        }\n        conversatorio {\n          id\n          title\n        }\n      }\n      support {\n        kind\n        status\n        count\n      }\n      commitments {\n        id\n        kind\n        direction\n        status\n        description\n        amount\n        currency\n        reviewComment\n        reviewedAt\n        version\n        viewerCan {\n          review\n          withdraw\n          fulfill\n        }\n        createdAt\n        organization {\n          id\n          name\n          shortName\n        }\n        modality {\n          key\n          name\n        }\n        reviewedBy {\n          id\n          displayName\n        }\n        createdBy {\n          id\n          displayName\n        }\n      }\n      history {\n        id\n        entityId\n        action\n        at\n        actor {\n          id\n          displayName\n        }\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n':
    types.ActionItemDetailDocument,
  '\n  subscription ActionItemChanged($ids: [ID!]!) {\n    actionItemChanged(ids: $ids) {\n      actionItemId\n    }\n  }\n':
    types.ActionItemChangedDocument,
  '\n  mutation ProposeActionItem($input: ProposeActionItemInput!) {\n    proposeActionItem(input: $input) {\n      id\n    }\n  }\n':
    types.ProposeActionItemDocument,
  '\n  mutation UpdateActionItem($id: ID!, $input: UpdateActionItemInput!) {\n    updateActionItem(id: $id, input: $input) {\n      id\n      status\n      statusReason\n      progress\n      version\n    }\n  }\n':
    types.UpdateActionItemDocument,
  '\n  mutation MergeActionItems($targetId: ID!, $targetVersion: Int!, $absorbedId: ID!, $absorbedVersion: Int!) {\n    mergeActionItems(targetId: $targetId, targetVersion: $targetVersion, absorbedId: $absorbedId, absorbedVersion: $absorbedVersion) {\n      id\n    }\n  }\n':
    types.MergeActionItemsDocument,
  '\n  mutation UnlinkContribution($id: ID!, $contributionId: ID!) {\n    unlinkContribution(id: $id, contributionId: $contributionId) {\n      id\n    }\n  }\n':
    types.UnlinkContributionDocument,
  '\n  mutation LinkContributions($id: ID!, $contributionIds: [ID!]!) {\n    linkContributions(id: $id, contributionIds: $contributionIds) {\n      id\n    }\n  }\n':
    types.LinkContributionsDocument,
  '\n  query SourceContributions($ids: [ID!]!) {\n    sourceContributions: contributionsByIds(ids: $ids) {\n      id\n      body\n      province {\n        code\n        name\n      }\n      conversatorio {\n        id\n        title\n        theme {\n          id\n          name\n        }\n      }\n      competencies {\n        key\n      }\n      sdgs {\n        number\n      }\n    }\n  }\n':
    types.SourceContributionsDocument,
  '\n  mutation RequestCommitment($input: CommitmentInput!) {\n    requestCommitment(input: $input) {\n      id\n    }\n  }\n':
    types.RequestCommitmentDocument,
  '\n  mutation OfferCommitment($input: CommitmentInput!) {\n    offerCommitment(input: $input) {\n      id\n    }\n  }\n':
    types.OfferCommitmentDocument,
  '\n  mutation ReviewCommitment($id: ID!, $expectedVersion: Int!, $decision: ReviewDecision!, $comment: String) {\n    reviewCommitment(id: $id, expectedVersion: $expectedVersion, decision: $decision, comment: $comment) {\n      id\n      status\n      version\n    }\n  }\n':
    types.ReviewCommitmentDocument,
  '\n  mutation FulfillCommitment($id: ID!, $expectedVersion: Int!) {\n    fulfillCommitment(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n    }\n  }\n':
    types.FulfillCommitmentDocument,
  '\n  mutation WithdrawCommitment($id: ID!, $expectedVersion: Int!) {\n    withdrawCommitment(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n    }\n  }\n':
    types.WithdrawCommitmentDocument,
  '\n  query CommitmentList($filter: CommitmentFilter, $first: Int) {\n    commitments(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        id\n        kind\n        direction\n        status\n        description\n        amount\n        currency\n        reviewComment\n        version\n        viewerCan {\n          review\n          withdraw\n          fulfill\n        }\n        createdAt\n        organization {\n          id\n          name\n          shortName\n        }\n        actionItem {\n          id\n          title\n          status\n        }\n        createdBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n':
    types.CommitmentListDocument,
  '\n  query Consolidation($filter: ContributionFilter, $first: Int) {\n    consolidationSummary {\n      themeId\n      themeName\n      provinceCode\n      provinceName\n      count\n    }\n    themes {\n      id\n      english {\n        name\n      }\n    }\n    consolidationQueue(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        id\n        type\n        body\n        createdAt\n        province {\n          code\n          name\n        }\n        conversatorio {\n          id\n          title\n          theme {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.ConsolidationDocument,
  '\n  query ConsolidationSuggestions($contributionId: ID, $text: String) {\n    consolidationSuggestions(contributionId: $contributionId, text: $text) {\n      contributions {\n        similarity\n        contribution {\n          id\n          body\n          province {\n            code\n            name\n          }\n          actionItems {\n            id\n            title\n          }\n        }\n      }\n      actionItems {\n        similarity\n        actionItem {\n          id\n          title\n          status\n          version\n          leadProvince {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.ConsolidationSuggestionsDocument,
  '\n  query RoadmapDashboard($filter: ActionItemFilter) {\n    roadmapDashboard(filter: $filter) {\n      totalItems\n      averageProgress\n      byProvince {\n        provinceCode\n        provinceName\n        items\n        averageProgress\n      }\n      byTheme {\n        themeId\n        themeName\n        items\n        averageProgress\n      }\n      byStatus {\n        status\n        items\n      }\n      byPartner {\n        organizationId\n        organizationName\n        shortName\n        commitments\n        items\n        byStatus {\n          status\n          count\n        }\n      }\n      bySupport {\n        kind\n        status\n        count\n      }\n    }\n    themes {\n      id\n      english {\n        name\n      }\n    }\n  }\n':
    types.RoadmapDashboardDocument,
  '\n  mutation ImportActionItems($csv: String!, $dryRun: Boolean!) {\n    importActionItems(csv: $csv, dryRun: $dryRun) {\n      dryRun\n      totalRows\n      imported\n      importedIds\n      rejected {\n        line\n        title\n        errors {\n          field\n          message\n        }\n      }\n    }\n  }\n':
    types.ImportActionItemsDocument,
  '\n  query FocalPoints {\n    users {\n      id\n      displayName\n      role\n      disabled\n    }\n  }\n': types.FocalPointsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Session {\n    me {\n      id\n      email\n      displayName\n      role\n      province {\n        code\n        name\n      }\n      organization {\n        id\n        name\n        shortName\n      }\n      abilities {\n        signedIn\n        listPeople\n        managePeople\n        manageOrganizations\n        manageProgramme\n        createConversatorios\n        contribute\n        moderateQuestions\n        generateMemoria\n        writePonencias\n        proposeActionItems\n        proposalProvinceCode\n        manageRoadmap\n        consolidateRoadmap\n        importRoadmap\n        requestCommitments\n        offerCommitments\n        reviewCommitments\n        exportDatabase\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Session {\n    me {\n      id\n      email\n      displayName\n      role\n      province {\n        code\n        name\n      }\n      organization {\n        id\n        name\n        shortName\n      }\n      abilities {\n        signedIn\n        listPeople\n        managePeople\n        manageOrganizations\n        manageProgramme\n        createConversatorios\n        contribute\n        moderateQuestions\n        generateMemoria\n        writePonencias\n        proposeActionItems\n        proposalProvinceCode\n        manageRoadmap\n        consolidateRoadmap\n        importRoadmap\n        requestCommitments\n        offerCommitments\n        reviewCommitments\n        exportDatabase\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query People {\n    users {\n      id\n      email\n      displayName\n      role\n      disabled\n      invitationPending\n      lastSignInAt\n      province {\n        code\n        name\n      }\n      organization {\n        id\n        name\n        shortName\n      }\n    }\n  }\n',
): (typeof documents)['\n  query People {\n    users {\n      id\n      email\n      displayName\n      role\n      disabled\n      invitationPending\n      lastSignInAt\n      province {\n        code\n        name\n      }\n      organization {\n        id\n        name\n        shortName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ScopeOptions {\n    provinces {\n      code\n      name\n      hasPrefectura\n    }\n    organizations {\n      id\n      name\n      shortName\n      kind\n      province {\n        code\n        name\n      }\n      website\n    }\n  }\n',
): (typeof documents)['\n  query ScopeOptions {\n    provinces {\n      code\n      name\n      hasPrefectura\n    }\n    organizations {\n      id\n      name\n      shortName\n      kind\n      province {\n        code\n        name\n      }\n      website\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        displayName\n      }\n      invitation {\n        kind\n        url\n        expiresAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        displayName\n      }\n      invitation {\n        kind\n        url\n        expiresAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      displayName\n      role\n      province {\n        code\n        name\n      }\n      organization {\n        id\n        name\n        shortName\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      displayName\n      role\n      province {\n        code\n        name\n      }\n      organization {\n        id\n        name\n        shortName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, disabled: $disabled) {\n      id\n      disabled\n    }\n  }\n',
): (typeof documents)['\n  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, disabled: $disabled) {\n      id\n      disabled\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreatePasswordLink($id: ID!) {\n    createPasswordLink(id: $id) {\n      kind\n      url\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  mutation CreatePasswordLink($id: ID!) {\n    createPasswordLink(id: $id) {\n      kind\n      url\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateOrganization($input: OrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateOrganization($input: OrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      id\n      name\n      shortName\n      kind\n      website\n      province {\n        code\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      id\n      name\n      shortName\n      kind\n      website\n      province {\n        code\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProgrammeAdmin {\n    event {\n      id\n      ...EventEnglishTexts\n      days {\n        date\n        opensAt\n        closesAt\n      }\n    }\n    themes {\n      id\n      name\n      description\n      english {\n        name\n        description\n      }\n    }\n    agenda {\n      id\n      kind\n      title\n      description\n      english {\n        title\n        description\n      }\n      startsAt\n      endsAt\n      theme {\n        id\n        name\n        english {\n          name\n        }\n      }\n      moderators {\n        id\n        displayName\n      }\n      ...SessionTalks\n    }\n    speakers {\n      id\n      name\n      jobTitle\n      bio\n      organization {\n        id\n        name\n      }\n    }\n    organizations {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query ProgrammeAdmin {\n    event {\n      id\n      ...EventEnglishTexts\n      days {\n        date\n        opensAt\n        closesAt\n      }\n    }\n    themes {\n      id\n      name\n      description\n      english {\n        name\n        description\n      }\n    }\n    agenda {\n      id\n      kind\n      title\n      description\n      english {\n        title\n        description\n      }\n      startsAt\n      endsAt\n      theme {\n        id\n        name\n        english {\n          name\n        }\n      }\n      moderators {\n        id\n        displayName\n      }\n      ...SessionTalks\n    }\n    speakers {\n      id\n      name\n      jobTitle\n      bio\n      organization {\n        id\n        name\n      }\n    }\n    organizations {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EventEnglishTexts on Event {\n    id\n    name\n    subtitle\n    presentation\n    objectives\n    specificObjectives\n    methodology\n    audience\n    english {\n      name\n      subtitle\n      presentation\n      objectives\n      specificObjectives\n      methodology\n      audience\n    }\n  }\n',
): (typeof documents)['\n  fragment EventEnglishTexts on Event {\n    id\n    name\n    subtitle\n    presentation\n    objectives\n    specificObjectives\n    methodology\n    audience\n    english {\n      name\n      subtitle\n      presentation\n      objectives\n      specificObjectives\n      methodology\n      audience\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetEventEnglish($input: EventEnglishInput!) {\n    setEventEnglish(input: $input) {\n      ...EventEnglishTexts\n    }\n  }\n',
): (typeof documents)['\n  mutation SetEventEnglish($input: EventEnglishInput!) {\n    setEventEnglish(input: $input) {\n      ...EventEnglishTexts\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateTheme($input: ThemeInput!) {\n    createTheme(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateTheme($input: ThemeInput!) {\n    createTheme(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateTheme($id: ID!, $input: ThemeInput!) {\n    updateTheme(id: $id, input: $input) {\n      id\n      name\n      description\n      english {\n        name\n        description\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateTheme($id: ID!, $input: ThemeInput!) {\n    updateTheme(id: $id, input: $input) {\n      id\n      name\n      description\n      english {\n        name\n        description\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateAgendaSession($input: AgendaSessionInput!) {\n    createAgendaSession(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateAgendaSession($input: AgendaSessionInput!) {\n    createAgendaSession(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateAgendaSession($id: ID!, $input: AgendaSessionInput!) {\n    updateAgendaSession(id: $id, input: $input) {\n      id\n      title\n      english {\n        title\n        description\n      }\n      startsAt\n      endsAt\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateAgendaSession($id: ID!, $input: AgendaSessionInput!) {\n    updateAgendaSession(id: $id, input: $input) {\n      id\n      title\n      english {\n        title\n        description\n      }\n      startsAt\n      endsAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteAgendaSession($id: ID!) {\n    deleteAgendaSession(id: $id)\n  }\n',
): (typeof documents)['\n  mutation DeleteAgendaSession($id: ID!) {\n    deleteAgendaSession(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateSpeaker($input: SpeakerInput!) {\n    createSpeaker(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateSpeaker($input: SpeakerInput!) {\n    createSpeaker(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateSpeaker($id: ID!, $input: SpeakerInput!) {\n    updateSpeaker(id: $id, input: $input) {\n      id\n      name\n      jobTitle\n      bio\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateSpeaker($id: ID!, $input: SpeakerInput!) {\n    updateSpeaker(id: $id, input: $input) {\n      id\n      name\n      jobTitle\n      bio\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SessionTalks on AgendaSession {\n    id\n    speakers {\n      id\n      role\n      position\n      durationMinutes\n      slidesUrl\n      recordingUrl\n      speaker {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment SessionTalks on AgendaSession {\n    id\n    speakers {\n      id\n      role\n      position\n      durationMinutes\n      slidesUrl\n      recordingUrl\n      speaker {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddSessionSpeaker($sessionId: ID!, $input: SessionSpeakerInput!) {\n    addSessionSpeaker(sessionId: $sessionId, input: $input) {\n      ...SessionTalks\n    }\n  }\n',
): (typeof documents)['\n  mutation AddSessionSpeaker($sessionId: ID!, $input: SessionSpeakerInput!) {\n    addSessionSpeaker(sessionId: $sessionId, input: $input) {\n      ...SessionTalks\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateSessionSpeaker($id: ID!, $input: SessionSpeakerInput!) {\n    updateSessionSpeaker(id: $id, input: $input) {\n      ...SessionTalks\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateSessionSpeaker($id: ID!, $input: SessionSpeakerInput!) {\n    updateSessionSpeaker(id: $id, input: $input) {\n      ...SessionTalks\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveSessionSpeaker($id: ID!) {\n    removeSessionSpeaker(id: $id) {\n      ...SessionTalks\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveSessionSpeaker($id: ID!) {\n    removeSessionSpeaker(id: $id) {\n      ...SessionTalks\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModeratorCandidates {\n    users {\n      id\n      displayName\n      role\n      disabled\n    }\n  }\n',
): (typeof documents)['\n  query ModeratorCandidates {\n    users {\n      id\n      displayName\n      role\n      disabled\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetSessionModerators($sessionId: ID!, $userIds: [ID!]!) {\n    setSessionModerators(sessionId: $sessionId, userIds: $userIds) {\n      id\n      canModerateQuestions\n      moderators {\n        id\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetSessionModerators($sessionId: ID!, $userIds: [ID!]!) {\n    setSessionModerators(sessionId: $sessionId, userIds: $userIds) {\n      id\n      canModerateQuestions\n      moderators {\n        id\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Conversatorios {\n    conversatorios {\n      id\n      title\n      status\n      startsAt\n      endsAt\n      theme {\n        id\n        name\n        english {\n          name\n        }\n      }\n      provinces {\n        code\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Conversatorios {\n    conversatorios {\n      id\n      title\n      status\n      startsAt\n      endsAt\n      theme {\n        id\n        name\n        english {\n          name\n        }\n      }\n      provinces {\n        code\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Conversatorio($id: ID!) {\n    conversatorio(id: $id) {\n      id\n      title\n      purpose\n      status\n      version\n      startsAt\n      endsAt\n      theme {\n        id\n        name\n        english {\n          name\n        }\n      }\n      moderator {\n        id\n        displayName\n      }\n      provinces {\n        code\n        name\n      }\n      viewerCan {\n        moveStatus\n        contributeFor\n      }\n    }\n    competencies {\n      key\n      name\n    }\n    sdgs {\n      number\n      name\n    }\n  }\n',
): (typeof documents)['\n  query Conversatorio($id: ID!) {\n    conversatorio(id: $id) {\n      id\n      title\n      purpose\n      status\n      version\n      startsAt\n      endsAt\n      theme {\n        id\n        name\n        english {\n          name\n        }\n      }\n      moderator {\n        id\n        displayName\n      }\n      provinces {\n        code\n        name\n      }\n      viewerCan {\n        moveStatus\n        contributeFor\n      }\n    }\n    competencies {\n      key\n      name\n    }\n    sdgs {\n      number\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ConversatorioContributions($filter: ContributionFilter, $first: Int) {\n    contributions(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        id\n        type\n        body\n        hidden\n        hiddenReason\n        endorsementCount\n        endorsedByMe\n        createdAt\n        province {\n          code\n          name\n        }\n        version\n        author {\n          id\n          displayName\n        }\n        competencies {\n          key\n          name\n        }\n        sdgs {\n          number\n          name\n        }\n        actionItems {\n          id\n          title\n          status\n        }\n        viewerCan {\n          edit\n          moderate\n          proposeActionItem\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ConversatorioContributions($filter: ContributionFilter, $first: Int) {\n    contributions(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        id\n        type\n        body\n        hidden\n        hiddenReason\n        endorsementCount\n        endorsedByMe\n        createdAt\n        province {\n          code\n          name\n        }\n        version\n        author {\n          id\n          displayName\n        }\n        competencies {\n          key\n          name\n        }\n        sdgs {\n          number\n          name\n        }\n        actionItems {\n          id\n          title\n          status\n        }\n        viewerCan {\n          edit\n          moderate\n          proposeActionItem\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription ContributionChanged($conversatorioId: ID!) {\n    contributionChanged(conversatorioId: $conversatorioId) {\n      kind\n      contributionId\n    }\n  }\n',
): (typeof documents)['\n  subscription ContributionChanged($conversatorioId: ID!) {\n    contributionChanged(conversatorioId: $conversatorioId) {\n      kind\n      contributionId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateContribution($input: CreateContributionInput!) {\n    createContribution(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateContribution($input: CreateContributionInput!) {\n    createContribution(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EndorseContribution($id: ID!, $endorsed: Boolean!) {\n    endorseContribution(id: $id, endorsed: $endorsed) {\n      id\n      endorsementCount\n      endorsedByMe\n    }\n  }\n',
): (typeof documents)['\n  mutation EndorseContribution($id: ID!, $endorsed: Boolean!) {\n    endorseContribution(id: $id, endorsed: $endorsed) {\n      id\n      endorsementCount\n      endorsedByMe\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation HideContribution($id: ID!, $reason: String!) {\n    hideContribution(id: $id, reason: $reason) {\n      id\n      hidden\n      hiddenReason\n    }\n  }\n',
): (typeof documents)['\n  mutation HideContribution($id: ID!, $reason: String!) {\n    hideContribution(id: $id, reason: $reason) {\n      id\n      hidden\n      hiddenReason\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RestoreContribution($id: ID!) {\n    restoreContribution(id: $id) {\n      id\n      hidden\n      hiddenReason\n    }\n  }\n',
): (typeof documents)['\n  mutation RestoreContribution($id: ID!) {\n    restoreContribution(id: $id) {\n      id\n      hidden\n      hiddenReason\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MoveConversatorio($id: ID!, $input: MoveConversatorioInput!) {\n    moveConversatorio(id: $id, input: $input) {\n      id\n      status\n      version\n      closedAt\n      viewerCan {\n        moveStatus\n        contributeFor\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation MoveConversatorio($id: ID!, $input: MoveConversatorioInput!) {\n    moveConversatorio(id: $id, input: $input) {\n      id\n      status\n      version\n      closedAt\n      viewerCan {\n        moveStatus\n        contributeFor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateContribution($id: ID!, $input: UpdateContributionInput!) {\n    updateContribution(id: $id, input: $input) {\n      id\n      type\n      body\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateContribution($id: ID!, $input: UpdateContributionInput!) {\n    updateContribution(id: $id, input: $input) {\n      id\n      type\n      body\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DocumentsList {\n    documents {\n      id\n      kind\n      title\n      myAccess\n      contentUpdatedAt\n      conversatorio {\n        id\n        title\n      }\n      theme {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DocumentsList {\n    documents {\n      id\n      kind\n      title\n      myAccess\n      contentUpdatedAt\n      conversatorio {\n        id\n        title\n      }\n      theme {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DocumentDetail($id: ID!) {\n    document(id: $id) {\n      id\n      kind\n      title\n      myAccess\n      contentUpdatedAt\n      conversatorio {\n        id\n        title\n        theme {\n          id\n          name\n        }\n      }\n      theme {\n        id\n        name\n      }\n      ponencia {\n        sessionId\n        sessionTitle\n        theme {\n          id\n          key\n          name\n        }\n        talk {\n          id\n          role\n          durationMinutes\n          slidesUrl\n          recordingUrl\n          speaker {\n            id\n            name\n            jobTitle\n            bio\n            organization {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DocumentDetail($id: ID!) {\n    document(id: $id) {\n      id\n      kind\n      title\n      myAccess\n      contentUpdatedAt\n      conversatorio {\n        id\n        title\n        theme {\n          id\n          name\n        }\n      }\n      theme {\n        id\n        name\n      }\n      ponencia {\n        sessionId\n        sessionTitle\n        theme {\n          id\n          key\n          name\n        }\n        talk {\n          id\n          role\n          durationMinutes\n          slidesUrl\n          recordingUrl\n          speaker {\n            id\n            name\n            jobTitle\n            bio\n            organization {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PonenciaDocument($sessionSpeakerId: ID!) {\n    ponenciaDocument(sessionSpeakerId: $sessionSpeakerId) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  query PonenciaDocument($sessionSpeakerId: ID!) {\n    ponenciaDocument(sessionSpeakerId: $sessionSpeakerId) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ConversatorioDocument($conversatorioId: ID!) {\n    conversatorioDocument(conversatorioId: $conversatorioId) {\n      id\n      title\n      myAccess\n    }\n  }\n',
): (typeof documents)['\n  query ConversatorioDocument($conversatorioId: ID!) {\n    conversatorioDocument(conversatorioId: $conversatorioId) {\n      id\n      title\n      myAccess\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CollaborationTicket($documentId: ID!) {\n    collaborationTicket(documentId: $documentId) {\n      token\n      documentName\n      path\n      access\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  mutation CollaborationTicket($documentId: ID!) {\n    collaborationTicket(documentId: $documentId) {\n      token\n      documentName\n      path\n      access\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DocumentSnapshots($documentId: ID!) {\n    documentSnapshots(documentId: $documentId) {\n      id\n      name\n      createdAt\n      html\n      createdBy {\n        id\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DocumentSnapshots($documentId: ID!) {\n    documentSnapshots(documentId: $documentId) {\n      id\n      name\n      createdAt\n      html\n      createdBy {\n        id\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateDocumentSnapshot($documentId: ID!, $name: String!) {\n    createDocumentSnapshot(documentId: $documentId, name: $name) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateDocumentSnapshot($documentId: ID!, $name: String!) {\n    createDocumentSnapshot(documentId: $documentId, name: $name) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RestoreDocumentSnapshot($id: ID!) {\n    restoreDocumentSnapshot(id: $id) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RestoreDocumentSnapshot($id: ID!) {\n    restoreDocumentSnapshot(id: $id) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CommentThreads($documentId: ID!) {\n    commentThreads(documentId: $documentId) {\n      id\n      anchorStart\n      anchorEnd\n      quote\n      status\n      createdAt\n      resolvedAt\n      createdBy {\n        id\n        displayName\n      }\n      resolvedBy {\n        id\n        displayName\n      }\n      comments {\n        id\n        body\n        createdAt\n        author {\n          id\n          displayName\n        }\n        mentions {\n          id\n          displayName\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CommentThreads($documentId: ID!) {\n    commentThreads(documentId: $documentId) {\n      id\n      anchorStart\n      anchorEnd\n      quote\n      status\n      createdAt\n      resolvedAt\n      createdBy {\n        id\n        displayName\n      }\n      resolvedBy {\n        id\n        displayName\n      }\n      comments {\n        id\n        body\n        createdAt\n        author {\n          id\n          displayName\n        }\n        mentions {\n          id\n          displayName\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription CommentThreadChanged($documentId: ID!) {\n    commentThreadChanged(documentId: $documentId) {\n      threadId\n    }\n  }\n',
): (typeof documents)['\n  subscription CommentThreadChanged($documentId: ID!) {\n    commentThreadChanged(documentId: $documentId) {\n      threadId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OpenCommentThread($input: OpenCommentThreadInput!) {\n    openCommentThread(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation OpenCommentThread($input: OpenCommentThreadInput!) {\n    openCommentThread(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReplyToCommentThread($id: ID!, $input: CommentBodyInput!) {\n    replyToCommentThread(id: $id, input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation ReplyToCommentThread($id: ID!, $input: CommentBodyInput!) {\n    replyToCommentThread(id: $id, input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResolveCommentThread($id: ID!) {\n    resolveCommentThread(id: $id) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation ResolveCommentThread($id: ID!) {\n    resolveCommentThread(id: $id) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReopenCommentThread($id: ID!) {\n    reopenCommentThread(id: $id) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation ReopenCommentThread($id: ID!) {\n    reopenCommentThread(id: $id) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MentionablePeople($search: String!) {\n    mentionablePeople(search: $search) {\n      id\n      displayName\n    }\n  }\n',
): (typeof documents)['\n  query MentionablePeople($search: String!) {\n    mentionablePeople(search: $search) {\n      id\n      displayName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MentionableProvinces {\n    provinces {\n      code\n      name\n    }\n  }\n',
): (typeof documents)['\n  query MentionableProvinces {\n    provinces {\n      code\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ActionItemBlock($id: ID!) {\n    actionItem(id: $id) {\n      id\n      title\n      status\n      statusReason\n      progress\n      version\n      leadProvince {\n        code\n        name\n      }\n      viewerCan {\n        manage\n      }\n      commitments {\n        id\n        status\n        kind\n        organization {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ActionItemBlock($id: ID!) {\n    actionItem(id: $id) {\n      id\n      title\n      status\n      statusReason\n      progress\n      version\n      leadProvince {\n        code\n        name\n      }\n      viewerCan {\n        manage\n      }\n      commitments {\n        id\n        status\n        kind\n        organization {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription ActionItemBlockChanged($ids: [ID!]!) {\n    actionItemChanged(ids: $ids) {\n      actionItemId\n    }\n  }\n',
): (typeof documents)['\n  subscription ActionItemBlockChanged($ids: [ID!]!) {\n    actionItemChanged(ids: $ids) {\n      actionItemId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateActionItemStatus($id: ID!, $input: UpdateActionItemInput!) {\n    updateActionItem(id: $id, input: $input) {\n      id\n      status\n      statusReason\n      progress\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateActionItemStatus($id: ID!, $input: UpdateActionItemInput!) {\n    updateActionItem(id: $id, input: $input) {\n      id\n      status\n      statusReason\n      progress\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProposeFromPassage($input: ProposeActionItemInput!) {\n    proposeActionItem(input: $input) {\n      id\n      title\n    }\n  }\n',
): (typeof documents)['\n  mutation ProposeFromPassage($input: ProposeActionItemInput!) {\n    proposeActionItem(input: $input) {\n      id\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PickActionItem($text: String) {\n    actionItems(filter: { text: $text }, first: 20, sort: UPDATED) {\n      nodes {\n        id\n        title\n        status\n        leadProvince {\n          code\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PickActionItem($text: String) {\n    actionItems(filter: { text: $text }, first: 20, sort: UPDATED) {\n      nodes {\n        id\n        title\n        status\n        leadProvince {\n          code\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SearchEverything($text: String!) {\n    search(text: $text, first: 30) {\n      kind\n      id\n      title\n      snippet\n      href\n    }\n  }\n',
): (typeof documents)['\n  query SearchEverything($text: String!) {\n    search(text: $text, first: 30) {\n      kind\n      id\n      title\n      snippet\n      href\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ConversatorioProvinces($id: ID!) {\n    conversatorio(id: $id) {\n      id\n      provinces {\n        code\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ConversatorioProvinces($id: ID!) {\n    conversatorio(id: $id) {\n      id\n      provinces {\n        code\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n',
): (typeof documents)['\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n',
): (typeof documents)['\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription NotificationReceived {\n    notificationReceived {\n      id\n      kind\n      title\n      body\n      link\n      createdAt\n      readAt\n    }\n  }\n',
): (typeof documents)['\n  subscription NotificationReceived {\n    notificationReceived {\n      id\n      kind\n      title\n      body\n      link\n      createdAt\n      readAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n    unreadNotificationCount\n  }\n',
): (typeof documents)['\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n    unreadNotificationCount\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n',
): (typeof documents)['\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PasswordLinkInfo($token: String!) {\n    passwordLink(token: $token) {\n      kind\n      email\n      displayName\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  query PasswordLinkInfo($token: String!) {\n    passwordLink(token: $token) {\n      kind\n      email\n      displayName\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetPasswordWithLink($input: SetPasswordInput!) {\n    setPasswordWithLink(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetPasswordWithLink($input: SetPasswordInput!) {\n    setPasswordWithLink(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: '\n  mutation Logout {\n    logout\n  }\n'): (typeof documents)['\n  mutation Logout {\n    logout\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n',
): (typeof documents)['\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MemoriaPage {\n    memoriaVersions {\n      id\n      number\n      scopeLabel\n      language\n      publishedAt\n      downloads {\n        pdf\n        docx\n        html\n        markdown\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MemoriaPage {\n    memoriaVersions {\n      id\n      number\n      scopeLabel\n      language\n      publishedAt\n      downloads {\n        pdf\n        docx\n        html\n        markdown\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MemoriaJobs {\n    memoriaJobs {\n      id\n      scopeLabel\n      language\n      status\n      progress\n      error\n      createdAt\n      readyFormats\n      downloads {\n        pdf\n        docx\n        html\n        markdown\n      }\n    }\n    themes {\n      id\n      name\n      english {\n        name\n      }\n    }\n    provinces {\n      code\n      name\n    }\n  }\n',
): (typeof documents)['\n  query MemoriaJobs {\n    memoriaJobs {\n      id\n      scopeLabel\n      language\n      status\n      progress\n      error\n      createdAt\n      readyFormats\n      downloads {\n        pdf\n        docx\n        html\n        markdown\n      }\n    }\n    themes {\n      id\n      name\n      english {\n        name\n      }\n    }\n    provinces {\n      code\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MemoriaJobProgress($id: ID!) {\n    memoriaJob(id: $id) {\n      id\n      scopeLabel\n      language\n      status\n      progress\n      error\n      createdAt\n      readyFormats\n      downloads {\n        pdf\n        docx\n        html\n        markdown\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MemoriaJobProgress($id: ID!) {\n    memoriaJob(id: $id) {\n      id\n      scopeLabel\n      language\n      status\n      progress\n      error\n      createdAt\n      readyFormats\n      downloads {\n        pdf\n        docx\n        html\n        markdown\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GenerateMemoria($scope: MemoriaScopeKind, $themeId: ID, $provinceCode: String, $language: String) {\n    generateMemoria(scope: $scope, themeId: $themeId, provinceCode: $provinceCode, language: $language) {\n      id\n      status\n      progress\n    }\n  }\n',
): (typeof documents)['\n  mutation GenerateMemoria($scope: MemoriaScopeKind, $themeId: ID, $provinceCode: String, $language: String) {\n    generateMemoria(scope: $scope, themeId: $themeId, provinceCode: $provinceCode, language: $language) {\n      id\n      status\n      progress\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PublishMemoria($jobId: ID!) {\n    publishMemoria(jobId: $jobId) {\n      id\n      number\n    }\n  }\n',
): (typeof documents)['\n  mutation PublishMemoria($jobId: ID!) {\n    publishMemoria(jobId: $jobId) {\n      id\n      number\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Agenda {\n    event {\n      id\n      days {\n        date\n        opensAt\n        closesAt\n      }\n    }\n    themes {\n      id\n      key\n      name\n      english {\n        name\n      }\n      position\n    }\n    agenda {\n      id\n      kind\n      title\n      description\n      english {\n        title\n        description\n      }\n      startsAt\n      endsAt\n      durationMinutes\n      canModerateQuestions\n      theme {\n        id\n        key\n      }\n      speakers {\n        id\n        role\n        durationMinutes\n        slidesUrl\n        recordingUrl\n        ponenciaWritten\n        speaker {\n          id\n          name\n          jobTitle\n          bio\n          organization {\n            id\n            shortName\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Agenda {\n    event {\n      id\n      days {\n        date\n        opensAt\n        closesAt\n      }\n    }\n    themes {\n      id\n      key\n      name\n      english {\n        name\n      }\n      position\n    }\n    agenda {\n      id\n      kind\n      title\n      description\n      english {\n        title\n        description\n      }\n      startsAt\n      endsAt\n      durationMinutes\n      canModerateQuestions\n      theme {\n        id\n        key\n      }\n      speakers {\n        id\n        role\n        durationMinutes\n        slidesUrl\n        recordingUrl\n        ponenciaWritten\n        speaker {\n          id\n          name\n          jobTitle\n          bio\n          organization {\n            id\n            shortName\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EventOverview {\n    event {\n      id\n      name\n      subtitle\n      startsOn\n      endsOn\n      modality\n      platform\n      openingAt\n      presentation\n      objectives\n      english {\n        name\n        subtitle\n        presentation\n        objectives\n      }\n      days {\n        date\n        opensAt\n        closesAt\n      }\n      organizations {\n        role\n        organization {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    themes {\n      id\n      key\n      name\n      description\n      english {\n        name\n        description\n      }\n      position\n      sessions {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  query EventOverview {\n    event {\n      id\n      name\n      subtitle\n      startsOn\n      endsOn\n      modality\n      platform\n      openingAt\n      presentation\n      objectives\n      english {\n        name\n        subtitle\n        presentation\n        objectives\n      }\n      days {\n        date\n        opensAt\n        closesAt\n      }\n      organizations {\n        role\n        organization {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    themes {\n      id\n      key\n      name\n      description\n      english {\n        name\n        description\n      }\n      position\n      sessions {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Provinces {\n    provinces {\n      code\n      name\n      capital\n      region\n      hasPrefectura\n    }\n  }\n',
): (typeof documents)['\n  query Provinces {\n    provinces {\n      code\n      name\n      capital\n      region\n      hasPrefectura\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SessionQuestions($sessionId: ID!) {\n    sessionQuestions(sessionId: $sessionId) {\n      id\n      body\n      status\n      votes\n      votedByMe\n      mine\n      author {\n        id\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SessionQuestions($sessionId: ID!) {\n    sessionQuestions(sessionId: $sessionId) {\n      id\n      body\n      status\n      votes\n      votedByMe\n      mine\n      author {\n        id\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription SessionQuestionChanged($sessionId: ID!) {\n    sessionQuestionChanged(sessionId: $sessionId) {\n      questionId\n    }\n  }\n',
): (typeof documents)['\n  subscription SessionQuestionChanged($sessionId: ID!) {\n    sessionQuestionChanged(sessionId: $sessionId) {\n      questionId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AskQuestion($sessionId: ID!, $body: String!) {\n    askQuestion(sessionId: $sessionId, body: $body) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation AskQuestion($sessionId: ID!, $body: String!) {\n    askQuestion(sessionId: $sessionId, body: $body) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation VoteQuestion($id: ID!, $voted: Boolean!) {\n    voteQuestion(id: $id, voted: $voted) {\n      id\n      votes\n      votedByMe\n    }\n  }\n',
): (typeof documents)['\n  mutation VoteQuestion($id: ID!, $voted: Boolean!) {\n    voteQuestion(id: $id, voted: $voted) {\n      id\n      votes\n      votedByMe\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ModerateQuestion($id: ID!, $status: QuestionStatus!) {\n    moderateQuestion(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation ModerateQuestion($id: ID!, $status: QuestionStatus!) {\n    moderateQuestion(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ActionItemList($filter: ActionItemFilter, $sort: ActionItemSort, $first: Int, $after: String) {\n    actionItems(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        status\n        priority\n        progress\n        dueDate\n        theme {\n          id\n          name\n          english {\n            name\n          }\n        }\n        leadProvince {\n          code\n          name\n        }\n        coProvinces {\n          code\n          name\n        }\n        responsibleOrganization {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ActionItemList($filter: ActionItemFilter, $sort: ActionItemSort, $first: Int, $after: String) {\n    actionItems(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        status\n        priority\n        progress\n        dueDate\n        theme {\n          id\n          name\n          english {\n            name\n          }\n        }\n        leadProvince {\n          code\n          name\n        }\n        coProvinces {\n          code\n          name\n        }\n        responsibleOrganization {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RoadmapReference {\n    themes {\n      id\n      name\n      english {\n        name\n      }\n    }\n    provinces {\n      code\n      name\n    }\n    competencies {\n      key\n      name\n    }\n    sdgs {\n      number\n      name\n    }\n    cooperationModalities {\n      key\n      name\n    }\n    organizations {\n      id\n      name\n      shortName\n      kind\n    }\n  }\n',
): (typeof documents)['\n  query RoadmapReference {\n    themes {\n      id\n      name\n      english {\n        name\n      }\n    }\n    provinces {\n      code\n      name\n    }\n    competencies {\n      key\n      name\n    }\n    sdgs {\n      number\n      name\n    }\n    cooperationModalities {\n      key\n      name\n    }\n    organizations {\n      id\n      name\n      shortName\n      kind\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SavedViews {\n    savedViews {\n      id\n      name\n      query\n    }\n  }\n',
): (typeof documents)['\n  query SavedViews {\n    savedViews {\n      id\n      name\n      query\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveView($name: String!, $query: String!) {\n    saveView(name: $name, query: $query) {\n      id\n      name\n      query\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveView($name: String!, $query: String!) {\n    saveView(name: $name, query: $query) {\n      id\n      name\n      query\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteView($id: ID!) {\n    deleteView(id: $id)\n  }\n',
): (typeof documents)['\n  mutation DeleteView($id: ID!) {\n    deleteView(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ActionItemDetail($id: ID!) {\n    actionItem(id: $id) {\n      id\n      title\n      description\n      status\n      statusReason\n      priority\n      progress\n      startDate\n      dueDate\n      budgetUsd\n      version\n      createdAt\n      updatedAt\n      viewerCan {\n        edit\n        manage\n        requestCommitment\n        offerCommitment\n      }\n      theme {\n        id\n        name\n        english {\n          name\n        }\n      }\n      competency {\n        key\n        name\n      }\n      leadProvince {\n        code\n        name\n      }\n      coProvinces {\n        code\n        name\n      }\n      responsibleOrganization {\n        id\n        name\n        shortName\n      }\n      focalPoint {\n        id\n        displayName\n      }\n      proposedBy {\n        id\n        displayName\n      }\n      sdgs {\n        number\n        name\n      }\n      indicators {\n        name\n        unit\n        baseline\n        target\n        current\n      }\n      mergedInto {\n        id\n        title\n        status\n      }\n      absorbed {\n        id\n        title\n        status\n      }\n      sources {\n        id\n        type\n        body\n        province {\n          code\n          name\n        }\n        conversatorio {\n          id\n          title\n        }\n      }\n      support {\n        kind\n        status\n        count\n      }\n      commitments {\n        id\n        kind\n        direction\n        status\n        description\n        amount\n        currency\n        reviewComment\n        reviewedAt\n        version\n        viewerCan {\n          review\n          withdraw\n          fulfill\n        }\n        createdAt\n        organization {\n          id\n          name\n          shortName\n        }\n        modality {\n          key\n          name\n        }\n        reviewedBy {\n          id\n          displayName\n        }\n        createdBy {\n          id\n          displayName\n        }\n      }\n      history {\n        id\n        entityId\n        action\n        at\n        actor {\n          id\n          displayName\n        }\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ActionItemDetail($id: ID!) {\n    actionItem(id: $id) {\n      id\n      title\n      description\n      status\n      statusReason\n      priority\n      progress\n      startDate\n      dueDate\n      budgetUsd\n      version\n      createdAt\n      updatedAt\n      viewerCan {\n        edit\n        manage\n        requestCommitment\n        offerCommitment\n      }\n      theme {\n        id\n        name\n        english {\n          name\n        }\n      }\n      competency {\n        key\n        name\n      }\n      leadProvince {\n        code\n        name\n      }\n      coProvinces {\n        code\n        name\n      }\n      responsibleOrganization {\n        id\n        name\n        shortName\n      }\n      focalPoint {\n        id\n        displayName\n      }\n      proposedBy {\n        id\n        displayName\n      }\n      sdgs {\n        number\n        name\n      }\n      indicators {\n        name\n        unit\n        baseline\n        target\n        current\n      }\n      mergedInto {\n        id\n        title\n        status\n      }\n      absorbed {\n        id\n        title\n        status\n      }\n      sources {\n        id\n        type\n        body\n        province {\n          code\n          name\n        }\n        conversatorio {\n          id\n          title\n        }\n      }\n      support {\n        kind\n        status\n        count\n      }\n      commitments {\n        id\n        kind\n        direction\n        status\n        description\n        amount\n        currency\n        reviewComment\n        reviewedAt\n        version\n        viewerCan {\n          review\n          withdraw\n          fulfill\n        }\n        createdAt\n        organization {\n          id\n          name\n          shortName\n        }\n        modality {\n          key\n          name\n        }\n        reviewedBy {\n          id\n          displayName\n        }\n        createdBy {\n          id\n          displayName\n        }\n      }\n      history {\n        id\n        entityId\n        action\n        at\n        actor {\n          id\n          displayName\n        }\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription ActionItemChanged($ids: [ID!]!) {\n    actionItemChanged(ids: $ids) {\n      actionItemId\n    }\n  }\n',
): (typeof documents)['\n  subscription ActionItemChanged($ids: [ID!]!) {\n    actionItemChanged(ids: $ids) {\n      actionItemId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProposeActionItem($input: ProposeActionItemInput!) {\n    proposeActionItem(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation ProposeActionItem($input: ProposeActionItemInput!) {\n    proposeActionItem(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateActionItem($id: ID!, $input: UpdateActionItemInput!) {\n    updateActionItem(id: $id, input: $input) {\n      id\n      status\n      statusReason\n      progress\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateActionItem($id: ID!, $input: UpdateActionItemInput!) {\n    updateActionItem(id: $id, input: $input) {\n      id\n      status\n      statusReason\n      progress\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MergeActionItems($targetId: ID!, $targetVersion: Int!, $absorbedId: ID!, $absorbedVersion: Int!) {\n    mergeActionItems(targetId: $targetId, targetVersion: $targetVersion, absorbedId: $absorbedId, absorbedVersion: $absorbedVersion) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation MergeActionItems($targetId: ID!, $targetVersion: Int!, $absorbedId: ID!, $absorbedVersion: Int!) {\n    mergeActionItems(targetId: $targetId, targetVersion: $targetVersion, absorbedId: $absorbedId, absorbedVersion: $absorbedVersion) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UnlinkContribution($id: ID!, $contributionId: ID!) {\n    unlinkContribution(id: $id, contributionId: $contributionId) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation UnlinkContribution($id: ID!, $contributionId: ID!) {\n    unlinkContribution(id: $id, contributionId: $contributionId) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LinkContributions($id: ID!, $contributionIds: [ID!]!) {\n    linkContributions(id: $id, contributionIds: $contributionIds) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation LinkContributions($id: ID!, $contributionIds: [ID!]!) {\n    linkContributions(id: $id, contributionIds: $contributionIds) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SourceContributions($ids: [ID!]!) {\n    sourceContributions: contributionsByIds(ids: $ids) {\n      id\n      body\n      province {\n        code\n        name\n      }\n      conversatorio {\n        id\n        title\n        theme {\n          id\n          name\n        }\n      }\n      competencies {\n        key\n      }\n      sdgs {\n        number\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SourceContributions($ids: [ID!]!) {\n    sourceContributions: contributionsByIds(ids: $ids) {\n      id\n      body\n      province {\n        code\n        name\n      }\n      conversatorio {\n        id\n        title\n        theme {\n          id\n          name\n        }\n      }\n      competencies {\n        key\n      }\n      sdgs {\n        number\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestCommitment($input: CommitmentInput!) {\n    requestCommitment(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RequestCommitment($input: CommitmentInput!) {\n    requestCommitment(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OfferCommitment($input: CommitmentInput!) {\n    offerCommitment(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation OfferCommitment($input: CommitmentInput!) {\n    offerCommitment(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewCommitment($id: ID!, $expectedVersion: Int!, $decision: ReviewDecision!, $comment: String) {\n    reviewCommitment(id: $id, expectedVersion: $expectedVersion, decision: $decision, comment: $comment) {\n      id\n      status\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ReviewCommitment($id: ID!, $expectedVersion: Int!, $decision: ReviewDecision!, $comment: String) {\n    reviewCommitment(id: $id, expectedVersion: $expectedVersion, decision: $decision, comment: $comment) {\n      id\n      status\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FulfillCommitment($id: ID!, $expectedVersion: Int!) {\n    fulfillCommitment(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation FulfillCommitment($id: ID!, $expectedVersion: Int!) {\n    fulfillCommitment(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WithdrawCommitment($id: ID!, $expectedVersion: Int!) {\n    withdrawCommitment(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation WithdrawCommitment($id: ID!, $expectedVersion: Int!) {\n    withdrawCommitment(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CommitmentList($filter: CommitmentFilter, $first: Int) {\n    commitments(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        id\n        kind\n        direction\n        status\n        description\n        amount\n        currency\n        reviewComment\n        version\n        viewerCan {\n          review\n          withdraw\n          fulfill\n        }\n        createdAt\n        organization {\n          id\n          name\n          shortName\n        }\n        actionItem {\n          id\n          title\n          status\n        }\n        createdBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CommitmentList($filter: CommitmentFilter, $first: Int) {\n    commitments(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        id\n        kind\n        direction\n        status\n        description\n        amount\n        currency\n        reviewComment\n        version\n        viewerCan {\n          review\n          withdraw\n          fulfill\n        }\n        createdAt\n        organization {\n          id\n          name\n          shortName\n        }\n        actionItem {\n          id\n          title\n          status\n        }\n        createdBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Consolidation($filter: ContributionFilter, $first: Int) {\n    consolidationSummary {\n      themeId\n      themeName\n      provinceCode\n      provinceName\n      count\n    }\n    themes {\n      id\n      english {\n        name\n      }\n    }\n    consolidationQueue(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        id\n        type\n        body\n        createdAt\n        province {\n          code\n          name\n        }\n        conversatorio {\n          id\n          title\n          theme {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Consolidation($filter: ContributionFilter, $first: Int) {\n    consolidationSummary {\n      themeId\n      themeName\n      provinceCode\n      provinceName\n      count\n    }\n    themes {\n      id\n      english {\n        name\n      }\n    }\n    consolidationQueue(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        id\n        type\n        body\n        createdAt\n        province {\n          code\n          name\n        }\n        conversatorio {\n          id\n          title\n          theme {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ConsolidationSuggestions($contributionId: ID, $text: String) {\n    consolidationSuggestions(contributionId: $contributionId, text: $text) {\n      contributions {\n        similarity\n        contribution {\n          id\n          body\n          province {\n            code\n            name\n          }\n          actionItems {\n            id\n            title\n          }\n        }\n      }\n      actionItems {\n        similarity\n        actionItem {\n          id\n          title\n          status\n          version\n          leadProvince {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ConsolidationSuggestions($contributionId: ID, $text: String) {\n    consolidationSuggestions(contributionId: $contributionId, text: $text) {\n      contributions {\n        similarity\n        contribution {\n          id\n          body\n          province {\n            code\n            name\n          }\n          actionItems {\n            id\n            title\n          }\n        }\n      }\n      actionItems {\n        similarity\n        actionItem {\n          id\n          title\n          status\n          version\n          leadProvince {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RoadmapDashboard($filter: ActionItemFilter) {\n    roadmapDashboard(filter: $filter) {\n      totalItems\n      averageProgress\n      byProvince {\n        provinceCode\n        provinceName\n        items\n        averageProgress\n      }\n      byTheme {\n        themeId\n        themeName\n        items\n        averageProgress\n      }\n      byStatus {\n        status\n        items\n      }\n      byPartner {\n        organizationId\n        organizationName\n        shortName\n        commitments\n        items\n        byStatus {\n          status\n          count\n        }\n      }\n      bySupport {\n        kind\n        status\n        count\n      }\n    }\n    themes {\n      id\n      english {\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RoadmapDashboard($filter: ActionItemFilter) {\n    roadmapDashboard(filter: $filter) {\n      totalItems\n      averageProgress\n      byProvince {\n        provinceCode\n        provinceName\n        items\n        averageProgress\n      }\n      byTheme {\n        themeId\n        themeName\n        items\n        averageProgress\n      }\n      byStatus {\n        status\n        items\n      }\n      byPartner {\n        organizationId\n        organizationName\n        shortName\n        commitments\n        items\n        byStatus {\n          status\n          count\n        }\n      }\n      bySupport {\n        kind\n        status\n        count\n      }\n    }\n    themes {\n      id\n      english {\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ImportActionItems($csv: String!, $dryRun: Boolean!) {\n    importActionItems(csv: $csv, dryRun: $dryRun) {\n      dryRun\n      totalRows\n      imported\n      importedIds\n      rejected {\n        line\n        title\n        errors {\n          field\n          message\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ImportActionItems($csv: String!, $dryRun: Boolean!) {\n    importActionItems(csv: $csv, dryRun: $dryRun) {\n      dryRun\n      totalRows\n      imported\n      importedIds\n      rejected {\n        line\n        title\n        errors {\n          field\n          message\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FocalPoints {\n    users {\n      id\n      displayName\n      role\n      disabled\n    }\n  }\n',
): (typeof documents)['\n  query FocalPoints {\n    users {\n      id\n      displayName\n      role\n      disabled\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
