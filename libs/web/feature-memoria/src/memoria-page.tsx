import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Card, Group, Progress, SegmentedControl, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { FORUM_TIME_ZONE } from '@ruta/shared-domain';
import { errorMessageOf, useAbilities, type MemoriaJobsQuery as Jobs, type MemoriaScopeKind } from '@ruta/web-data-access';
import { Dialog, formatDate, formatTime, QueryState, useLocalized } from '@ruta/web-ui';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GenerateMemoriaMutation, MemoriaJobQuery, MemoriaJobsQuery, MemoriaPageQuery, PublishMemoriaMutation } from './operations.js';

type Downloads = { pdf: string; docx: string; html: string; markdown: string };

const FORMATS = [
  ['pdf', 'pdf', 'PDF'],
  ['docx', 'docx', 'Word (DOCX)'],
  ['html', 'html', 'HTML'],
  ['markdown', 'md', 'Markdown'],
] as const;

/**
 * Links to a memoria's files; for a draft still being generated, a link only for each format
 * already stored (`ready`), the others said to be in preparation.
 */
function DownloadLinks({ downloads, label, ready }: { downloads: Downloads; label: string; ready?: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" role="group" aria-label={t('memoriaPage.downloadsOf', { label })}>
      {FORMATS.map(([key, format, name]) =>
        !ready || ready.includes(format) ? (
          <Anchor key={key} href={downloads[key]} download underline="always" aria-label={`${name} — ${label}`}>
            {name}
          </Anchor>
        ) : (
          <Text key={key} size="sm" c="dimmed">
            {name} ({t('memoriaPage.preparing')})
          </Text>
        ),
      )}
    </Group>
  );
}

type Job = Jobs['memoriaJobs'][number];

/** `Todo el foro · ES · generado el 3 dic 2026, 14:05:32` (forum time): tells drafts apart. */
function useDraftLabel(): (job: Pick<Job, 'scopeLabel' | 'language' | 'createdAt'>) => string {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'es';
  return (job) =>
    t('memoriaPage.draftLabel', {
      scope: job.scopeLabel,
      language: job.language.toUpperCase(),
      date: formatDate(forumDate(job.createdAt), language, 'short'),
      // Seconds too: two drafts of one scope may well be generated within a minute.
      time: formatTime(job.createdAt, language, { seconds: true }),
    });
}

/** The calendar date of an instant in the forum's zone (the API writes instants with its offset). */
const forumDate = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: FORUM_TIME_ZONE }).format(new Date(iso));

/** "Publicar esta versión", after saying that publishing is public and permanent. */
function PublishButton({ jobId, label, onPublished }: { jobId: string; label: string; onPublished: (number: number) => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [publish, { loading }] = useMutation(PublishMemoriaMutation);
  return (
    <>
      <Button size="xs" variant="light" onClick={() => setConfirming(true)} aria-label={`${t('memoriaPage.publish')} — ${label}`}>
        {t('memoriaPage.publish')}
      </Button>
      <Dialog opened={confirming} onClose={() => setConfirming(false)} title={t('memoriaPage.publishConfirmTitle')}>
        <Stack>
          <Text size="sm">{t('memoriaPage.publishConfirmBody', { label })}</Text>
          {error && (
            <Text size="sm" c="red.9" role="alert">
              {error}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
              {t('people.cancel')}
            </Button>
            <Button
              loading={loading}
              onClick={async () => {
                setError(null);
                try {
                  const { data } = await publish({ variables: { jobId } });
                  setConfirming(false);
                  if (data) onPublished(data.publishMemoria.number);
                } catch (caught) {
                  setError(errorMessageOf(caught, t('app.loadError')));
                }
              }}
            >
              {t('memoriaPage.publishConfirm')}
            </Button>
          </Group>
        </Stack>
      </Dialog>
    </>
  );
}

/** The published memorias (for everyone) and, for CONGOPE, generating and publishing drafts. */
export function MemoriaPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'es';
  const { generateMemoria } = useAbilities();
  const { data, loading, error, refetch } = useQuery(MemoriaPageQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <Stack gap="md">
      <Title order={2}>{t('memoriaPage.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('memoriaPage.intro')}
      </Text>
      {generateMemoria && <Generator onPublished={() => void refetch()} />}
      <Stack gap="sm" component="section" aria-labelledby="published-title">
        <Title order={3} id="published-title">
          {t('memoriaPage.published')}
        </Title>
        <QueryState loading={loading && !data} error={error} onRetry={() => void refetch()}>
          {data?.memoriaVersions.length === 0 && <Text c="dimmed">{t('memoriaPage.nonePublished')}</Text>}
          {data?.memoriaVersions.map((version) => (
            <Card
              key={version.id}
              withBorder
              padding="sm"
              component="article"
              aria-label={t('memoriaPage.versionLabel', { number: version.number })}
            >
              <Stack gap={4}>
                <Text fw={700}>
                  {t('memoriaPage.versionLabel', { number: version.number })} · {version.scopeLabel}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('memoriaPage.publishedOn', { date: formatDate(version.publishedAt.slice(0, 10), language, 'short') })} ·{' '}
                  {version.language.toUpperCase()}
                </Text>
                <DownloadLinks downloads={version.downloads} label={t('memoriaPage.versionLabel', { number: version.number })} />
              </Stack>
            </Card>
          ))}
        </QueryState>
      </Stack>
    </Stack>
  );
}

/** Generating a draft (whole forum, a theme or a province; Spanish or English) with its progress. */
function Generator({ onPublished }: { onPublished: () => void }) {
  const { t } = useTranslation();
  const localize = useLocalized();
  const jobs = useQuery(MemoriaJobsQuery, { fetchPolicy: 'cache-and-network' });
  const [generate, { loading: starting }] = useMutation(GenerateMemoriaMutation);
  const [scope, setScope] = useState<MemoriaScopeKind>('FORUM');
  const [themeId, setThemeId] = useState<string | null>(null);
  const [provinceCode, setProvinceCode] = useState<string | null>(null);
  const [memoriaLanguage, setMemoriaLanguage] = useState('es');
  const [current, setCurrent] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const refetchJobs = useCallback(() => void jobs.refetch(), [jobs]);
  const ready = scope === 'FORUM' || (scope === 'THEME' && themeId) || (scope === 'PROVINCE' && provinceCode);

  return (
    <Card withBorder component="section" aria-labelledby="generate-title">
      <Stack gap="sm">
        <Title order={3} id="generate-title">
          {t('memoriaPage.generate')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('memoriaPage.scope')}
            allowDeselect={false}
            value={scope}
            onChange={(value) => setScope((value ?? 'FORUM') as MemoriaScopeKind)}
            data={[
              { value: 'FORUM', label: t('memoria.scopeForum') },
              { value: 'THEME', label: t('memoriaPage.oneTheme') },
              { value: 'PROVINCE', label: t('memoriaPage.oneProvince') },
            ]}
          />
          {scope === 'THEME' && (
            <Select
              label={t('roadmap.theme')}
              value={themeId}
              onChange={setThemeId}
              data={(jobs.data?.themes ?? []).map((theme) => ({ value: theme.id, label: localize(theme.name, theme.english.name).value }))}
            />
          )}
          {scope === 'PROVINCE' && (
            <Select
              label={t('roadmap.province')}
              searchable
              value={provinceCode}
              onChange={setProvinceCode}
              data={(jobs.data?.provinces ?? []).map((province) => ({ value: province.code, label: province.name }))}
            />
          )}
        </SimpleGrid>
        <Group align="flex-end" gap="sm">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="memoria-language">
              {t('memoriaPage.language')}
            </Text>
            <SegmentedControl
              aria-labelledby="memoria-language"
              value={memoriaLanguage}
              onChange={setMemoriaLanguage}
              data={[
                { value: 'es', label: 'Español' },
                { value: 'en', label: 'English' },
              ]}
            />
          </Stack>
          <Button
            loading={starting}
            disabled={!ready}
            onClick={async () => {
              setMessage(null);
              try {
                const { data } = await generate({
                  variables: {
                    scope,
                    themeId: scope === 'THEME' ? themeId : null,
                    provinceCode: scope === 'PROVINCE' ? provinceCode : null,
                    language: memoriaLanguage,
                  },
                });
                if (data) setCurrent(data.generateMemoria.id);
              } catch (caught) {
                setMessage(errorMessageOf(caught, t('app.loadError')));
              }
            }}
          >
            {t('memoriaPage.generateButton')}
          </Button>
        </Group>
        {message && (
          <Alert color="red" role="alert">
            {message}
          </Alert>
        )}
        {current && (
          <JobProgress
            // A new job is a new progress: its own polling and publication state.
            key={current}
            id={current}
            onFinished={refetchJobs}
            onPublished={() => {
              onPublished();
              void jobs.refetch();
            }}
          />
        )}
        <RecentDrafts jobs={jobs.data?.memoriaJobs.filter((job) => job.id !== current) ?? []} onPublished={onPublished} />
      </Stack>
    </Card>
  );
}

function JobProgress({ id, onFinished, onPublished }: { id: string; onFinished: () => void; onPublished: () => void }) {
  const { t } = useTranslation();
  const draftLabel = useDraftLabel();
  const [polling, setPolling] = useState(true);
  const [publishedAs, setPublishedAs] = useState<number | null>(null);
  const { data } = useQuery(MemoriaJobQuery, { variables: { id }, pollInterval: polling ? 700 : 0, fetchPolicy: 'network-only' });
  const job = data?.memoriaJob;
  const finished = job?.status === 'DONE' || job?.status === 'FAILED';
  useEffect(() => {
    if (!finished) return;
    onFinished();
    // Stop polling once the job is over.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setPolling(false);
  }, [finished, onFinished]);
  if (!job) return null;
  const label = draftLabel(job);
  return (
    <Stack gap={6} component="section" aria-label={label}>
      <Stack gap={6} role="status" aria-live="polite">
        <Text size="sm" fw={600}>
          {label} · {t(`memoriaPage.status.${job.status}`)}
        </Text>
        <Progress
          value={job.progress}
          size="lg"
          aria-label={t('memoriaPage.progress', { value: job.progress })}
          animated={job.status === 'RUNNING'}
        />
        <Text size="sm">{t('memoriaPage.progress', { value: job.progress })}</Text>
        {job.error && (
          <Text size="sm" c="red.9">
            {job.error}
          </Text>
        )}
      </Stack>
      {job.downloads && (
        <Group justify="space-between">
          <DownloadLinks downloads={job.downloads} label={label} ready={job.readyFormats} />
          {job.status !== 'DONE' ? null : publishedAs !== null ? (
            <Text size="sm">{t('memoriaPage.publishedAs', { number: publishedAs })}</Text>
          ) : (
            <PublishButton
              jobId={job.id}
              label={label}
              onPublished={(number) => {
                setPublishedAs(number);
                onPublished();
              }}
            />
          )}
        </Group>
      )}
    </Stack>
  );
}

/** The finished drafts, each told apart by scope, language and time, each publishable. */
function RecentDrafts({ jobs, onPublished }: { jobs: Jobs['memoriaJobs']; onPublished: () => void }) {
  const { t } = useTranslation();
  const draftLabel = useDraftLabel();
  const [published, setPublished] = useState<Record<string, number>>({});
  const done = jobs.filter((job) => job.status === 'DONE' && job.downloads);
  if (done.length === 0) return null;
  return (
    <Stack gap={4} component="section" aria-labelledby="recent-drafts">
      <Text size="sm" fw={600} id="recent-drafts">
        {t('memoriaPage.recent')}
      </Text>
      {done.slice(0, 5).map((job) => {
        const label = draftLabel(job);
        return (
          <Group key={job.id} gap="sm" justify="space-between" role="group" aria-label={label}>
            <Text size="sm">{label}</Text>
            <Group gap="sm">
              <DownloadLinks downloads={job.downloads!} label={label} />
              {published[job.id] !== undefined ? (
                <Text size="sm">{t('memoriaPage.publishedAs', { number: published[job.id] })}</Text>
              ) : (
                <PublishButton
                  jobId={job.id}
                  label={label}
                  onPublished={(number) => {
                    setPublished((before) => ({ ...before, [job.id]: number }));
                    onPublished();
                  }}
                />
              )}
            </Group>
          </Group>
        );
      })}
    </Stack>
  );
}
