import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { applyFieldErrors, useAbilities, type SessionUser, type SourceContributionsQuery, useFormDraft } from '@ruta/web-data-access';
import { CONTENT_LANG, DraftNotice, QueryState, useLeaveGuard } from '@ruta/web-ui';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ActionItemFields, emptyActionItem, toActionItemInput, useActionItemForm, type ActionItemValues } from './action-item-form.js';
import { RoadmapReferenceQuery } from './operations/action-item-list.js';
import { ProposeActionItemMutation, SourceContributionsQuery as SourcesQuery } from './operations/action-items.js';

type Source = SourceContributionsQuery['sourceContributions'][number];

/**
 * Values prefilled from the contributions an item comes from: their words, theme, province and
 * tags. The lead province is the one the person proposes for, when they may propose for one only.
 */
function prefill(sources: Source[], ownProvinceCode: string | null): ActionItemValues {
  const first = sources[0];
  const lead = ownProvinceCode ?? first?.province.code ?? null;
  const firstSentence = first?.body.split(/(?<=[.!?])\s/)[0] ?? '';
  return {
    ...emptyActionItem,
    title: firstSentence.length > 200 ? `${firstSentence.slice(0, 197).trimEnd()}…` : firstSentence,
    description: sources.map((source) => source.body).join('\n\n'),
    themeId: first?.conversatorio.theme.id ?? null,
    leadProvinceCode: lead,
    coProvinceCodes: [...new Set(sources.map((source) => source.province.code))].filter((code) => code !== lead),
    competencyKey: first?.competencies[0]?.key ?? null,
    sdgNumbers: [...new Set(sources.flatMap((source) => source.sdgs.map((sdg) => String(sdg.number))))],
  };
}

/** Proposing an action item, possibly from contributions (`?aportes=id,id`). */
export function ProposeActionItem({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const sourceIds = (params.get('aportes') ?? '').split(',').filter(Boolean);
  const reference = useQuery(RoadmapReferenceQuery);
  const sources = useQuery(SourcesQuery, { variables: { ids: sourceIds }, skip: sourceIds.length === 0 });
  const [propose, { loading }] = useMutation(ProposeActionItemMutation);
  const [message, setMessage] = useState<string | null>(null);
  const { proposalProvinceCode, manageRoadmap } = useAbilities();
  const form = useActionItemForm({ ...emptyActionItem, leadProvinceCode: proposalProvinceCode });
  const draft = useFormDraft(`action-item-proposal:${sourceIds.join(',') || 'new'}`, form);
  const guard = useLeaveGuard(draft.dirty);
  const loadedSources = sources.data?.sourceContributions;
  const prefilled = useRef(false);
  useEffect(() => {
    // Prefill once, when the sources arrive, as the form's starting point (not a change of the
    // person's); a restored draft is theirs and wins.
    if (!loadedSources?.length || !draft.hydrated || prefilled.current) return;
    prefilled.current = true;
    if (draft.restored) return;
    const values = prefill(loadedSources, proposalProvinceCode);
    form.setInitialValues(values);
    form.setValues(values);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loadedSources, draft.hydrated]);

  const submit = form.onSubmit(async (values) => {
    setMessage(null);
    try {
      const { data } = await propose({ variables: { input: { ...toActionItemInput(values), sourceContributionIds: sourceIds } } });
      if (data) {
        draft.clear();
        guard.release();
        await navigate(`/hoja-de-ruta/${data.proposeActionItem.id}`);
      }
    } catch (caught) {
      setMessage(applyFieldErrors(caught, form, t('app.loadError')));
    }
  });

  return (
    <Stack gap="md">
      <Title order={2}>{t('roadmap.proposeTitle')}</Title>
      <Text size="sm" c="dimmed">
        {proposalProvinceCode ? t('roadmap.proposeIntroTechnician', { province: user.province?.name ?? '' }) : t('roadmap.proposeIntro')}
      </Text>
      <QueryState
        loading={(reference.loading && !reference.data) || (sources.loading && !sources.data)}
        error={reference.error ?? sources.error}
      >
        {loadedSources && loadedSources.length > 0 && (
          <Card withBorder component="section" aria-labelledby="sources-title">
            <Title order={3} size="h4" id="sources-title">
              {t('roadmap.fromContributions')}
            </Title>
            <List size="sm" mt="xs" spacing={4}>
              {loadedSources.map((source) => (
                <List.Item key={source.id}>
                  <span lang={CONTENT_LANG}>{source.body}</span>{' '}
                  <Text span c="dimmed">
                    ({source.province.name} ·{' '}
                  </Text>
                  <Anchor
                    component={Link}
                    to={`/conversatorios/${source.conversatorio.id}`}
                    size="sm"
                    underline="always"
                    lang={CONTENT_LANG}
                  >
                    {source.conversatorio.title}
                  </Anchor>
                  <Text span c="dimmed">
                    )
                  </Text>
                </List.Item>
              ))}
            </List>
          </Card>
        )}
        {reference.data && (
          <form onSubmit={submit} noValidate>
            <Stack>
              <DraftNotice restored={draft.restored} onDiscard={draft.discard} />
              {message && (
                <Alert color="red" role="alert">
                  {message}
                </Alert>
              )}
              <ActionItemFields form={form} reference={reference.data} fixedProvinceCode={proposalProvinceCode} canManage={manageRoadmap} />
              <Group justify="flex-end">
                <Button variant="default" component={Link} to="/hoja-de-ruta">
                  {t('people.cancel')}
                </Button>
                <Button type="submit" loading={loading}>
                  {t('roadmap.submitProposal')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </QueryState>
    </Stack>
  );
}
