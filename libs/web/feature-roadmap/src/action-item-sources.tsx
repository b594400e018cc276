import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ActionItemDetailQuery } from '@ruta/web-data-access';
import { CONTENT_LANG } from '@ruta/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { UnlinkContributionMutation } from './operations/action-items.js';

type Item = NonNullable<ActionItemDetailQuery['actionItem']>;

/** Where the item came from: the contributions, each linking back to its conversatorio. */
export function Sources({ item, canManage, onChanged }: { item: Item; canManage: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const [unlink] = useMutation(UnlinkContributionMutation);
  return (
    <Stack gap="xs" component="section" aria-labelledby="sources-heading">
      <Title order={3} id="sources-heading">
        {t('roadmap.sources')}
      </Title>
      {item.sources.length === 0 && <Text c="dimmed">{t('roadmap.noSources')}</Text>}
      {item.sources.map((source) => (
        <Card key={source.id} withBorder padding="xs" component="article" aria-label={source.body.slice(0, 80)}>
          <Text size="sm" lang={CONTENT_LANG}>
            {source.body}
          </Text>
          <Group justify="space-between" gap="xs">
            <Text size="xs" c="dimmed">
              {t(`contributionType.${source.type}`)} · {source.province.name} ·{' '}
              <Anchor component={Link} to={`/conversatorios/${source.conversatorio.id}`} size="xs" underline="always" lang={CONTENT_LANG}>
                {source.conversatorio.title}
              </Anchor>
            </Text>
            {canManage && (
              <Button
                size="compact-xs"
                variant="subtle"
                color="red"
                onClick={async () => {
                  await unlink({ variables: { id: item.id, contributionId: source.id } });
                  onChanged();
                }}
              >
                {t('roadmap.unlink')}
              </Button>
            )}
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
