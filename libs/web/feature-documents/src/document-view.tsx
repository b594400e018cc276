import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Grid, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconListCheck, IconMessagePlus, IconSquarePlus } from '@tabler/icons-react';
import { useAbilities, type DocumentDetailQuery, type SessionUser } from '@ruta/web-data-access';
import { CONTENT_LANG, ExternalLink, QueryState } from '@ruta/web-ui';
import { useEditorState, type Editor } from '@tiptap/react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { InsertActionItemDialog, ProposeFromPassageDialog } from './action-item-dialogs.js';
import { CommentsPanel, NewThreadDialog } from './comments-panel.js';
import { CollaborativeEditor } from './editor/collaborative-editor.js';
import { selectionAnchor } from './editor/comment-anchors.js';
import { useCollaboration } from './editor/use-collaboration.js';
import { ConversatorioProvincesQuery, DocumentQuery, MentionableProvincesQuery } from './operations.js';
import { VersionsPanel } from './versions-panel.js';

type Detail = NonNullable<DocumentDetailQuery['document']>;

/** A document page: the collaborative editor, with comments and versions beside it. */
export function DocumentView({ id, user }: { id: string; user: SessionUser }) {
  const { data, loading, error, refetch } = useQuery(DocumentQuery, { variables: { id } });
  const document = data?.document;
  return (
    <QueryState loading={loading && !data} error={error} onRetry={() => void refetch()}>
      {document && <DocumentWorkspace key={document.id} document={document} user={user} />}
    </QueryState>
  );
}

function DocumentWorkspace({ document, user }: { document: Detail; user: SessionUser }) {
  const { t } = useTranslation();
  const collaboration = useCollaboration(document.id, document.myAccess);
  const [editor, setEditor] = useState<Editor | null>(null);
  const onEditor = useCallback((next: Editor | null) => setEditor(next), []);
  const [inserting, setInserting] = useState(false);
  const [passage, setPassage] = useState<{ text: string; to: number } | null>(null);
  const [anchor, setAnchor] = useState<ReturnType<typeof selectionAnchor>>(null);
  // An outcome document's items are for the provinces taking part; a roadmap document's, for any.
  const participating = useQuery(ConversatorioProvincesQuery, {
    variables: { id: document.conversatorio?.id ?? '' },
    skip: !document.conversatorio,
  });
  const everyProvince = useQuery(MentionableProvincesQuery, { skip: Boolean(document.conversatorio) });
  const access = collaboration?.access ?? document.myAccess;
  const { proposeActionItems: canPropose, proposalProvinceCode } = useAbilities();
  const themeId = document.conversatorio?.theme.id ?? document.theme?.id ?? document.ponencia?.theme?.id ?? null;
  // One who proposes for one province only (a technician) proposes for their own.
  const proposalProvinces =
    proposalProvinceCode && user.province
      ? [user.province]
      : (participating.data?.conversatorio.provinces ?? everyProvince.data?.provinces ?? []);

  const tools = (current: Editor) => (
    <SelectionTools
      editor={current}
      canEdit={access === 'EDIT'}
      canComment={access !== 'READ'}
      canPropose={canPropose && access === 'EDIT' && themeId !== null}
      onInsert={() => setInserting(true)}
      onPropose={() => {
        const { from, to } = current.state.selection;
        setPassage({ text: current.state.doc.textBetween(from, to, '\n').trim(), to });
      }}
      onComment={() => setAnchor(selectionAnchor(current))}
    />
  );

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Anchor component={Link} to="/documentos" size="sm">
          ← {t('documents.all')}
        </Anchor>
        <Group gap="sm">
          <Badge variant="light" color="gray" c="dark" tt="none">
            {t(`documents.kind.${document.kind}`)}
          </Badge>
          {document.conversatorio && (
            <Anchor component={Link} to={`/conversatorios/${document.conversatorio.id}`} size="sm" underline="always" lang={CONTENT_LANG}>
              {document.conversatorio.title}
            </Anchor>
          )}
        </Group>
        <Title order={2} lang={CONTENT_LANG}>
          {document.title}
        </Title>
        {document.ponencia && <TalkFacts ponencia={document.ponencia} />}
        <Text size="sm" c="dimmed">
          {t(`documents.accessHelp.${access}`)}
        </Text>
      </Stack>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          {collaboration ? (
            <CollaborativeEditor
              collaboration={collaboration}
              user={user}
              label={document.title}
              toolbarExtra={tools}
              onEditor={onEditor}
            />
          ) : (
            <Alert color="gray">{t('app.loading')}</Alert>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Tabs defaultValue="comments">
            <Tabs.List>
              <Tabs.Tab value="comments">{t('documents.commentsTab')}</Tabs.Tab>
              <Tabs.Tab value="versions">{t('documents.versions')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="comments" pt="sm">
              <CommentsPanel
                documentId={document.id}
                editor={editor}
                user={user}
                canComment={access !== 'READ'}
                canModerate={access === 'EDIT'}
              />
            </Tabs.Panel>
            <Tabs.Panel value="versions" pt="sm">
              <VersionsPanel documentId={document.id} canEdit={access === 'EDIT'} />
            </Tabs.Panel>
          </Tabs>
        </Grid.Col>
      </Grid>
      {editor && (
        <>
          <InsertActionItemDialog editor={editor} opened={inserting} onClose={() => setInserting(false)} />
          <ProposeFromPassageDialog
            editor={editor}
            opened={passage !== null}
            passage={passage}
            onClose={() => setPassage(null)}
            themeId={themeId}
            provinces={proposalProvinces}
          />
        </>
      )}
      <NewThreadDialog documentId={document.id} anchor={anchor} onClose={() => setAnchor(null)} />
    </Stack>
  );
}

/** Tools that act on the document rather than its formatting: action items and comments. */
function SelectionTools({
  editor,
  canEdit,
  canComment,
  canPropose,
  onInsert,
  onPropose,
  onComment,
}: {
  editor: Editor;
  canEdit: boolean;
  canComment: boolean;
  canPropose: boolean;
  onInsert: () => void;
  onPropose: () => void;
  onComment: () => void;
}) {
  const { t } = useTranslation();
  const hasSelection = useEditorState({ editor, selector: ({ editor: current }) => !current.state.selection.empty });
  return (
    <Group gap={4} wrap="wrap">
      {canEdit && (
        <Button size="compact-sm" variant="light" leftSection={<IconSquarePlus size={16} aria-hidden />} onClick={onInsert}>
          {t('documents.insertActionItem')}
        </Button>
      )}
      {canPropose && (
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconListCheck size={16} aria-hidden />}
          disabled={!hasSelection}
          onClick={onPropose}
        >
          {t('documents.proposeFromPassage')}
        </Button>
      )}
      {canComment && (
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconMessagePlus size={16} aria-hidden />}
          disabled={!hasSelection}
          onClick={onComment}
        >
          {t('documents.commentPassage')}
        </Button>
      )}
    </Group>
  );
}

/** Who gives the talk a ponencia summarises, and where the talk can be seen. */
function TalkFacts({ ponencia }: { ponencia: NonNullable<Detail['ponencia']> }) {
  const { t } = useTranslation();
  const { talk } = ponencia;
  const speaker = talk.speaker;
  const agenda = ponencia.theme ? `/agenda?vista=tema&tema=${encodeURIComponent(ponencia.theme.key)}` : '/agenda';
  return (
    <Stack gap={2}>
      <Text size="sm">
        <Text span fw={600}>
          {t(`speakerRole.${talk.role}`)}:
        </Text>{' '}
        {speaker ? [speaker.name, speaker.jobTitle, speaker.organization?.name].filter(Boolean).join(' · ') : t('agenda.toBeConfirmed')}
      </Text>
      {speaker?.bio && (
        <Text size="sm" c="dimmed">
          {speaker.bio}
        </Text>
      )}
      <Group gap="md">
        <Anchor component={Link} to={agenda} size="sm" underline="always">
          {t('documents.backToAgenda')}
        </Anchor>
        {talk.slidesUrl && <ExternalLink href={talk.slidesUrl}>{t('agenda.slides')}</ExternalLink>}
        {talk.recordingUrl && <ExternalLink href={talk.recordingUrl}>{t('agenda.recording')}</ExternalLink>}
      </Group>
    </Stack>
  );
}
