import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Group, NumberInput, Progress, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { actionItemTransitions, statusesNeedingReason } from '@ruta/shared-domain';
import { errorCodeOf, errorMessageOf, type ActionItemDetailQuery, type ActionItemStatus } from '@ruta/web-data-access';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateActionItemMutation } from './operations/action-items.js';

type Item = NonNullable<ActionItemDetailQuery['actionItem']>;

/** Status and progress, moved by CONGOPE (`viewerCan.manage`) through `updateActionItem` on the version shown. */
export function ProgressCard({ item, canManage, onChanged }: { item: Item; canManage: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const [update, { loading }] = useMutation(UpdateActionItemMutation);
  const [nextStatus, setNextStatus] = useState<ActionItemStatus | null>(null);
  const [reason, setReason] = useState('');
  const [progress, setProgress] = useState<number | string>(item.progress);
  const [message, setMessage] = useState<{ conflict: boolean; text: string } | null>(null);
  const transitions = item.mergedInto ? [] : actionItemTransitions[item.status];
  const needsReason = nextStatus !== null && statusesNeedingReason.has(nextStatus);
  const save = async (input: { status?: ActionItemStatus; statusReason?: string; progress?: number }) => {
    setMessage(null);
    try {
      await update({ variables: { id: item.id, input: { expectedVersion: item.version, ...input } } });
      setNextStatus(null);
      setReason('');
      onChanged();
    } catch (caught) {
      setMessage({ conflict: errorCodeOf(caught) === 'VERSION_CONFLICT', text: errorMessageOf(caught, t('app.loadError')) });
      onChanged();
    }
  };
  return (
    <Card withBorder component="section" aria-labelledby="progress-title">
      <Stack gap="sm">
        <Title order={3} id="progress-title">
          {t('roadmap.progress')}
        </Title>
        <Group gap="xs" wrap="nowrap">
          <Progress value={item.progress} style={{ flex: 1 }} size="lg" aria-label={t('roadmap.progress')} />
          <Text fw={700}>{item.progress} %</Text>
        </Group>
        {message && (
          <Alert color={message.conflict ? 'orange' : 'red'} role="alert">
            {message.text} {message.conflict && t('roadmap.conflictReloaded')}
          </Alert>
        )}
        {canManage && transitions.length > 0 && (
          <Group align="flex-end" gap="xs" wrap="wrap">
            <Select
              label={t('roadmap.changeStatus')}
              placeholder={t('roadmap.chooseStatus')}
              value={nextStatus}
              onChange={(value) => setNextStatus(value as ActionItemStatus | null)}
              data={transitions.map((status) => ({ value: status, label: t(`actionItemStatus.${status}`) }))}
              w={220}
            />
            <Button
              loading={loading}
              disabled={!nextStatus || (needsReason && !reason.trim())}
              onClick={() => void save({ status: nextStatus!, ...(needsReason ? { statusReason: reason } : {}) })}
            >
              {t('roadmap.applyStatus')}
            </Button>
          </Group>
        )}
        {canManage && needsReason && (
          <Textarea
            label={t('roadmap.statusReason')}
            required
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            maxLength={1000}
          />
        )}
        {canManage && !item.mergedInto && (item.status === 'AGREED' || item.status === 'IN_PROGRESS' || item.status === 'BLOCKED') && (
          <Group align="flex-end" gap="xs">
            <NumberInput
              label={t('roadmap.progressPercent')}
              min={0}
              max={100}
              clampBehavior="strict"
              value={progress}
              onChange={setProgress}
              w={160}
            />
            <Button
              variant="light"
              loading={loading}
              disabled={Number(progress) === item.progress}
              onClick={() => void save({ progress: Number(progress) })}
            >
              {t('roadmap.saveProgress')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
