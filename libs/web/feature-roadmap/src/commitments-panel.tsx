import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { type ActionItemDetailQuery, type RoadmapReferenceQuery, type SessionUser } from '@ruta/web-data-access';
import { Dialog } from '@ruta/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CommitmentCard } from './commitment-card.js';
import { CommitmentForm } from './commitment-form.js';

type Item = NonNullable<ActionItemDetailQuery['actionItem']>;

const partnerKinds = new Set(['COOPERATION_AGENCY', 'INTERNATIONAL_NETWORK', 'MINISTRY', 'ACADEMIA', 'CIVIL_SOCIETY', 'OTHER']);

/**
 * The item's support that the reader does not see as commitments (another partner's): kind and
 * status only, as the API gives it to everyone who sees the item.
 */
function supportBeyond(item: Item): Item['support'] {
  return item.support.flatMap((figure) => {
    const seen = item.commitments.filter((commitment) => commitment.kind === figure.kind && commitment.status === figure.status).length;
    return figure.count > seen ? [{ ...figure, count: figure.count - seen }] : [];
  });
}

/** An item's commitments: who supports it with what, their review, and the forms to ask or offer. */
export function CommitmentsPanel({
  item,
  user,
  reference,
  onChanged,
}: {
  item: Item;
  user: SessionUser;
  reference: RoadmapReferenceQuery;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  // CONGOPE asks a partner for support, a partner offers its own; either only while the item is open.
  const direction = item.viewerCan?.requestCommitment ? 'REQUEST' : item.viewerCan?.offerCommitment ? 'OFFER' : null;
  const title = direction === 'REQUEST' ? t('roadmap.requestCommitment') : t('roadmap.offerCommitment');
  const [asking, setAsking] = useState(false);
  const others = supportBeyond(item);
  return (
    <Stack gap="sm" component="section" aria-labelledby="commitments-title">
      <Group justify="space-between">
        <Title order={3} id="commitments-title">
          {t('roadmap.commitments')}
        </Title>
        {direction && (
          <Button size="xs" variant="light" onClick={() => setAsking(true)}>
            {title}
          </Button>
        )}
      </Group>
      {item.commitments.length === 0 && others.length === 0 && <Text c="dimmed">{t('roadmap.noCommitments')}</Text>}
      {item.commitments.map((commitment) => (
        <CommitmentCard key={commitment.id} commitment={commitment} onChanged={onChanged} />
      ))}
      {others.length > 0 && (
        <Text size="sm">
          {t('roadmap.supportOthers')}{' '}
          {others
            .map(
              ({ kind, status, count }) =>
                `${t(`commitmentKind.${kind}`)}${count > 1 ? ` ×${count}` : ''} (${t(`commitmentStatus.${status}`)})`,
            )
            .join(' · ')}
        </Text>
      )}
      {direction && (
        <Dialog opened={asking} onClose={() => setAsking(false)} title={title} size="lg">
          <CommitmentForm
            itemId={item.id}
            direction={direction}
            user={user}
            organizations={reference.organizations.filter((organization) => partnerKinds.has(organization.kind))}
            modalities={reference.cooperationModalities}
            onDone={() => {
              setAsking(false);
              onChanged();
            }}
          />
        </Dialog>
      )}
    </Stack>
  );
}
