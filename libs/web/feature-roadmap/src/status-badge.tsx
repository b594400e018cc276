import { Badge } from '@mantine/core';
import type { ActionItemStatus, CommitmentStatus } from '@ruta/web-data-access';
import { useTranslation } from 'react-i18next';

export const statusColors: Record<ActionItemStatus, string> = {
  PROPOSED: 'gray',
  AGREED: 'blue',
  IN_PROGRESS: 'teal',
  DONE: 'green',
  BLOCKED: 'orange',
  CANCELLED: 'red',
};

const commitmentColors: Record<CommitmentStatus, string> = {
  PROPOSED: 'yellow',
  ACCEPTED: 'blue',
  DECLINED: 'red',
  FULFILLED: 'green',
  WITHDRAWN: 'gray',
};

/** A status is read whole: beside a long title the title wraps, never the badge ("Ace…"). */
const neverCut = { flexShrink: 0, overflow: 'visible' } as const;

/** An action item's status, as a labelled dot (colour is never the only cue). */
export function StatusBadge({ status }: { status: ActionItemStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="dot" color={statusColors[status]} tt="none" c="dark" style={neverCut}>
      {t(`actionItemStatus.${status}`)}
    </Badge>
  );
}

export function CommitmentStatusBadge({ status }: { status: CommitmentStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="dot" color={commitmentColors[status]} tt="none" c="dark" style={neverCut}>
      {t(`commitmentStatus.${status}`)}
    </Badge>
  );
}
