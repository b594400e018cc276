import { Anchor, Stack, Text, Timeline, Title } from '@mantine/core';
import type { ActionItemDetailQuery } from '@ruta/web-data-access';
import { CONTENT_LANG, formatDate, formatTime } from '@ruta/web-ui';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

type Item = NonNullable<ActionItemDetailQuery['actionItem']>;
type Entry = Item['history'][number];

/** A recorded value as a person reads it: statuses and priorities translated, lists joined. */
function readable(field: string, json: string | null, t: TFunction): string {
  if (json === null) return '–';
  const value = JSON.parse(json) as unknown;
  if (value === null || value === '') return '–';
  if (field === 'status' && typeof value === 'string') return t(`actionItemStatus.${value}`);
  if (field === 'priority' && typeof value === 'string') return t(`priority.${value}`);
  if (Array.isArray(value)) return value.map((part) => (typeof part === 'object' ? JSON.stringify(part) : String(part))).join(', ') || '–';
  if (typeof value === 'object') return JSON.stringify(value);
  const text = String(value);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/**
 * Who changed what and when, newest first: the item's own changes, then those of each item merged
 * into it under that item's title. A merge names the item it went into by its title, as a link.
 */
export function HistoryList({ item }: { item: Pick<Item, 'id' | 'history' | 'mergedInto' | 'absorbed'> }) {
  const { t } = useTranslation();
  const own = item.history.filter((entry) => entry.entityId === item.id);
  return (
    <Stack gap="xs" component="section" aria-labelledby="history-title">
      <Title order={3} id="history-title">
        {t('roadmap.history')}
      </Title>
      <Entries entries={own} mergedInto={item.mergedInto} />
      {item.absorbed.map((absorbed) => {
        const entries = item.history.filter((entry) => entry.entityId === absorbed.id);
        if (entries.length === 0) return null;
        return (
          <Stack gap={4} key={absorbed.id} component="section" aria-labelledby={`history-${absorbed.id}`}>
            <Title order={4} id={`history-${absorbed.id}`}>
              {t('roadmap.historyOfAbsorbed')}{' '}
              <Anchor component={Link} to={`/hoja-de-ruta/${absorbed.id}`} lang={CONTENT_LANG}>
                {absorbed.title}
              </Anchor>
            </Title>
            <Entries entries={entries} mergedInto={null} />
          </Stack>
        );
      })}
    </Stack>
  );
}

function Entries({ entries, mergedInto }: { entries: Entry[]; mergedInto: Item['mergedInto'] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'es';
  return (
    <Timeline bulletSize={12} lineWidth={2}>
      {entries.map((entry) => (
        <Timeline.Item
          key={entry.id}
          title={
            <Text size="sm" fw={600}>
              {t(`roadmap.historyAction.${entry.action}`, { defaultValue: entry.action })}
            </Text>
          }
        >
          <Text size="xs" c="dimmed">
            {entry.actor?.displayName ?? t('roadmap.system')} · {formatDate(entry.at.slice(0, 10), language, 'short')}{' '}
            {formatTime(entry.at, language)}
          </Text>
          {(entry.action === 'updated' || entry.action === 'status' || entry.action === 'merged') &&
            entry.changes.map((change) =>
              change.field === 'mergedIntoId' ? (
                mergedInto && (
                  <Text size="xs" key={change.field}>
                    {t('roadmap.mergedIntoLabel')}{' '}
                    <Anchor component={Link} to={`/hoja-de-ruta/${mergedInto.id}`} size="xs" lang={CONTENT_LANG}>
                      {mergedInto.title}
                    </Anchor>
                  </Text>
                )
              ) : (
                <Text size="xs" key={change.field}>
                  {t(`roadmap.fields.${change.field}`, { defaultValue: change.field })}: {readable(change.field, change.before, t)} →{' '}
                  {readable(change.field, change.after, t)}
                </Text>
              ),
            )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
