import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { Alert, Badge, Button, Card, Group, Stack, Text, Textarea } from '@mantine/core';
import { errorMessageOf, graphql } from '@ruta/web-data-access';
import { CONTENT_LANG, QueryState } from '@ruta/web-ui';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const SessionQuestionsQuery = graphql(`
  query SessionQuestions($sessionId: ID!) {
    sessionQuestions(sessionId: $sessionId) {
      id
      body
      status
      votes
      votedByMe
      mine
      author {
        id
        displayName
      }
    }
  }
`);

const SessionQuestionChangedSubscription = graphql(`
  subscription SessionQuestionChanged($sessionId: ID!) {
    sessionQuestionChanged(sessionId: $sessionId) {
      questionId
    }
  }
`);

const AskQuestionMutation = graphql(`
  mutation AskQuestion($sessionId: ID!, $body: String!) {
    askQuestion(sessionId: $sessionId, body: $body) {
      id
    }
  }
`);

const VoteQuestionMutation = graphql(`
  mutation VoteQuestion($id: ID!, $voted: Boolean!) {
    voteQuestion(id: $id, voted: $voted) {
      id
      votes
      votedByMe
    }
  }
`);

const ModerateQuestionMutation = graphql(`
  mutation ModerateQuestion($id: ID!, $status: QuestionStatus!) {
    moderateQuestion(id: $id, status: $status) {
      id
      status
    }
  }
`);

/**
 * The live questions of an agenda session: ask, upvote, and approve, hide, answer for those who
 * may moderate this session (`canModerate`: the session's `canModerateQuestions`, computed by the
 * server, so the buttons show only where they work).
 */
export function QuestionsPanel({ sessionId, canModerate }: { sessionId: string; canModerate: boolean }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(SessionQuestionsQuery, { variables: { sessionId }, fetchPolicy: 'cache-and-network' });
  useSubscription(SessionQuestionChangedSubscription, { variables: { sessionId }, onData: () => void refetch() });
  const [ask, { loading: asking }] = useMutation(AskQuestionMutation);
  const [vote] = useMutation(VoteQuestionMutation);
  const [moderate] = useMutation(ModerateQuestionMutation);
  const form = useForm({
    initialValues: { body: '' },
    validate: { body: (value) => (value.trim() ? null : t('errors.required')) },
  });
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  return (
    <Stack gap="sm" component="section" aria-label={t('questions.title')}>
      <QueryState loading={loading && !data} error={error}>
        {data?.sessionQuestions.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('questions.empty')}
          </Text>
        )}
        {data?.sessionQuestions.map((question) => (
          <Card key={question.id} withBorder padding="xs" component="article" aria-label={question.body}>
            <Stack gap={4}>
              <Text size="sm" lang={CONTENT_LANG}>
                {question.body}
              </Text>
              <Group gap="xs" justify="space-between">
                <Group gap="xs">
                  <Text size="xs" c="dimmed">
                    {question.author.displayName}
                  </Text>
                  {question.status !== 'APPROVED' && (
                    <Badge size="sm" variant="outline" color={question.status === 'ANSWERED' ? 'green' : 'gray'} c="dark" tt="none">
                      {t(`questionStatus.${question.status}`)}
                    </Badge>
                  )}
                </Group>
                <Group gap={4}>
                  <Button
                    size="compact-xs"
                    variant={question.votedByMe ? 'filled' : 'light'}
                    aria-pressed={question.votedByMe}
                    onClick={() => void vote({ variables: { id: question.id, voted: !question.votedByMe } })}
                  >
                    {t('questions.vote')} · {t('questions.votes', { count: question.votes })}
                  </Button>
                  {canModerate &&
                    (['APPROVED', 'HIDDEN', 'ANSWERED'] as const)
                      .filter((next) => next !== question.status)
                      .map((next) => (
                        <Button
                          key={next}
                          size="compact-xs"
                          variant="subtle"
                          onClick={() => void moderate({ variables: { id: question.id, status: next } })}
                        >
                          {t(next === 'APPROVED' ? 'questions.approve' : next === 'HIDDEN' ? 'questions.hide' : 'questions.answered')}
                        </Button>
                      ))}
                </Group>
              </Group>
            </Stack>
          </Card>
        ))}
      </QueryState>
      <form
        noValidate
        onSubmit={form.onSubmit(async ({ body }) => {
          setStatus(null);
          try {
            await ask({ variables: { sessionId, body } });
            form.reset();
            setStatus({ ok: true, text: t('questions.sent') });
            await refetch();
          } catch (caught) {
            setStatus({ ok: false, text: errorMessageOf(caught, t('app.loadError')) });
          }
        })}
      >
        <Stack gap="xs">
          {status && (
            <Alert color={status.ok ? 'green' : 'red'} role={status.ok ? 'status' : 'alert'} p="xs">
              {status.text}
            </Alert>
          )}
          <Textarea label={t('questions.ask')} autosize minRows={2} maxLength={500} {...form.getInputProps('body')} />
          <Button type="submit" size="xs" loading={asking} style={{ alignSelf: 'flex-start' }}>
            {t('questions.send')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
