import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { Anchor, Badge, Blockquote, Button, Card, Group, MultiSelect, Stack, Text, Textarea, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useForm } from '@mantine/form';
import { errorMessageOf, type CommentThreadsQuery as Threads, type SessionUser, useFormDraft } from '@ruta/web-data-access';
import { characterCount, CONTENT_LANG, Dialog, DraftNotice, formatDate, formatTime, useLeaveGuard } from '@ruta/web-ui';
import type { Editor } from '@tiptap/react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { anchorRange, setCommentThreads } from './editor/comment-anchors.js';
import {
  CommentThreadChangedSubscription,
  CommentThreadsQuery,
  MentionablePeopleQuery,
  OpenCommentThreadMutation,
  ReopenCommentThreadMutation,
  ReplyToCommentThreadMutation,
  ResolveCommentThreadMutation,
} from './operations.js';

type Thread = Threads['commentThreads'][number];

export interface Person {
  id: string;
  displayName: string;
}

/** Who to mention: people looked up by name as one types (the chosen ones stay listed). */
function MentionPicker({ value, onChange }: { value: Person[]; onChange: (people: Person[]) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const { data } = useQuery(MentionablePeopleQuery, { variables: { search: debounced } });
  const found = data?.mentionablePeople ?? [];
  const options = [...value, ...found.filter((person) => !value.some((chosen) => chosen.id === person.id))];
  return (
    <MultiSelect
      label={t('documents.mention')}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      value={value.map((person) => person.id)}
      onChange={(ids) => onChange(ids.flatMap((id) => options.find((person) => person.id === id) ?? []))}
      data={options.map((person) => ({ value: person.id, label: person.displayName }))}
      filter={({ options: all }) => all}
    />
  );
}

/** The dialog to comment on the selected passage. */
export function NewThreadDialog({
  documentId,
  anchor,
  onClose,
}: {
  documentId: string;
  anchor: { anchorStart: string; anchorEnd: string; quote: string } | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog opened={anchor !== null} onClose={onClose} title={t('documents.newComment')} size="lg">
      {anchor && <NewThreadForm documentId={documentId} anchor={anchor} onClose={onClose} />}
    </Dialog>
  );
}

const MAX_COMMENT = 4000;

/** A comment and the people it mentions, kept as a draft per document until it is sent. */
function useCommentForm(draftKey: string) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { body: '', mentioned: [] as Person[] },
    validate: {
      body: (value) =>
        value.trim() ? (value.length > MAX_COMMENT ? t('errors.tooLong', { max: MAX_COMMENT }) : null) : t('errors.required'),
    },
  });
  const draft = useFormDraft(draftKey, form);
  const guard = useLeaveGuard(draft.dirty);
  const sent = () => {
    draft.clear();
    guard.release();
  };
  return { form, draft, sent };
}

/** A comment's text (with its character count), the people it mentions and what went wrong sending it. */
function CommentFields({
  form,
  label,
  minRows,
  required = false,
  error,
}: {
  form: ReturnType<typeof useCommentForm>['form'];
  label: string;
  minRows: number;
  required?: boolean;
  error: string | null;
}) {
  return (
    <>
      <Textarea
        label={label}
        withAsterisk={required}
        autosize
        minRows={minRows}
        maxLength={MAX_COMMENT}
        {...characterCount(form.values.body, MAX_COMMENT)}
        {...form.getInputProps('body')}
      />
      <MentionPicker value={form.values.mentioned} onChange={(people) => form.setFieldValue('mentioned', people)} />
      {error && (
        <Text size="sm" c="red.9" role="alert">
          {error}
        </Text>
      )}
    </>
  );
}

function NewThreadForm({
  documentId,
  anchor,
  onClose,
}: {
  documentId: string;
  anchor: { anchorStart: string; anchorEnd: string; quote: string };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [open, { loading }] = useMutation(OpenCommentThreadMutation);
  const { form, draft, sent } = useCommentForm(`comment:${documentId}`);
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(async ({ body, mentioned }) => {
        setError(null);
        try {
          await open({ variables: { input: { documentId, ...anchor, body, mentionIds: mentioned.map((person) => person.id) } } });
          sent();
          onClose();
        } catch (caught) {
          setError(errorMessageOf(caught, t('app.loadError')));
        }
      })}
    >
      <Stack>
        <DraftNotice restored={draft.restored} onDiscard={draft.discard} />
        <Blockquote p="xs" lang={CONTENT_LANG}>
          {anchor.quote}
        </Blockquote>
        <CommentFields form={form} label={t('documents.comment')} minRows={3} required error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('people.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('documents.sendComment')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Replying to a thread, with its own draft. */
function ReplyForm({ threadId, onDone }: { threadId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [reply, { loading }] = useMutation(ReplyToCommentThreadMutation);
  const [error, setError] = useState<string | null>(null);
  const { form, draft, sent } = useCommentForm(`comment-reply:${threadId}`);
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(async ({ body, mentioned }) => {
        setError(null);
        try {
          await reply({ variables: { id: threadId, input: { body, mentionIds: mentioned.map((person) => person.id) } } });
          sent();
          onDone();
        } catch (caught) {
          setError(errorMessageOf(caught, t('app.loadError')));
        }
      })}
    >
      <Stack gap={4}>
        <DraftNotice restored={draft.restored} onDiscard={draft.discard} />
        <CommentFields form={form} label={t('documents.reply')} minRows={2} error={error} />
        <Group gap="xs">
          <Button type="submit" size="compact-sm" loading={loading}>
            {t('documents.sendReply')}
          </Button>
          <Button size="compact-sm" variant="subtle" onClick={onDone}>
            {t('people.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * The side panel of comment threads: open ones first, each showing its passage, replies and
 * mentions; replying, resolving and reopening; live for everyone in the document.
 */
export function CommentsPanel({
  documentId,
  editor,
  user,
  canComment,
  canModerate,
}: {
  documentId: string;
  editor: Editor | null;
  user: SessionUser;
  canComment: boolean;
  /** Editors may resolve anyone's thread; others only their own. */
  canModerate: boolean;
}) {
  const { t } = useTranslation();
  const { data, refetch } = useQuery(CommentThreadsQuery, { variables: { documentId } });
  useSubscription(CommentThreadChangedSubscription, { variables: { documentId }, onData: () => void refetch() });
  const [showResolved, setShowResolved] = useState(false);
  const threads = useMemo(() => data?.commentThreads ?? [], [data]);
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    setCommentThreads(
      editor,
      threads.map((thread) => ({
        id: thread.id,
        anchorStart: thread.anchorStart,
        anchorEnd: thread.anchorEnd,
        open: thread.status === 'OPEN',
      })),
    );
  }, [editor, threads]);
  const open = threads.filter((thread) => thread.status === 'OPEN');
  const resolved = threads.filter((thread) => thread.status === 'RESOLVED');

  return (
    <Stack gap="sm" component="section" aria-labelledby="comments-title">
      <Group justify="space-between">
        <Title order={3} id="comments-title">
          {t('documents.comments', { count: open.length })}
        </Title>
        {resolved.length > 0 && (
          <Button variant="subtle" size="compact-sm" onClick={() => setShowResolved((value) => !value)}>
            {showResolved ? t('documents.hideResolved') : t('documents.showResolved', { count: resolved.length })}
          </Button>
        )}
      </Group>
      {open.length === 0 && (
        <Text size="sm" c="dimmed">
          {canComment ? t('documents.noCommentsHint') : t('documents.noComments')}
        </Text>
      )}
      {[...open, ...(showResolved ? resolved : [])].map((thread) => (
        <ThreadCard
          key={thread.id}
          thread={thread}
          editor={editor}
          canReply={canComment}
          canResolve={canModerate || thread.createdBy.id === user.id}
        />
      ))}
    </Stack>
  );
}

function ThreadCard({
  thread,
  editor,
  canReply,
  canResolve,
}: {
  thread: Thread;
  editor: Editor | null;
  canReply: boolean;
  canResolve: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'es';
  const [resolve] = useMutation(ResolveCommentThreadMutation);
  const [reopen] = useMutation(ReopenCommentThreadMutation);
  const [writing, setWriting] = useState(false);
  const goToPassage = () => {
    if (!editor) return;
    const range = anchorRange(editor, thread);
    if (range) editor.chain().focus().setTextSelection(range).scrollIntoView().run();
  };
  return (
    <Card withBorder padding="sm" component="article" aria-label={t('documents.threadOn', { quote: thread.quote.slice(0, 60) })}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Anchor component="button" type="button" size="sm" onClick={goToPassage} ta="left" underline="always" lang={CONTENT_LANG}>
            «{thread.quote.length > 120 ? `${thread.quote.slice(0, 117)}…` : thread.quote}»
          </Anchor>
          {thread.status === 'RESOLVED' && (
            <Badge color="gray" variant="light" c="dark" tt="none">
              {t('documents.resolved')}
            </Badge>
          )}
        </Group>
        {thread.comments.map((comment) => (
          <Stack key={comment.id} gap={0}>
            <Text size="xs" c="dimmed">
              {comment.author.displayName} · {formatDate(comment.createdAt.slice(0, 10), language, 'short')}{' '}
              {formatTime(comment.createdAt, language)}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} lang={CONTENT_LANG}>
              {comment.body}
            </Text>
            {comment.mentions.length > 0 && (
              <Text size="xs" c="dimmed">
                {comment.mentions.map((person) => `@${person.displayName}`).join(' ')}
              </Text>
            )}
          </Stack>
        ))}
        {writing && <ReplyForm threadId={thread.id} onDone={() => setWriting(false)} />}
        <Group gap="xs">
          {canReply && !writing && (
            <Button size="compact-sm" variant="light" onClick={() => setWriting(true)}>
              {t('documents.reply')}
            </Button>
          )}
          {canResolve &&
            (thread.status === 'OPEN' ? (
              <Button size="compact-sm" variant="subtle" onClick={() => void resolve({ variables: { id: thread.id } })}>
                {t('documents.resolve')}
              </Button>
            ) : (
              <Button size="compact-sm" variant="subtle" onClick={() => void reopen({ variables: { id: thread.id } })}>
                {t('documents.reopen')}
              </Button>
            ))}
        </Group>
      </Stack>
    </Card>
  );
}
