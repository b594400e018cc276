import { useQuery } from '@apollo/client/react';
import { Anchor, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useAbilities, type SessionUser } from '@ruta/web-data-access';
import { CONTENT_LANG, QueryState } from '@ruta/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CommitmentCard } from './commitment-card.js';
import { CommitmentListQuery } from './operations/commitments.js';

/**
 * A partner's (or CONGOPE's) commitments: first what awaits their review, then all of them.
 * Partners see only their own organisation's.
 */
export function CommitmentsInbox({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const { offerCommitments } = useAbilities();
  const [show, setShow] = useState<'pending' | 'all'>('pending');
  const { data, loading, error, refetch } = useQuery(CommitmentListQuery, {
    variables: { filter: show === 'pending' ? { awaitingMyReview: true } : {}, first: 100 },
    fetchPolicy: 'cache-and-network',
  });
  const nodes = data?.commitments.nodes ?? [];
  return (
    <Stack gap="md">
      <Title order={2}>{t('commitments.title')}</Title>
      <Text size="sm" c="dimmed">
        {offerCommitments ? t('commitments.introPartner', { organization: user.organization?.name ?? '' }) : t('commitments.introStaff')}
      </Text>
      <SegmentedControl
        aria-label={t('commitments.show')}
        value={show}
        onChange={(value) => setShow(value as 'pending' | 'all')}
        data={[
          { value: 'pending', label: t('commitments.pending') },
          { value: 'all', label: t('commitments.all') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      <QueryState loading={loading && !data} error={error} onRetry={() => void refetch()}>
        <Text size="sm" aria-live="polite">
          {t('commitments.count', { count: data?.commitments.totalCount ?? 0 })}
        </Text>
        {nodes.length === 0 && <Text c="dimmed">{show === 'pending' ? t('commitments.nothingPending') : t('commitments.none')}</Text>}
        <Stack gap="sm">
          {nodes.map((commitment) => (
            <Stack key={commitment.id} gap={4}>
              <Anchor component={Link} to={`/hoja-de-ruta/${commitment.actionItem.id}`} size="sm" fw={600} lang={CONTENT_LANG}>
                {commitment.actionItem.title}
              </Anchor>
              <CommitmentCard
                commitment={{ ...commitment, modality: null, reviewedAt: null, reviewedBy: null }}
                onChanged={() => void refetch()}
              />
            </Stack>
          ))}
        </Stack>
      </QueryState>
    </Stack>
  );
}
