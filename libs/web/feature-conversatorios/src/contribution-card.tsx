import { useMutation } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, Menu, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { errorMessageOf, type ConversatorioContributionsQuery } from '@ruta/web-data-access';
import { CONTENT_LANG, Dialog, FormActions } from '@ruta/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  EndorseContributionMutation,
  HideContributionMutation,
  RestoreContributionMutation,
  UpdateContributionMutation,
} from './operations.js';

export type ContributionItem = ConversatorioContributionsQuery['contributions']['nodes'][number];

/** One contribution: its text, who brought it for which province, its tags, endorsements, moderation. */
export function ContributionCard({ contribution }: { contribution: ContributionItem }) {
  const { t } = useTranslation();
  // What the reader may do with it, as the server says: edit their own while the conversatorio is
  // open, propose an action from it (CONGOPE; its province's technicians), hide or restore it.
  const { edit: canEdit, moderate: canModerate, proposeActionItem: canPropose } = contribution.viewerCan ?? {};
  const [endorse, { loading: endorsing }] = useMutation(EndorseContributionMutation);
  const [hide] = useMutation(HideContributionMutation);
  const [restore] = useMutation(RestoreContributionMutation);
  const [hiding, setHiding] = useState(false);
  const [reason, setReason] = useState('');
  const [update, { loading: saving }] = useMutation(UpdateContributionMutation);
  const [draft, setDraft] = useState<string | null>(null);
  const [editError, setEditError] = useState<string | null>(null);
  const save = async () => {
    if (draft === null || !draft.trim()) return;
    setEditError(null);
    try {
      await update({
        variables: {
          id: contribution.id,
          input: {
            type: contribution.type,
            body: draft,
            competencyKeys: contribution.competencies.map((competency) => competency.key),
            sdgNumbers: contribution.sdgs.map((item) => item.number),
            expectedVersion: contribution.version,
          },
        },
      });
      setDraft(null);
    } catch (caught) {
      setEditError(errorMessageOf(caught, t('app.loadError')));
    }
  };

  return (
    <Card
      withBorder
      padding="sm"
      component="article"
      aria-label={contribution.body.slice(0, 80)}
      bg={contribution.hidden ? 'gray.1' : undefined}
    >
      <Stack gap={6}>
        {draft === null ? (
          <Text style={{ whiteSpace: 'pre-wrap' }} lang={CONTENT_LANG}>
            {contribution.body}
          </Text>
        ) : (
          <Stack gap={4}>
            <Textarea
              aria-label={t('conversatorios.body')}
              autosize
              minRows={2}
              maxLength={4000}
              value={draft}
              onChange={(event) => setDraft(event.currentTarget.value)}
            />
            {editError && (
              <Text size="sm" c="red.9" role="alert">
                {editError}
              </Text>
            )}
            <FormActions onCancel={() => setDraft(null)} saving={saving} onSave={() => void save()} />
          </Stack>
        )}
        <Text size="xs" c="dimmed">
          {t('conversatorios.by', { author: contribution.author.displayName, province: contribution.province.name })}
        </Text>
        {(contribution.competencies.length > 0 || contribution.sdgs.length > 0) && (
          <Group gap={4}>
            {contribution.competencies.map((competency) => (
              <Badge key={competency.key} variant="outline" color="gray" c="dark" tt="none" title={competency.name} maw={260}>
                {competency.name}
              </Badge>
            ))}
            {contribution.sdgs.map((sdg) => (
              <Badge key={sdg.number} variant="outline" color="congope" tt="none" title={sdg.name}>
                {t('conversatorios.sdgBadge', { number: sdg.number })}
              </Badge>
            ))}
          </Group>
        )}
        {contribution.actionItems.length > 0 && (
          <Text size="sm">
            <Text span fw={600}>
              {t('conversatorios.inRoadmap')}
            </Text>{' '}
            {contribution.actionItems.map((item, index) => (
              <span key={item.id}>
                {index > 0 && ', '}
                <Anchor component={Link} to={`/hoja-de-ruta/${item.id}`} size="sm" underline="always" lang={CONTENT_LANG}>
                  {item.title}
                </Anchor>{' '}
                ({t(`actionItemStatus.${item.status}`)})
              </span>
            ))}
          </Text>
        )}
        {contribution.hidden && (
          <Text size="sm" c="red.9">
            {t('conversatorios.hiddenBecause', { reason: contribution.hiddenReason ?? '' })}
          </Text>
        )}
        <Group justify="space-between">
          <Button
            size="compact-sm"
            variant={contribution.endorsedByMe ? 'filled' : 'light'}
            loading={endorsing}
            aria-pressed={contribution.endorsedByMe}
            onClick={() => void endorse({ variables: { id: contribution.id, endorsed: !contribution.endorsedByMe } })}
          >
            {contribution.endorsedByMe ? t('conversatorios.endorsed') : t('conversatorios.endorse')} ·{' '}
            {t('conversatorios.endorsements', { count: contribution.endorsementCount })}
          </Button>
          {canPropose && !contribution.hidden && (
            <Button size="compact-sm" variant="subtle" component={Link} to={`/hoja-de-ruta/nueva?aportes=${contribution.id}`}>
              {t('conversatorios.proposeAction')}
            </Button>
          )}
          {canEdit && draft === null && (
            <Button size="compact-sm" variant="subtle" onClick={() => setDraft(contribution.body)}>
              {t('conversatorios.edit')}
            </Button>
          )}
          {canModerate && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button size="compact-sm" variant="subtle">
                  {contribution.hidden ? t('conversatorios.restore') : t('conversatorios.hide')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {contribution.hidden ? (
                  <Menu.Item onClick={() => void restore({ variables: { id: contribution.id } })}>{t('conversatorios.restore')}</Menu.Item>
                ) : (
                  <Menu.Item color="red" onClick={() => setHiding(true)}>
                    {t('conversatorios.hide')}
                  </Menu.Item>
                )}
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
      </Stack>
      <Dialog opened={hiding} onClose={() => setHiding(false)} title={t('conversatorios.hide')}>
        <form
          onSubmit={async (event) => {
            event.preventDefault();
            if (!reason.trim()) return;
            await hide({ variables: { id: contribution.id, reason } });
            setHiding(false);
            setReason('');
          }}
        >
          <Stack>
            <TextInput
              label={t('conversatorios.hideReason')}
              required
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              maxLength={500}
            />
            <FormActions onCancel={() => setHiding(false)} saving={false} />
          </Stack>
        </form>
      </Dialog>
    </Card>
  );
}
